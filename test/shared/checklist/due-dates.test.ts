import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween, weekdayOf } from '../../../shared/calendar-day';
import { dueDateForOffset, nextArrayEdition } from '../../../shared/checklist/due-dates';
import { dayArb, launchOffsetArb } from './arbitraries';
import { calendarDay } from '../../dates';
import type { CalendarDay } from '../../../shared/types';

// The tests' own oracle: walk forward a day at a time to the edition day, clamped to the month.
function editionByWalking(day: CalendarDay, dayOfMonth: number): CalendarDay {
  let candidate = day;
  for (;;) {
    const [year, month, date] = candidate.split('-').map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (date === Math.min(dayOfMonth, lastDay)) return candidate;
    candidate = addCalendarDays(candidate, 1);
  }
}

describe('nextArrayEdition', () => {
  it.each([
    ['2026-03-10', 15, '2026-03-15'],
    ['2026-03-15', 15, '2026-03-15'],
    ['2026-03-16', 15, '2026-04-15'],
    ['2026-12-20', 15, '2027-01-15'],
    ['2026-02-10', 31, '2026-02-28'],
    ['2028-02-10', 30, '2028-02-29'],
    ['2026-03-01', 31, '2026-03-31'],
    ['2026-04-30', 31, '2026-04-30'],
  ])('from %s with editions on day %i → %s', (day, dayOfMonth, expected) => {
    expect(nextArrayEdition(calendarDay(day), dayOfMonth)).toBe(expected);
  });

  it('is the first edition day on or after the day (property)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 31 }), (day, dayOfMonth) => {
        expect(nextArrayEdition(day, dayOfMonth)).toBe(editionByWalking(day, dayOfMonth));
      }),
      { numRuns: 300 },
    );
  });
});

describe('dueDateForOffset', () => {
  it('counts launch offsets in calendar days when weekends are allowed', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: -365, max: 365 }),
        fc.integer({ min: 1, max: 28 }),
        (launch, days, dom) => {
          const due = dueDateForOffset({ kind: 'launch', days }, launch, {
            arrayDayOfMonth: dom,
            businessDaysOnly: false,
          });
          expect(calendarDaysBetween(launch, due)).toBe(days);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('moves weekend due days to the Friday before in business-day mode', () => {
    const settings = { arrayDayOfMonth: 15, businessDaysOnly: true };
    // 2026-08-15 is a Saturday, 2026-08-16 a Sunday.
    expect(dueDateForOffset({ kind: 'launch', days: 0 }, calendarDay('2026-08-15'), settings)).toBe(
      '2026-08-14',
    );
    expect(dueDateForOffset({ kind: 'launch', days: 1 }, calendarDay('2026-08-15'), settings)).toBe(
      '2026-08-14',
    );
    expect(dueDateForOffset({ kind: 'next-array' }, calendarDay('2026-08-01'), settings)).toBe('2026-08-14');
    expect(
      dueDateForOffset({ kind: 'next-array' }, calendarDay('2026-08-01'), {
        ...settings,
        businessDaysOnly: false,
      }),
    ).toBe('2026-08-15');
  });

  it('never yields a Saturday or Sunday in business-day mode (property)', () => {
    fc.assert(
      fc.property(dayArb, launchOffsetArb, fc.integer({ min: 1, max: 31 }), (launch, offset, dom) => {
        const due = dueDateForOffset(offset, launch, { arrayDayOfMonth: dom, businessDaysOnly: true });
        expect([0, 6]).not.toContain(weekdayOf(due));
        const plain = dueDateForOffset(offset, launch, { arrayDayOfMonth: dom, businessDaysOnly: false });
        expect(calendarDaysBetween(due, plain)).toBeGreaterThanOrEqual(0);
        expect(calendarDaysBetween(due, plain)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a maintenance offset against the day as whole days, rounding earlier', () => {
    const settings = { arrayDayOfMonth: 15, businessDaysOnly: false };
    expect(
      dueDateForOffset(
        { kind: 'maintenance', anchor: 'start', minutes: -1 },
        calendarDay('2026-05-10'),
        settings,
      ),
    ).toBe('2026-05-09');
    expect(
      dueDateForOffset(
        { kind: 'maintenance', anchor: 'end', minutes: 2 * 1440 },
        calendarDay('2026-05-10'),
        settings,
      ),
    ).toBe('2026-05-12');
  });
});
