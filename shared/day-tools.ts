import { boundedCache } from './bounded-cache';
import { trustedCalendarDay } from './calendar-day';
import type { CalendarDay, Instant } from './types';
import { formatInstantInZone } from './zoned-time';

/**
 * Wraps a pure one-argument string function with a bounded cache. Exports format the same few
 * hundred days thousands of times, and date-fns parsing dominates their cost otherwise.
 */
export function memoizeText(fn: (value: string) => string, limit = 10_000): (value: string) => string {
  const cached = boundedCache<string>(limit);
  return (value: string): string => cached(value, () => fn(value));
}

/** Cached day and time formatting for one export; create one per call so no cache outlives it. */
export type DayTools = {
  /** `formatDayForPeople`. */
  formatDay: (day: CalendarDay) => string;
  /** `addCalendarDays`. */
  addDays: (day: CalendarDay, amount: number) => CalendarDay;
  /** `formatInstantInZone`, with the formatters built once per zone. */
  formatInstant: (instant: Instant, zone: string) => string;
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type ZoneFormatters = { parts: Intl.DateTimeFormat; names: Intl.DateTimeFormat[] };

// Calendar days as UTC midnights: UTC has no daylight-saving gaps, so adding days and reading weekdays
// is exact there, and it avoids date-fns' general-purpose parser, which dominated export time.
// Tests check both functions against calendar-day.ts over many random days.
function utcMidnight(day: string): Date {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))));
}

function dayText(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

function formatDayUncached(day: string): string {
  const date = utcMidnight(day);
  return `${WEEKDAYS[date.getUTCDay()] ?? ''} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${String(date.getUTCFullYear()).padStart(4, '0')}`;
}

/** Fresh {@link DayTools}: same output as the calendar-day and zoned-time helpers, computed faster. */
export function createDayTools(): DayTools {
  const formatDay = memoizeText(formatDayUncached);
  const added = new Map<string, CalendarDay>();
  const zones = new Map<string, ZoneFormatters | null>();
  const zoneFormatters = (zone: string): ZoneFormatters | null => {
    let formatters = zones.get(zone);
    if (formatters === undefined) {
      try {
        formatters = {
          parts: new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }),
          // As zoneAbbreviation: ask both locales and prefer a name (EST, BST) over an offset.
          names: ['en-US', 'en-GB'].map(
            (locale) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }),
          ),
        };
      } catch {
        formatters = null;
      }
      zones.set(zone, formatters);
    }
    return formatters;
  };
  return {
    formatDay,
    addDays: (day, amount) => {
      const key = `${day}|${amount}`;
      let result = added.get(key);
      if (result === undefined) {
        const date = utcMidnight(day);
        date.setUTCDate(date.getUTCDate() + amount);
        result = trustedCalendarDay(dayText(date));
        added.set(key, result);
      }
      return result;
    },
    formatInstant: (instant, zone) => {
      const formatters = zoneFormatters(zone);
      const date = new Date(instant);
      if (!formatters || Number.isNaN(date.getTime())) return formatInstantInZone(instant, zone);
      const parts: Record<string, string> = {};
      for (const part of formatters.parts.formatToParts(date)) parts[part.type] = part.value;
      const year = Number(parts.year);
      const month = Number(parts.month);
      const day = Number(parts.day);
      // The weekday of a calendar date does not depend on any zone, so UTC arithmetic is exact here.
      const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
      const names = formatters.names
        .map((formatter) => formatter.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value)
        .filter((name) => name !== undefined);
      const zoneName = names.find((name) => !/^(GMT|UTC)[+-]/.test(name)) ?? names[0] ?? zone;
      return `${weekday} ${day} ${MONTHS[month - 1] ?? ''} ${String(year).padStart(4, '0')}, ${parts.hour}:${parts.minute} ${zoneName}`;
    },
  };
}
