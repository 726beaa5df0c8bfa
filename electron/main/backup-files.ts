import type { SnapshotCounts, SnapshotMeta, SnapshotReason } from '../../shared/backup/snapshot';
import { SNAPSHOT_REASONS } from '../../shared/backup/snapshot';
import { SNAPSHOT_FILE_PATTERN } from '../../shared/ipc-validation';
import { instantOf } from '../../shared/zoned-time';

/** The folder, inside the app's data folder, that holds the snapshots. */
export const BACKUPS_FOLDER = 'backups';

function isReason(value: string): value is SnapshotReason {
  return (SNAPSHOT_REASONS as readonly string[]).includes(value);
}

/**
 * The file name of a snapshot: its instant, reason and counts, then a random tag so two snapshots
 * of one millisecond do not collide. Listing reads everything back from the name, so the list
 * never opens a 50 MB file to show a line. Colons are left out: Windows forbids them in names.
 */
export function snapshotFileName(
  snapshot: { takenAt: string; reason: SnapshotReason; counts: SnapshotCounts },
  randomTag: string,
): string {
  const stamp = new Date(snapshot.takenAt).toISOString().replace(/:/g, '-').replace('.', '-');
  const { announcements, windows, items } = snapshot.counts;
  return `${stamp}_${snapshot.reason}_${announcements}-${windows}-${items}_${randomTag}.json`;
}

/**
 * The snapshot a file name describes, or null for any other file (a temp file of an atomic write,
 * something the user dropped into the folder, a name from another version).
 */
export function parseSnapshotFileName(name: string, bytes: number): SnapshotMeta | null {
  const match = SNAPSHOT_FILE_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason, a, w, i] = match;
  if (reason === undefined || !isReason(reason)) return null;
  const written = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  const parsed = new Date(written);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString() !== written) return null;
  return {
    id: name,
    takenAt: instantOf(parsed),
    reason,
    counts: { announcements: Number(a), windows: Number(w), items: Number(i) },
    bytes,
  };
}
