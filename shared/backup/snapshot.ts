import type { Instant } from '../types';
import { jsonInSlices, type OnSlice, type Pause, type SliceClock, type SlicedJson } from './json-in-slices';
import type { Backup } from './schema';

/**
 * Why a snapshot was taken. 'upgrade' is written before a schema upgrade, from the raw old
 * database; the others by the app around the planner's risky actions and on a timer.
 */
export const SNAPSHOT_REASONS = [
  'start',
  'hourly',
  'before-import',
  'before-replace',
  'before-template-import',
  'before-restore',
  'upgrade',
] as const;

export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** What a snapshot holds, shown in the list without reading the snapshot itself. */
export type SnapshotCounts = { announcements: number; windows: number; items: number };

/** A count nobody reaches, so a corrupted number cannot pose as a plan. */
export const MAX_SNAPSHOT_COUNT = 10_000_000;
/** The longest id a store may give a snapshot. */
export const MAX_SNAPSHOT_ID_LENGTH = 200;

/** One stored snapshot as a list shows it; `id` is opaque, chosen by the store that wrote it. */
export type SnapshotMeta = {
  id: string;
  takenAt: Instant;
  reason: SnapshotReason;
  counts: SnapshotCounts;
  bytes: number;
};

/**
 * A backup as text: compact JSON (no indentation) so the biggest plans stay under
 * MAX_BACKUP_BYTES; a trailing newline keeps it a well-formed text file. Backup files and
 * snapshots share it, so restoring a snapshot is restoring a backup file.
 */
export function backupToText(backup: Backup): string {
  return `${JSON.stringify(backup)}\n`;
}

/**
 * The same text as backupToText, made in slices that pause between them (jsonInSlices), so a
 * snapshot of a big plan never holds the window for the whole of its JSON (issue 13), with its
 * size in UTF-8 bytes. The backup's rows, three levels down (backup, data, store), are each
 * written whole. `onSlice` hears the text a slice at a time, the closing newline last.
 */
export async function backupToTextInSlices(
  backup: Backup,
  pause: Pause,
  clock: SliceClock,
  onSlice?: OnSlice,
): Promise<SlicedJson> {
  const json = await jsonInSlices(backup, 3, pause, clock, onSlice);
  if (!json) throw new Error('A backup has no JSON text.');
  onSlice?.('\n');
  return { text: `${json.text}\n`, bytes: json.bytes + 1 };
}

/** The counts a snapshot of this backup is listed with. */
export function backupCounts(backup: Backup): SnapshotCounts {
  return {
    announcements: backup.data.announcements.length,
    windows: backup.data.maintenanceWindows.length,
    items: backup.data.checklistItems.length,
  };
}

const REASON_WORDS: Record<SnapshotReason, string> = {
  start: 'At start',
  hourly: 'Hourly',
  'before-import': 'Before import',
  'before-replace': 'Before replacing the plan',
  'before-template-import': 'Before template import',
  'before-restore': 'Before restoring a backup',
  upgrade: 'Before upgrade',
};

/** The reason in words, as the Backups list shows it. */
export function snapshotReasonLabel(reason: SnapshotReason): string {
  return REASON_WORDS[reason];
}
