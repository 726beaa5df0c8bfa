import { plural } from '../plural';
import { MAX_WINDOW_DAYS, MAX_WINDOW_MINUTES } from '../plannable-range';
import { formatCount } from '../text-limits';
import type { Instant } from '../types';
import {
  formatInstantInZone,
  instantToLocal,
  isKnownTimeZone,
  isLocalDateTime,
  localToInstant,
  minutesBetween,
} from '../zoned-time';

const MINUTES_PER_DAY = 24 * 60;

/**
 * The message for a window longer than MAX_WINDOW_DAYS, in days and hours so the slip shows
 * ("A window of 396 days (9,504 hours) is probably a typo: windows are at most 14 days."), or
 * null when the window is short enough. Refused, not asked: no maintenance runs for weeks.
 */
export function windowLengthProblem(start: Instant, end: Instant): string | null {
  const minutes = minutesBetween(start, end);
  if (minutes <= MAX_WINDOW_MINUTES) return null;
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const restHours = Math.floor((minutes % MINUTES_PER_DAY) / 60);
  const length = restHours > 0 ? `${plural(days, 'day')} ${plural(restHours, 'hour')}` : plural(days, 'day');
  const hours = formatCount(Math.floor(minutes / 60));
  return `A window of ${length} (${hours} hours) is probably a typo: windows are at most ${MAX_WINDOW_DAYS} days.`;
}

/**
 * When a wall-clock time does not exist in `zone` because the clocks skip it (the spring
 * change), says so and what it becomes, e.g. "The clocks in Europe/London skip 01:30 on that
 * day: it becomes Sun 29 Mar 2026, 02:30 BST." Null for a time that exists, or input that is not
 * a readable time and zone (other checks report those).
 */
export function wallClockGapNote(local: string, zone: string): string | null {
  if (!isLocalDateTime(local) || !isKnownTimeZone(zone)) return null;
  const instant = localToInstant(local, zone);
  if (instantToLocal(instant, zone) === local) return null;
  return `The clocks in ${zone} skip ${local.slice(11)} on that day: it becomes ${formatInstantInZone(instant, zone)}.`;
}
