import fc from 'fast-check';
import { differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  dayToLocalDate,
  formatDayForPeople,
  isCalendarDay,
  localDateToDay,
  toBusinessDay,
  weekdayOf,
} from '../../shared/calendar-day';
import { calendarDay, uncheckedDay } from '../dates';

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => calendarDay(date.toISOString().slice(0, 10)));

// Years 1–9999, so two-digit years (which Date.UTC would move to the 1900s) are covered too.
const anyYearDay = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => calendarDay(date.toISOString().slice(0, 10)));

describe('calendar days', () => {
  it('accepts real days only', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-1-01')).toBe(false);
    expect(isCalendarDay('2026-12-01T00:00')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
  });

  it('adds days across month, year and daylight-saving boundaries', () => {
    expect(addCalendarDays(calendarDay('2026-03-28'), 2)).toBe('2026-03-30');
    expect(addCalendarDays(calendarDay('2026-10-24'), 2)).toBe('2026-10-26');
    expect(addCalendarDays(calendarDay('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addCalendarDays(calendarDay('2028-03-01'), -1)).toBe('2028-02-29');
  });

  it('adding n days then counting gives n back, for any day and shift', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (start, shift) => {
        const moved = addCalendarDays(start, shift);
        expect(isCalendarDay(moved)).toBe(true);
        expect(calendarDaysBetween(start, moved)).toBe(shift);
        expect(addCalendarDays(moved, -shift)).toBe(start);
      }),
      { numRuns: 500 },
    );
  });

  it('moves weekend days to the Friday before and leaves weekdays alone', () => {
    expect(toBusinessDay(calendarDay('2026-12-05'))).toBe('2026-12-04');
    expect(toBusinessDay(calendarDay('2026-12-06'))).toBe('2026-12-04');
    expect(toBusinessDay(calendarDay('2026-12-07'))).toBe('2026-12-07');
    fc.assert(
      fc.property(day, (value) => {
        const business = toBusinessDay(value);
        expect([1, 2, 3, 4, 5]).toContain(weekdayOf(business));
        expect(calendarDaysBetween(business, value)).toBeGreaterThanOrEqual(0);
        expect(calendarDaysBetween(business, value)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isCalendarDay agrees with date-fns on every string shaped like a day', () => {
  it('gives the same verdict as parse-then-format for any four-digit year, month and day', () => {
    const reference = (value: string) => {
      const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
      return isValid(date) && format(date, 'yyyy-MM-dd') === value;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isCalendarDay(value)).toBe(reference(value));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// The day arithmetic reads and writes `yyyy-MM-dd` by hand for speed (issue 13); date-fns' own
// parse and format are the reference it must match, weekends and daylight-saving days included.
describe('day arithmetic agrees with date-fns parse and format', () => {
  const reference = (value: string) => parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));

  it('adds, counts and names weekdays exactly as date-fns does, for any day and shift', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (start, amount) => {
        const shifted = new Date(reference(start));
        shifted.setDate(shifted.getDate() + amount);
        expect(addCalendarDays(start, amount)).toBe(format(shifted, 'yyyy-MM-dd'));
        expect(weekdayOf(start)).toBe(reference(start).getDay());
        expect(calendarDaysBetween(start, addCalendarDays(start, amount))).toBe(amount);
      }),
    );
  });

  it('counts the days between any two days exactly as date-fns differenceInCalendarDays does', () => {
    fc.assert(
      fc.property(anyYearDay, anyYearDay, (earlier, later) => {
        expect(calendarDaysBetween(earlier, later)).toBe(
          differenceInCalendarDays(reference(later), reference(earlier)),
        );
      }),
    );
  });

  it('refuses an impossible or malformed day as date-fns does, instead of rolling it over', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', 'not a day', '']) {
      expect(isValid(reference(bad))).toBe(false);
      expect(() => addCalendarDays(uncheckedDay(bad), 1)).toThrow(RangeError);
      expect(Number.isNaN(calendarDaysBetween(uncheckedDay(bad), calendarDay('2026-01-01')))).toBe(true);
    }
  });

  it('reads a loosely written day the way date-fns does', () => {
    expect(addCalendarDays(uncheckedDay('2026-1-31'), 1)).toBe(format(new Date(2026, 1, 1), 'yyyy-MM-dd'));
  });
});

// date-fns' general parse and format left the start-up bundle (issue 13): the hand readers must
// give what they gave for any string, loose or hostile, and any day of years 1–9999.
describe('the hand-written reader and writers agree with date-fns', () => {
  const reference = (value: string) => parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  const digits = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
  const looseDay = fc
    .tuple(digits(0, 6), digits(0, 3), digits(0, 3), fc.constantFrom('', ' ', '\t', '\n', ' x', 'T00:00'))
    .map(([year, month, day, tail]) => `${year}-${month}-${day}${tail}`);

  it('hostile input: reads any day-shaped string, loose or not, to the same time (or none) as date-fns parse', () => {
    fc.assert(
      fc.property(fc.oneof(looseDay, anyYearDay, fc.string({ maxLength: 14 })), (value) => {
        const expected = reference(value).getTime();
        const actual = dayToLocalDate(value).getTime();
        // An invalid date is NaN on both sides; year 0 in the strict form is the one known difference.
        if (/^0000-\d\d-\d\d$/.test(value)) return;
        expect(Number.isNaN(actual) ? 'invalid' : actual).toBe(Number.isNaN(expected) ? 'invalid' : expected);
      }),
    );
  });

  it('writes any local date as date-fns format yyyy-MM-dd does, and refuses an invalid one as it does', () => {
    fc.assert(
      fc.property(anyYearDay, (value) => {
        const date = reference(value);
        expect(localDateToDay(date)).toBe(format(date, 'yyyy-MM-dd'));
      }),
    );
    expect(() => format(new Date(NaN), 'yyyy-MM-dd')).toThrow(RangeError);
    expect(() => localDateToDay(new Date(NaN))).toThrow(RangeError);
  });

  it('names any day for people as date-fns EEE d MMM yyyy does', () => {
    fc.assert(
      fc.property(anyYearDay, (value) => {
        expect(formatDayForPeople(value)).toBe(format(reference(value), 'EEE d MMM yyyy'));
      }),
    );
    expect(formatDayForPeople(calendarDay('2026-12-01'))).toBe('Tue 1 Dec 2026');
    expect(() => formatDayForPeople(uncheckedDay('2026-02-30'))).toThrow(RangeError);
  });
});
