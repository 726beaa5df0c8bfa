import type { Announcement, MaintenanceWindow } from '../types';
import { launchSpan, makeConflict, ms, quoted, type Conflict, type LaunchSpan } from './conflict';

/** How long after a window a launch still competes with it for users' trust and attention. */
export const AFTER_MAINTENANCE_MS = 24 * 60 * 60 * 1000;

type Disruptive = { window: MaintenanceWindow; order: number; start: number; end: number };

/** The disruptive, live windows of a plan read once, for `launchConflicts` to search. */
export type DisruptiveWindows = { sorted: Disruptive[]; longest: number };

/**
 * The windows that can disturb a launch (not cancelled, disruption not `none`, readable instants),
 * read once and sorted by start, for any number of `launchConflicts` calls over the same windows.
 */
export function disruptiveWindows(windows: readonly MaintenanceWindow[]): DisruptiveWindows {
  // Each window's instants are read once, and the windows sorted by start, so a launch is
  // compared only with the windows that could reach it (issue 13: every pair re-read both
  // instants, about 400 ms at 1,000 launches and 200 windows).
  // An unreadable instant can never overlap anything (every comparison with NaN is false).
  const sorted = windows
    .flatMap((window, order) => {
      const span = disruptiveSpan(window);
      return span ? [{ window, order, ...span }] : [];
    })
    .sort((a, b) => a.start - b.start || a.order - b.order);
  const longest = sorted.reduce((most, { start, end }) => Math.max(most, end - start), 0);
  return { sorted, longest };
}

/**
 * Whether a launch spanning `span` conflicts with a disruptive window from `start` to `end` (epoch
 * milliseconds): the one test `launchConflicts` applies to every window it considers.
 */
export function launchMeetsWindow(span: LaunchSpan, start: number, end: number): boolean {
  return span.timed
    ? span.from >= start && span.from < end + AFTER_MAINTENANCE_MS
    : span.from < end + AFTER_MAINTENANCE_MS && start < span.to;
}

/**
 * Whether `window` can take part in launch-during-maintenance conflicts at all, with its instants
 * read: not cancelled, disruptive, and readable. Null when it can not.
 */
export function disruptiveSpan(window: MaintenanceWindow): { start: number; end: number } | null {
  if (window.status === 'cancelled' || window.disruption === 'none') return null;
  const start = ms(window.start);
  const end = ms(window.end);
  return Number.isNaN(start) || Number.isNaN(end) ? null : { start, end };
}

/**
 * One announcement's launch-during-maintenance conflicts against `windows`, in the windows' input
 * order: exactly its share of what `launchDuringMaintenance` returns for the same windows.
 */
export function launchConflicts(
  announcement: Announcement,
  windows: DisruptiveWindows,
  plannerZone: string,
  spanOf: typeof launchSpan = launchSpan,
): Conflict[] {
  if (announcement.status === 'cancelled') return [];
  const span = spanOf(announcement, plannerZone);
  if (!span) return [];
  const { sorted, longest } = windows;
  // No window starting before this can end late enough to reach the launch.
  const earliest = span.from - AFTER_MAINTENANCE_MS - longest;
  const hits = [];
  for (let index = firstStartingFrom(sorted, earliest); index < sorted.length; index++) {
    const candidate = sorted[index];
    if (!candidate || candidate.start >= Math.max(span.to, span.from + 1)) break;
    if (launchMeetsWindow(span, candidate.start, candidate.end)) hits.push(candidate);
  }
  // In the windows' own order, as before.
  hits.sort((a, b) => a.order - b.order);
  return hits.map(({ window, start, end }) => {
    const during = span.timed ? span.from < end : span.from < end && start < span.to;
    const when = during ? 'during' : 'within 24 hours after';
    return makeConflict(
      'launch-during-maintenance',
      [
        { kind: 'announcement', id: announcement.id },
        { kind: 'maintenance', id: window.id },
      ],
      `${quoted(announcement.title)} launches ${when} the maintenance ${quoted(window.title)} (${window.disruption}). Users may be busy dealing with it.`,
      span.day,
    );
  });
}

/**
 * Announcements that launch during a disruptive maintenance window (disruption not `none`) or
 * within 24 hours after it ends: `[start, end + 24h)`, half-open, so a launch exactly 24 hours
 * after the end is clear. A timed launch is its instant; an all-day launch is its whole day in
 * the planner's zone and conflicts when that day touches the span at all. Cancelled
 * announcements and windows never conflict. `spanOf` reads a launch's span (a memoised
 * `launchSpan` from conflict-memo.ts, which must agree with it).
 */
export function launchDuringMaintenance(
  announcements: readonly Announcement[],
  windows: readonly MaintenanceWindow[],
  plannerZone: string,
  spanOf: typeof launchSpan = launchSpan,
): Conflict[] {
  const disruptive = disruptiveWindows(windows);
  return announcements.flatMap((announcement) =>
    launchConflicts(announcement, disruptive, plannerZone, spanOf),
  );
}

/** Index of the first window (sorted by start) starting at or after `time`. */
function firstStartingFrom(windows: readonly { start: number }[], time: number): number {
  let low = 0;
  let high = windows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((windows[middle]?.start ?? Infinity) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}
