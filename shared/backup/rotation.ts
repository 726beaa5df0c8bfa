import { addCalendarDays, weekdayOf } from '../calendar-day';
import type { CalendarDay, Instant } from '../types';
import { instantToDay } from '../zoned-time';

/** How many of the newest snapshots are always kept, whatever their age. */
export const KEEP_LATEST = 10;
/** For this many days back, the newest snapshot of each day is kept. */
export const KEEP_DAILY_DAYS = 7;
/** For this many weeks back, the newest snapshot of each week (Monday to Sunday) is kept. */
export const KEEP_WEEKLY_WEEKS = 4;
/** Time between two timer snapshots, when the plan changed in between. */
export const SNAPSHOT_INTERVAL_MS = 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The most snapshots `snapshotsToKeep` ever keeps: the latest ones, plus one per calendar day that
 * a 7-day span touches (8), plus one per week that a 4-week span touches (5).
 */
export const MAX_KEPT = KEEP_LATEST + KEEP_DAILY_DAYS + 1 + KEEP_WEEKLY_WEEKS + 1;

/** The slice of a snapshot the retention rule reads; the reason does not matter to it. */
export type RotationEntry = { id: string; takenAt: Instant };

function mondayOf(day: CalendarDay): CalendarDay {
  return addCalendarDays(day, -((weekdayOf(day) + 6) % 7));
}

/**
 * The ids of the snapshots to keep at `now`: the KEEP_LATEST newest; the newest of each calendar
 * day (in `timeZone`) of the last KEEP_DAILY_DAYS days; the newest of each week of the last
 * KEEP_WEEKLY_WEEKS weeks. A snapshot taken before an import, replace or upgrade counts like any
 * other. The newest snapshot is always kept, keeping is idempotent (applying the rule to what it
 * kept keeps all of it), and at most MAX_KEPT are kept. Snapshots dated after `now` (a clock that
 * went back) are kept only among the newest, so they cannot pile up. Equal times keep the input
 * order, newest first.
 */
export function snapshotsToKeep(
  entries: readonly RotationEntry[],
  now: Instant,
  timeZone: string,
): Set<string> {
  const nowMs = Date.parse(now);
  const newestFirst = entries
    .map((entry, index) => ({ entry, index, ms: Date.parse(entry.takenAt) }))
    .sort((a, b) => b.ms - a.ms || a.index - b.index);
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST).map(({ entry }) => entry.id));
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const { entry, ms } of newestFirst) {
    const age = nowMs - ms;
    if (!(age >= 0)) continue;
    const day = instantToDay(entry.takenAt, timeZone);
    if (age < KEEP_DAILY_DAYS * DAY_MS && !days.has(day)) {
      days.add(day);
      keep.add(entry.id);
    }
    const week = mondayOf(day);
    if (age < KEEP_WEEKLY_WEEKS * 7 * DAY_MS && !weeks.has(week)) {
      weeks.add(week);
      keep.add(entry.id);
    }
  }
  return keep;
}

/** The ids `snapshotsToKeep` lets go, in input order. */
export function snapshotsToDelete(
  entries: readonly RotationEntry[],
  now: Instant,
  timeZone: string,
): string[] {
  const keep = snapshotsToKeep(entries, now, timeZone);
  return entries.filter((entry) => !keep.has(entry.id)).map((entry) => entry.id);
}

/**
 * Whether the hourly timer should take a snapshot at `now`: when there is none yet, or when the
 * plan changed after the newest snapshot and that snapshot is at least SNAPSHOT_INTERVAL_MS old.
 * An unchanged plan is never snapshotted again, so a window left open overnight does not push the
 * useful snapshots out of the rotation.
 */
export function isSnapshotDue(input: {
  lastSnapshotAt: Instant | null;
  lastChangeAt: Instant | null;
  now: Instant;
}): boolean {
  if (input.lastSnapshotAt === null) return true;
  if (input.lastChangeAt === null) return false;
  const last = Date.parse(input.lastSnapshotAt);
  return Date.parse(input.lastChangeAt) > last && Date.parse(input.now) - last >= SNAPSHOT_INTERVAL_MS;
}
