import { wallClockGapNote } from '../../../shared/maintenance/window-limits';
import { MAX_WINDOW_MINUTES } from '../../../shared/plannable-range';
import {
  isKnownTimeZone,
  isLocalDateTime,
  localToInstant,
  minutesBetween,
  toLocalDateTime,
} from '../../../shared/zoned-time';
import { formatDuration, wallClockMinutes, type MaintenanceFormText } from './maintenance-format';

/**
 * What the form says about the typed times while the planner types: how long the window lasts in
 * real time, a word when the clocks change inside it, and, for a start or end the clocks skip
 * (a spring-forward gap), the time it becomes. Undefined when there is nothing to say yet.
 */
export function windowTimeHint(form: MaintenanceFormText): string | undefined {
  const zone = form.timeZone.trim();
  if (!isLocalDateTime(form.startLocal) || !isLocalDateTime(form.endLocal) || !isKnownTimeZone(zone))
    return undefined;
  const start = localToInstant(toLocalDateTime(form.startLocal), zone);
  const end = localToInstant(toLocalDateTime(form.endLocal), zone);
  const real = minutesBetween(start, end);
  // Nothing to add for an impossible window: the refusal beside End already says how long it is.
  if (real <= 0 || real > MAX_WINDOW_MINUTES) return undefined;
  const wall = wallClockMinutes(start, end, zone);
  const change =
    wall === real
      ? ''
      : ` The clocks change in ${zone} during it, so wall clocks show ${formatDuration(wall)}.`;
  const gaps = [
    wallClockGapNote(form.startLocal, zone)?.replace(/^The clocks/, 'Start: the clocks'),
    wallClockGapNote(form.endLocal, zone)?.replace(/^The clocks/, 'End: the clocks'),
  ].filter((note) => note !== undefined);
  return [`Lasts ${formatDuration(real)} of real time.${change}`, ...gaps].join(' ');
}
