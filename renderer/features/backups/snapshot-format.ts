import { format, parse } from 'date-fns';
import type { SnapshotCounts, SnapshotMeta } from '../../../shared/backup/snapshot';
import { snapshotReasonLabel } from '../../../shared/backup/snapshot';
import { plural } from '../../../shared/plural';
import { instantToLocal, instantOf } from '../../../shared/zoned-time';
import type { Instant } from '../../../shared/types';

/**
 * When a snapshot was taken, as the list shows it in the planner's zone: "Today 10:42" for today,
 * "Mon 30 Nov 09:00" this year, "Mon 30 Nov 2025 09:00" before.
 */
export function snapshotTimeLabel(takenAt: Instant, now: Date, timeZone: string): string {
  const local = instantToLocal(takenAt, timeZone);
  const today = instantToLocal(instantOf(now), timeZone).slice(0, 10);
  const day = local.slice(0, 10);
  const time = local.slice(11, 16);
  if (day === today) return `Today ${time}`;
  const date = parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return `${format(date, day.slice(0, 4) === today.slice(0, 4) ? 'EEE d MMM' : 'EEE d MMM yyyy')} ${time}`;
}

/** "3 announcements, 1 window, 40 items". */
export function snapshotCountsLabel(counts: SnapshotCounts): string {
  return [
    plural(counts.announcements, 'announcement'),
    plural(counts.windows, 'window'),
    plural(counts.items, 'item'),
  ].join(', ');
}

/** A snapshot told apart from the others: "Today 10:42 (At start)". */
export function snapshotLabel(snapshot: SnapshotMeta, now: Date, timeZone: string): string {
  return `${snapshotTimeLabel(snapshot.takenAt, now, timeZone)} (${snapshotReasonLabel(snapshot.reason)})`;
}

/** The snapshot's name at the start of a message or in the preview: "The snapshot Today 10:42 (At start)". */
export function snapshotName(snapshot: SnapshotMeta, now: Date, timeZone: string): string {
  return `The snapshot ${snapshotLabel(snapshot, now, timeZone)}`;
}

/** A file name for downloading a snapshot: the backup file it is, dated and named for its reason. */
export function snapshotFileName(snapshot: SnapshotMeta, timeZone: string): string {
  const local = instantToLocal(snapshot.takenAt, timeZone).replace('T', '-').replace(':', '');
  return `tierline-backup-${local}-${snapshot.reason}.json`;
}
