import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  implausibleDateQuestion,
  isPlannableDay,
  isPlannableInstant,
  outOfRangeMessage,
} from '../../shared/plannable-range';
import { calendarDay } from '../dates';

describe('the plannable range', () => {
  it('accepts the first and last day and refuses the days either side', () => {
    expect(isPlannableDay('1900-01-01')).toBe(true);
    expect(isPlannableDay('2199-12-31')).toBe(true);
    expect(isPlannableDay('1899-12-31')).toBe(false);
    expect(isPlannableDay('2200-01-01')).toBe(false);
  });

  it('refuses the slips people really make and the values that are no date at all', () => {
    for (const value of ['9999-12-31', '0202-06-01', '1000-00-00', '2026-02-30', '20261201', '', '2026-1-1'])
      expect(isPlannableDay(value), value).toBe(false);
  });

  it('checks instants against the same range, in UTC only', () => {
    expect(isPlannableInstant('2026-12-05T22:00:00.000Z')).toBe(true);
    expect(isPlannableInstant('2199-12-31T23:59:59.999Z')).toBe(true);
    expect(isPlannableInstant('2200-01-01T00:00:00.000Z')).toBe(false);
    expect(isPlannableInstant('1899-12-31T23:59:59.999Z')).toBe(false);
    expect(isPlannableInstant('9999-12-31T10:00:00.000Z')).toBe(false);
    expect(isPlannableInstant('2026-12-05T22:00:00+01:00')).toBe(false);
    expect(isPlannableInstant('2026-13-05T22:00:00Z')).toBe(false);
  });

  it('names the value in its message', () => {
    expect(outOfRangeMessage('9999-12-31')).toBe(
      '9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).',
    );
  });

  it('every day of the range is plannable, and every four-digit day outside is not', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1850-01-01T00:00:00Z'),
          max: new Date('2250-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const day = date.toISOString().slice(0, 10);
          expect(isPlannableDay(day)).toBe(day >= '1900-01-01' && day <= '2199-12-31');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the plausibility question', () => {
  const today = calendarDay('2026-12-02');

  it('asks about a year that looks like a slip, naming it', () => {
    expect(implausibleDateQuestion(calendarDay('2062-12-01'), today)).toBe(
      'Is 2062 right? That is more than 5 years ahead.',
    );
    expect(implausibleDateQuestion(calendarDay('2025-11-30'), today)).toBe(
      'Is 2025 right? That is more than a year ago.',
    );
  });

  it('stays quiet inside a year back and five years ahead', () => {
    expect(implausibleDateQuestion(calendarDay('2025-12-02'), today)).toBeNull();
    expect(implausibleDateQuestion(calendarDay('2031-12-02'), today)).toBeNull();
    expect(implausibleDateQuestion(calendarDay('2031-12-03'), today)).not.toBeNull();
    expect(implausibleDateQuestion(calendarDay('2026-12-02'), today)).toBeNull();
  });
});
