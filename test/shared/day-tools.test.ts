import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, formatDayForPeople } from '../../shared/calendar-day';
import { createDayTools } from '../../shared/day-tools';
import { formatInstantInZone, instantOf } from '../../shared/zoned-time';
import { calendarDay } from '../dates';

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => calendarDay(d.toISOString().slice(0, 10)));

describe('createDayTools', () => {
  it('formats and adds days exactly as calendar-day.ts does', () => {
    const tools = createDayTools();
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (value, amount) => {
        expect(tools.formatDay(value)).toBe(formatDayForPeople(value));
        expect(tools.addDays(value, amount)).toBe(addCalendarDays(value, amount));
      }),
      { numRuns: 300 },
    );
  });

  it('formats instants exactly as formatInstantInZone does, across zones and DST changes', () => {
    const tools = createDayTools();
    const zone = fc.constantFrom(
      'UTC',
      'Europe/London',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
    );
    const instant = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2040-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => instantOf(d));
    fc.assert(
      fc.property(instant, zone, (value, name) => {
        expect(tools.formatInstant(value, name)).toBe(formatInstantInZone(value, name));
      }),
      { numRuns: 300 },
    );
  });
});
