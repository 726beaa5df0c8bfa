import { MAX_WINDOW_DAYS, PLANNABLE_LAST_DAY } from '../plannable-range';
import type { CalendarDay, Instant, MaintenanceWindow } from '../types';
import {
  addMinutesToInstant,
  instantToLocal,
  localToInstant,
  minutesBetween,
  toLocalDateTime,
  instantToDay,
  instantOf,
} from '../zoned-time';
import { MAX_EXPANDED_OCCURRENCES, weekOfMonth, type Recurrence, type WindowOccurrence } from './rule';
import { trustedCalendarDay } from '../calendar-day';

/** A window that repeats: the series row, whose start and end are its first occurrence. */
export type WindowSeries = MaintenanceWindow & { recurrence: Recurrence };

/** One occurrence of a series as the calendar, conflicts and exports see it. */
export type Occurrence = {
  seriesId: string;
  /** The start the rule gives it (ICS RECURRENCE-ID), whether or not it moved. */
  originalStart: Instant;
  start: Instant;
  end: Instant;
  /** True when this one occurrence was moved on its own ("This window only"). */
  moved: boolean;
  cancelled: boolean;
  /** 0 for the series' first occurrence. */
  index: number;
};

const DAY_MS = 86_400_000;

// Days as whole numbers on the (DST-free) UTC calendar: the walk below visits up to 110,000 days
// of a daily series across the plannable range, too many to build Date objects for each.
function dayNumber(day: string): number {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function dayString(n: number): CalendarDay {
  return trustedCalendarDay(new Date(n * DAY_MS).toISOString().slice(0, 10));
}

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** The day numbers of a rule's periods, ascending from the first period, without its bounds. */
function* ruleDays(rule: Recurrence, first: number): Generator<number> {
  const firstDate = new Date(first * DAY_MS);
  if (rule.freq === 'daily') {
    for (let day = first; ; day += rule.interval) yield day;
  }
  if (rule.freq === 'weekly') {
    const weekday = firstDate.getUTCDay();
    const days = rule.weekdays.length > 0 ? rule.weekdays : [weekday];
    // Weeks start on Monday (RFC 5545's default WKST), so an interval counts Monday-to-Sunday weeks.
    const offsets = [...new Set(days.map((wd) => (wd + 6) % 7))].sort((a, b) => a - b);
    const monday = first - ((weekday + 6) % 7);
    for (let week = monday; ; week += 7 * rule.interval) for (const offset of offsets) yield week + offset;
  }
  const year = firstDate.getUTCFullYear();
  const month = firstDate.getUTCMonth();
  const date = firstDate.getUTCDate();
  const weekday = firstDate.getUTCDay();
  const nth = weekOfMonth(date);
  for (let step = 0; ; step += rule.interval) {
    const y = year + Math.floor((month + step) / 12);
    const m0 = (month + step) % 12;
    const length = daysInMonth(y, m0);
    let dayOfMonth: number;
    if (rule.monthlyBy === 'date') {
      // RFC 5545 3.3.10: a month without the 31st has no occurrence; nothing rolls over.
      if (date > length) continue;
      dayOfMonth = date;
    } else {
      const firstWeekday = new Date(Date.UTC(y, m0, 1)).getUTCDay();
      const firstMatch = 1 + ((weekday - firstWeekday + 7) % 7);
      dayOfMonth =
        nth === 5 ? firstMatch + 7 * Math.floor((length - firstMatch) / 7) : firstMatch + 7 * (nth - 1);
    }
    yield Math.round(Date.UTC(y, m0, dayOfMonth) / DAY_MS);
  }
}

/**
 * The days (in the series' zone) the series falls on, in order, up to `lastDay`: the first start
 * always counts as the first occurrence (RFC 5545 3.8.5.3), then each day the rule gives after it,
 * until the series' end day or count and never past the plannable range.
 */
export function* seriesDays(series: WindowSeries, lastDay: CalendarDay): Generator<CalendarDay> {
  const rule = series.recurrence;
  const first = dayNumber(instantToDay(series.start, series.timeZone));
  let last = Math.min(dayNumber(lastDay), dayNumber(PLANNABLE_LAST_DAY));
  if (rule.ends.kind === 'until') last = Math.min(last, dayNumber(rule.ends.day));
  const count = rule.ends.kind === 'count' ? rule.ends.count : Infinity;
  if (first > last) return;
  yield dayString(first);
  let seen = 1;
  for (const day of ruleDays(rule, first)) {
    if (seen >= count || day > last) return;
    if (day <= first) continue;
    seen += 1;
    yield dayString(day);
  }
}

/** The instant of the series' occurrence on `day`: its wall-clock start time in its own zone, across DST. */
function startOn(series: WindowSeries, day: CalendarDay): Instant {
  return localToInstant(
    toLocalDateTime(`${day}T${instantToLocal(series.start, series.timeZone).slice(11)}`),
    series.timeZone,
  );
}

/**
 * Every occurrence of the series that overlaps [from, to), in order of original start, with the
 * changes in `changed` applied: a cancelled one comes back marked `cancelled`, a moved one at its
 * new times (found by its new times, wherever the rule had it). Each lasts as many real minutes as
 * the series' first. At most MAX_EXPANDED_OCCURRENCES are returned.
 */
export function expandSeries(
  series: WindowSeries,
  changed: readonly WindowOccurrence[],
  from: Instant,
  to: Instant,
): Occurrence[] {
  const byOriginal = new Map(
    changed.filter((row) => row.seriesId === series.id).map((row) => [row.originalStart, row]),
  );
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  const minutes = minutesBetween(series.start, series.end);
  const movedOut = [...byOriginal.values()].filter((row) => row.start !== null && row.end !== null);
  const lastMovedOriginal = movedOut.reduce(
    (max, row) => (row.originalStart > max ? row.originalStart : max),
    '',
  );
  const lastDay =
    [instantToLocal(to, series.timeZone).slice(0, 10), lastMovedOriginal.slice(0, 10)].sort().at(-1) ?? '';
  const lastDayWithSlack = dayString(dayNumber(lastDay) + 2);
  // Days before the range are skipped without resolving their instants (the costly part), unless a
  // change moved that occurrence into view.
  const movedDays = new Set(movedOut.map((row) => instantToDay(row.originalStart, series.timeZone)));
  const earliest = dayNumber(instantToDay(from, series.timeZone)) - MAX_WINDOW_DAYS - 2;
  const out: Occurrence[] = [];
  let index = -1;
  for (const day of seriesDays(series, lastDayWithSlack)) {
    index += 1;
    if (dayNumber(day) < earliest && !movedDays.has(day)) continue;
    const originalStart = startOn(series, day);
    const change = byOriginal.get(originalStart);
    const movedStart = change?.start ?? null;
    const movedEnd = change?.end ?? null;
    const moved = movedStart !== null && movedEnd !== null;
    const start = moved ? movedStart : originalStart;
    const end = moved ? movedEnd : addMinutesToInstant(originalStart, minutes);
    if (Date.parse(start) >= toMs || Date.parse(end) <= fromMs) continue;
    out.push({
      seriesId: series.id,
      originalStart,
      start,
      end,
      moved,
      cancelled: change?.cancelled ?? false,
      index,
    });
    if (out.length >= MAX_EXPANDED_OCCURRENCES) break;
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

/** The series' occurrence starting (by the rule) at `originalStart`, or null when the rule has none there. */
export function occurrenceAt(series: WindowSeries, originalStart: Instant): Occurrence | null {
  const wanted = instantOf(new Date(originalStart));
  const found = expandSeries(series, [], wanted, addMinutesToInstant(wanted, 1)).find(
    (occurrence) => occurrence.originalStart === wanted,
  );
  return found ?? null;
}

/** The original start of the series' occurrence number `index` (0 = first), or null past its end. */
export function nthOccurrenceStart(series: WindowSeries, index: number): Instant | null {
  let at = 0;
  for (const day of seriesDays(series, PLANNABLE_LAST_DAY)) {
    if (at === index) return startOn(series, day);
    at += 1;
  }
  return null;
}
