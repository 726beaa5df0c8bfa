import { calendarDaysBetween } from '../calendar-day';
import type { CalendarDay } from '../types';
import { plural } from '../plural';
import { shortDay } from './weeks';
import type { WorkStatus } from './work-rows';

/** The due column of a row: the day, and how it stands against today when that matters. */
export type DueLabel = { day: string; relative: string | null; late: boolean };

/**
 * `Tue 8 Dec` with `3 days late`, `due today` or `tomorrow` beside it. Done and cancelled rows
 * are never late: only the day shows.
 */
export function dueLabel(dueDate: CalendarDay, today: CalendarDay, status: WorkStatus): DueLabel {
  const day = shortDay(dueDate, today);
  if (status !== 'open') return { day, relative: null, late: false };
  const ahead = calendarDaysBetween(today, dueDate);
  if (ahead < 0) return { day, relative: `${plural(-ahead, 'day')} late`, late: true };
  if (ahead === 0) return { day, relative: 'due today', late: false };
  if (ahead === 1) return { day, relative: 'tomorrow', late: false };
  return { day, relative: null, late: false };
}
