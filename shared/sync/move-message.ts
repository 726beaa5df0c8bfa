import { formatInstantInZone, instantToDay } from '../zoned-time';
import type { IcsTime } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayParts(day: string): { year: string; month: string; date: number } {
  return {
    year: day.slice(0, 4),
    month: MONTHS[Number(day.slice(5, 7)) - 1] ?? '',
    date: Number(day.slice(8)),
  };
}

/** "3 → 5 Dec", "30 Nov → 2 Dec", "30 Dec 2026 → 2 Jan 2027": as short as the two days allow. */
export function dayRangeText(from: string, to: string): string {
  const a = dayParts(from);
  const b = dayParts(to);
  if (a.year !== b.year) return `${a.date} ${a.month} ${a.year} → ${b.date} ${b.month} ${b.year}`;
  if (a.month !== b.month) return `${a.date} ${a.month} → ${b.date} ${b.month}`;
  return `${a.date} → ${b.date} ${b.month}`;
}

/** The day an iCalendar time falls on in the planner's zone; undefined for one Tierline cannot read. */
export function dayOfIcsTime(time: IcsTime | undefined, timeZone: string): string | undefined {
  if (!time) return undefined;
  if (time.kind === 'date') return time.day;
  if (time.kind === 'instant') return instantToDay(time.instant, timeZone);
  return undefined;
}

/**
 * What the planner reads after a teammate's move was taken: "Moved by the team calendar: Session
 * replay, 3 → 5 Dec". A move within the same day (a new time) names the new time instead.
 */
export function remoteMoveMessage(
  title: string,
  from: IcsTime | undefined,
  to: IcsTime | undefined,
  timeZone: string,
): string {
  const fromDay = dayOfIcsTime(from, timeZone);
  const toDay = dayOfIcsTime(to, timeZone);
  const what =
    fromDay && toDay && fromDay !== toDay
      ? dayRangeText(fromDay, toDay)
      : to?.kind === 'instant'
        ? `now ${formatInstantInZone(to.instant, timeZone)}`
        : 'new dates';
  return `Moved by the team calendar: ${title}, ${what}`;
}
