import type { Instant, Recurrence } from '../types';
import { trustedInstant } from '../zoned-time';

export type { OccurrenceStepOverride, Recurrence, RepeatEnds, WindowOccurrence } from '../types';

export const MAX_REPEAT_INTERVAL = 99;
export const MAX_REPEAT_COUNT = 1000;
/** No single expansion returns more than this: a range query over centuries of a daily series stays cheap. */
export const MAX_EXPANDED_OCCURRENCES = 2000;

/** The id of an occurrence row: the series and the original start, so a second change finds the first. */
export function occurrenceId(seriesId: string, originalStart: Instant): string {
  return `${seriesId}@${originalStart}`;
}

const ORDINALS = ['1st', '2nd', '3rd', '4th', 'last'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Which week of its month a day of the month falls in: 1–4, or 5 meaning the last. */
export function weekOfMonth(dayOfMonth: number): number {
  return Math.min(5, Math.ceil(dayOfMonth / 7));
}

/** "2nd Tuesday", "last Friday": how people name a monthly-by-weekday occurrence. */
export function nthWeekdayName(dayOfMonth: number, weekday: number): string {
  return `${ORDINALS[weekOfMonth(dayOfMonth) - 1] ?? ''} ${WEEKDAY_NAMES[weekday] ?? ''}`;
}

/** The weekday names, Sunday first, for labels. */
export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday] ?? '';
}

/**
 * The short words a screen reader hears and the calendar shows: "repeats daily", "repeats every
 * 2 weeks", "repeats monthly". Null for a window that does not repeat.
 */
export function repeatsLabel(rule: Recurrence | undefined): string | null {
  if (!rule) return null;
  const unit = { daily: 'day', weekly: 'week', monthly: 'month' }[rule.freq];
  if (rule.interval === 1) return `repeats ${rule.freq}`;
  return `repeats every ${rule.interval} ${unit}s`;
}

/**
 * The series, original start and step key of a generated occurrence step's id
 * (`${seriesId}@${originalStart}:${stepKey}`), or null for any other checklist item's id.
 */
export function parseOccurrenceStepId(
  id: string,
): { seriesId: string; originalStart: Instant; stepKey: string } | null {
  const at = id.indexOf('@');
  const colon = id.lastIndexOf(':');
  if (at <= 0 || colon <= at) return null;
  const originalStart = id.slice(at + 1, colon);
  if (Number.isNaN(Date.parse(originalStart)) || !originalStart.endsWith('Z')) return null;
  // Checked above; the id was written by our own code from a stored instant.
  return {
    seriesId: id.slice(0, at),
    originalStart: trustedInstant(originalStart),
    stepKey: id.slice(colon + 1),
  };
}

/** The series and original start of an occurrence id (`${seriesId}@${originalStart}`), or null. */
export function parseOccurrenceId(id: string): { seriesId: string; originalStart: Instant } | null {
  const at = id.indexOf('@');
  if (at <= 0) return null;
  const originalStart = id.slice(at + 1);
  if (Number.isNaN(Date.parse(originalStart)) || !/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(originalStart))
    return null;
  return { seriesId: id.slice(0, at), originalStart: trustedInstant(originalStart) };
}
