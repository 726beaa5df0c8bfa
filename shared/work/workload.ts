import { addCalendarDays } from '../calendar-day';
import type { CalendarDay, WeekStart } from '../types';
import { weekStartOf } from './weeks';
import type { WorkRow } from './work-rows';

/** One day of a person's week: open items due, and whether that is more than the daily limit. */
export type WorkloadDay = { day: CalendarDay; count: number; over: boolean };

/** One person's week: the days Monday (or the planner's week start) to the end, and the total. */
export type WorkloadWeek = {
  weekStart: CalendarDay;
  weekEnd: CalendarDay;
  count: number;
  days: WorkloadDay[];
};

/**
 * A person's open work, week by week: one entry per week that has at least one open item of
 * theirs due, in date order, at most `maxWeeks` of them from the earliest. A day is over when it
 * has more than `maxPerDay` items, the same test the "too much due on one day" conflict makes.
 */
export function workloadFor(
  rows: readonly WorkRow[],
  ownerKey: string,
  options: { weekStart: WeekStart; maxPerDay: number; maxWeeks?: number },
): WorkloadWeek[] {
  const perDay = new Map<CalendarDay, number>();
  for (const row of rows) {
    if (row.status !== 'open' || (row.owner?.key ?? '') !== ownerKey) continue;
    perDay.set(row.dueDate, (perDay.get(row.dueDate) ?? 0) + 1);
  }
  const starts = [...new Set([...perDay.keys()].map((day) => weekStartOf(day, options.weekStart)))].sort();
  return starts.slice(0, options.maxWeeks ?? 6).map((start) => {
    const days = Array.from({ length: 7 }, (_, index) => {
      const day = addCalendarDays(start, index);
      const count = perDay.get(day) ?? 0;
      return { day, count, over: count > options.maxPerDay };
    });
    return {
      weekStart: start,
      weekEnd: addCalendarDays(start, 6),
      count: days.reduce((sum, entry) => sum + entry.count, 0),
      days,
    };
  });
}
