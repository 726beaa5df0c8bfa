import { calendarDaysBetween, formatDayForPeople, isCalendarDay } from '../calendar-day';
import type { Announcement } from '../types';
import { makeConflict, quoted, type Conflict } from './conflict';
import { plural } from '../plural';

/** Major launches this many calendar days apart or fewer compete for the same attention. */
export const MAJORS_MIN_GAP_DAYS = 7;

/**
 * Pairs of rank-1 (Major / Tier 1) announcements whose launch days are at most seven calendar
 * days apart: "within 7 days" includes exactly a week (Tue 1 and Tue 8 conflict; Tue 1 and
 * Wed 9 do not) and the same day. Cancelled announcements never conflict. The conflict sits
 * on the later launch day.
 */
export function majorsTooClose(
  announcements: readonly Announcement[],
  tierRankOf: (announcement: Announcement) => 1 | 2 | 3 | undefined,
): Conflict[] {
  const majors = announcements
    .filter((a) => a.status !== 'cancelled' && isCalendarDay(a.launchDate) && tierRankOf(a) === 1)
    .sort((a, b) => (a.launchDate + a.id < b.launchDate + b.id ? -1 : 1));
  const conflicts: Conflict[] = [];
  for (let i = 0; i < majors.length; i += 1) {
    const first = majors[i];
    if (!first) continue;
    for (let j = i + 1; j < majors.length; j += 1) {
      const second = majors[j];
      if (!second || second.id === first.id) continue;
      const gap = calendarDaysBetween(first.launchDate, second.launchDate);
      // Sorted by day, so once one is too far every later one is too.
      if (gap > MAJORS_MIN_GAP_DAYS) break;
      const apart = gap === 0 ? 'on the same day' : `${plural(gap, 'day')} apart`;
      conflicts.push(
        makeConflict(
          'majors-too-close',
          [
            { kind: 'announcement', id: first.id },
            { kind: 'announcement', id: second.id },
          ],
          `Two major announcements ${apart}: ${quoted(first.title)} (${formatDayForPeople(first.launchDate)}) and ${quoted(second.title)} (${formatDayForPeople(second.launchDate)}).`,
          second.launchDate,
        ),
      );
    }
  }
  return conflicts;
}
