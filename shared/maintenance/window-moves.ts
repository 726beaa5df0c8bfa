import { revised } from '../revised';
import { addCalendarDays } from '../calendar-day';
import { isPlannableInstant, outOfRangeMessage } from '../plannable-range';
import type { Instant, MaintenanceWindow } from '../types';
import { windowLengthProblem } from './window-limits';
import {
  addMinutesToInstant,
  instantToLocal,
  localToInstant,
  minutesBetween,
  toLocalDateTime,
  localDay,
  instantOf,
} from '../zoned-time';

export type WindowEditResult = { ok: true; window: MaintenanceWindow } | { ok: false; error: string };

function assertInstant(value: Instant, what: string): void {
  if (Number.isNaN(new Date(value).getTime())) throw new Error(`Not an instant (${what}): ${value}`);
}

/** Real elapsed minutes from a window's start to its end. */
export function windowDurationMinutes(window: MaintenanceWindow): number {
  return minutesBetween(window.start, window.end);
}

/**
 * The window starting at `newStart` and lasting exactly as many real minutes as before: a
 * four-hour job stays four hours even when the new date sits across a DST change, so its end
 * wall time may shift by the change while its length never does. Changes bump `sequence`
 * (ICS SEQUENCE) and set `updatedAt` to `now`; moving to the same start returns the window as is.
 * Throws, naming the value, when the moved window would leave the plannable range.
 */
export function moveWindow(window: MaintenanceWindow, newStart: Instant, now: Instant): MaintenanceWindow {
  assertInstant(newStart, 'new start');
  const start = instantOf(new Date(newStart));
  if (start === window.start) return window;
  const end = addMinutesToInstant(start, windowDurationMinutes(window));
  // A drag far enough (or a bad caller) must not carry the window out of the plannable range.
  if (!isPlannableInstant(start)) throw new Error(outOfRangeMessage(start));
  if (!isPlannableInstant(end)) throw new Error(outOfRangeMessage(end));
  return revised(window, now, { start, end });
}

/**
 * The window moved by whole calendar days as a calendar drag does: the start keeps its wall
 * time in `zone` (the zone the calendar shows) and the real duration is kept as `moveWindow`
 * keeps it. A start that lands in a spring-forward gap resolves forward.
 */
export function shiftWindowByDays(
  window: MaintenanceWindow,
  days: number,
  zone: string,
  now: Instant,
): MaintenanceWindow {
  const local = instantToLocal(window.start, zone);
  return moveWindow(
    window,
    localToInstant(toLocalDateTime(`${addCalendarDays(localDay(local), days)}T${local.slice(11)}`), zone),
    now,
  );
}

/**
 * The window with a new end and the same start, or an error when the end would not be after
 * the start, would leave the plannable range or would make the window longer than
 * MAX_WINDOW_DAYS. Bumps `sequence` and `updatedAt` on change.
 */
export function resizeWindow(window: MaintenanceWindow, newEnd: Instant, now: Instant): WindowEditResult {
  const endTime = new Date(newEnd).getTime();
  if (Number.isNaN(endTime)) return { ok: false, error: 'Not a date and time we can read.' };
  const end = instantOf(new Date(endTime));
  if (endTime <= new Date(window.start).getTime()) return { ok: false, error: 'End must be after start.' };
  if (!isPlannableInstant(end)) return { ok: false, error: outOfRangeMessage(end) };
  const tooLong = windowLengthProblem(window.start, end);
  if (tooLong) return { ok: false, error: tooLong };
  if (end === window.end) return { ok: true, window };
  return { ok: true, window: revised(window, now, { end }) };
}
