import { errorMessage } from '../../shared/error-message';
import type { SnapshotCounts, SnapshotMeta, SnapshotReason } from '../../shared/backup/snapshot';
import { backupCounts, backupToTextInSlices } from '../../shared/backup/snapshot';
import { sliceClock } from '../../shared/backup/json-in-slices';
import { MAX_BACKUP_BYTES, utf8ByteLength } from '../../shared/backup/limits';
import { KEEP_LATEST, snapshotsToDelete } from '../../shared/backup/rotation';
import { afterOtherWork } from '../platform/after-other-work';
import {
  deleteSnapshot,
  listSnapshotsOver,
  snapshotTextStream,
  writeSnapshot,
} from '../platform/snapshot-store';
import type { SnapshotStream } from '../platform/snapshot-store';
import { backupOfRows, readBackup } from './backup-repo';
import type { StoredRows } from './stored-rows';
import { instantOf } from '../../shared/zoned-time';
import type { Instant } from '../../shared/types';

/** What the backup status hears: a snapshot written, or one that failed and why. */
export type SnapshotEvent = { kind: 'written' } | { kind: 'failed'; reason: SnapshotReason; message: string };

// Told to the backup status store, which subscribes: the data layer imports no UI store (issue 14).
const listeners = new Set<(event: SnapshotEvent) => void>();

/** Calls `listener` after every snapshot written or failed. Returns the unsubscribe. */
export function onSnapshotEvent(listener: (event: SnapshotEvent) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function tell(event: SnapshotEvent): void {
  for (const listener of listeners) listener(event);
}

// Day and week buckets of the rotation follow the machine's zone: snapshots are taken before
// the plan (and its time zone setting) may even be readable, e.g. before an upgrade.
function machineZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Deletes what the retention rule lets go. A failed delete only leaves an extra snapshot. */
async function rotate(now: Instant): Promise<void> {
  // The KEEP_LATEST newest are always kept: with no more than that there is nothing to let go.
  // Then the list is not read, and no day or week is worked out (that needs the machine's zone
  // and, where the plan is in another zone, a date formatter for it): ~10 ms on a fresh start, in
  // the start snapshot's last step, when a planner may already be dragging (issue 13).
  const listing = await listSnapshotsOver(KEEP_LATEST);
  if (!listing) return;
  for (const id of snapshotsToDelete(listing.snapshots, now, machineZone())) await deleteSnapshot(id);
}

/**
 * Stores `text` (a backup in the current or an older format) as a snapshot, then applies the
 * retention rule. For the schema upgrade, which snapshots the raw old database before opening it
 * with the new code (reason 'upgrade'). Rejects text over the backup size limit: a snapshot that
 * could not be restored is worse than none, because it looks like safety. `stream`: the stream
 * `text` was already sent down, as it was made (to the main process or the browser's worker).
 */
export async function saveSnapshotText(
  reason: SnapshotReason,
  text: string,
  counts: SnapshotCounts,
  takenAt: Instant = instantOf(new Date()),
  bytes: number = utf8ByteLength(text),
  stream?: SnapshotStream | null,
): Promise<SnapshotMeta> {
  if (bytes > MAX_BACKUP_BYTES) throw new Error('the plan is larger than the 50 MB backup limit');
  const meta = await writeSnapshot({ reason, takenAt, counts, text }, bytes, stream);
  await rotate(takenAt);
  tell({ kind: 'written' });
  return meta;
}

/**
 * Snapshots the whole plan as it is now (read in one transaction, like a backup file) in the
 * backup file format, compact, so restoring a snapshot is restoring a backup file. `rows`, when
 * given, are the plan as one transaction already read it (the live plan's), taken instead of
 * reading every store again.
 */
export async function takeSnapshot(
  reason: SnapshotReason,
  now: Date = new Date(),
  rows?: StoredRows,
): Promise<SnapshotMeta> {
  const takenAt = instantOf(now);
  const backup = rows ? backupOfRows(rows, takenAt) : await readBackup(takenAt);
  // The main process (desktop) or the worker (browser) takes the text a slice at a time as it is made.
  const stream = snapshotTextStream();
  try {
    const { text, bytes } = await backupToTextInSlices(
      backup,
      afterOtherWork,
      sliceClock(() => performance.now()),
      stream?.send,
    );
    return await saveSnapshotText(reason, text, backupCounts(backup), takenAt, bytes, stream);
  } catch (error) {
    stream?.forget();
    throw error;
  }
}

/**
 * The snapshot before a risky action. It never stops the action: if it fails, the action goes
 * ahead (it is still one undoable change) and the planner is told, in a message that stays until
 * dismissed, that this time no snapshot was kept.
 */
export async function snapshotBefore(reason: SnapshotReason): Promise<void> {
  try {
    await takeSnapshot(reason);
  } catch (error) {
    console.error('Tierline: snapshot failed', error);
    tell({ kind: 'failed', reason, message: errorMessage(error) });
  }
}
