import type { LocalDateTime } from '../../shared/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatInstantInZone,
  instantToDay,
  instantToLocal,
  isKnownTimeZone,
  isLocalDateTime,
  localToInstant,
  minutesBetween,
  sameTimeOnDay,
  zoneAbbreviation,
  toLocalDateTime,
  trustedLocalDateTime,
  localDay,
  instantOf,
} from '../../shared/zoned-time';
import { addCalendarDays } from '../../shared/calendar-day';
import { calendarDay, utcInstant } from '../dates';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'UTC',
  'Pacific/Chatham',
];

const HOUR = 3_600_000;

/** The zone's offset from UTC in minutes at `ms`, read off its wall clock. */
function offsetMinutes(ms: number, zone: string): number {
  return (Date.parse(`${instantToLocal(instantOf(new Date(ms)), zone)}:00Z`) - ms) / 60_000;
}

/**
 * Every moment 2020–2035 at which one of ZONES changes its offset (to the minute), found by stepping a
 * day at a time and bisecting each change. Uniform instants land in a DST hour about once in 4,000 draws.
 */
const ZONE_CHANGES: number[] = ZONES.flatMap((zone) => {
  const changes: number[] = [];
  for (let ms = Date.UTC(2020, 0, 1); ms < Date.UTC(2035, 0, 1); ms += 24 * HOUR) {
    if (offsetMinutes(ms, zone) === offsetMinutes(ms + 24 * HOUR, zone)) continue;
    let [low, high] = [ms, ms + 24 * HOUR];
    while (high - low > 60_000) {
      const middle = Math.floor((low + high) / 120_000) * 60_000;
      if (offsetMinutes(middle, zone) === offsetMinutes(low, zone)) low = middle;
      else high = middle;
    }
    changes.push(high);
  }
  return changes;
});

/** Whole minutes 2020–2035, three draws in four within three hours of a zone's offset change. */
const instantsNearZoneChanges = fc.oneof(
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 })
      .map((m) => m * 60_000),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...ZONE_CHANGES), fc.integer({ min: -180, max: 180 }))
      .map(([change, minutes]) => change + minutes * 60_000),
  },
);

describe('wall times and instants', () => {
  it('reads ordinary wall times in each zone', () => {
    expect(localToInstant(toLocalDateTime('2026-07-01T12:00'), 'Europe/London')).toBe(
      '2026-07-01T11:00:00.000Z',
    );
    expect(localToInstant(toLocalDateTime('2026-07-01T12:00'), 'America/New_York')).toBe(
      '2026-07-01T16:00:00.000Z',
    );
    expect(localToInstant(toLocalDateTime('2026-07-01T12:00'), 'Asia/Kolkata')).toBe(
      '2026-07-01T06:30:00.000Z',
    );
    expect(localToInstant(toLocalDateTime('2026-12-05T22:00'), 'UTC')).toBe('2026-12-05T22:00:00.000Z');
  });

  it('reads a time skipped by the spring change with the offset before the gap (RFC 5545)', () => {
    // London skips 01:00–02:00 on 29 March 2026; New York skips 02:00–03:00 on 8 March 2026.
    expect(localToInstant(toLocalDateTime('2026-03-29T01:30'), 'Europe/London')).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(instantToLocal(utcInstant('2026-03-29T01:30:00.000Z'), 'Europe/London')).toBe('2026-03-29T02:30');
    expect(localToInstant(toLocalDateTime('2026-03-08T02:30'), 'America/New_York')).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('reads a time that happens twice as its first occurrence, in every zone alike', () => {
    expect(localToInstant(toLocalDateTime('2026-10-25T01:30'), 'Europe/London')).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(localToInstant(toLocalDateTime('2026-11-01T01:30'), 'America/New_York')).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('counts real minutes across daylight-saving changes', () => {
    const londonSpring = minutesBetween(
      localToInstant(toLocalDateTime('2026-03-28T22:00'), 'Europe/London'),
      localToInstant(toLocalDateTime('2026-03-29T04:00'), 'Europe/London'),
    );
    const londonAutumn = minutesBetween(
      localToInstant(toLocalDateTime('2026-10-24T22:00'), 'Europe/London'),
      localToInstant(toLocalDateTime('2026-10-25T04:00'), 'Europe/London'),
    );
    const newYorkSpring = minutesBetween(
      localToInstant(toLocalDateTime('2026-03-07T22:00'), 'America/New_York'),
      localToInstant(toLocalDateTime('2026-03-08T04:00'), 'America/New_York'),
    );
    expect([londonSpring, londonAutumn, newYorkSpring]).toEqual([5 * 60, 7 * 60, 5 * 60]);
  });

  it('round-trips every instant through its wall time in any of several zones, DST changes above all', () => {
    fc.assert(
      fc.property(instantsNearZoneChanges, fc.constantFrom(...ZONES), (ms, zone) => {
        const instant = instantOf(new Date(ms));
        const local = instantToLocal(instant, zone);
        const back = localToInstant(local, zone);
        // The same wall time, and never a later occurrence than the one we started from.
        expect(instantToLocal(back, zone)).toBe(local);
        expect(new Date(back).getTime()).toBeLessThanOrEqual(ms);
        expect(instantToDay(instant, zone)).toBe(local.slice(0, 10));
      }),
      { numRuns: 1000 },
    );
  });

  it('moves a moment to another day at the same wall time, across DST changes', () => {
    fc.assert(
      fc.property(
        instantsNearZoneChanges,
        fc.integer({ min: -40, max: 40 }),
        fc.constantFrom(...ZONES),
        (ms, days, zone) => {
          const instant = instantOf(new Date(ms));
          const local = instantToLocal(instant, zone);
          const day = addCalendarDays(localDay(local), days);
          const moved = sameTimeOnDay(instant, day, zone);
          expect(instantToDay(moved, zone)).toBe(day);
          // The wall time survives unless the new day skips it (spring gap): then it is an hour or less later.
          const lag =
            (Date.parse(`1970-01-01T${instantToLocal(moved, zone).slice(11)}Z`) -
              Date.parse(`1970-01-01T${local.slice(11)}Z`)) /
            60_000;
          expect(lag === 0 || (lag > 0 && lag <= 60)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    expect(
      sameTimeOnDay(utcInstant('2026-03-27T22:15:00.000Z'), calendarDay('2026-03-30'), 'Europe/London'),
    ).toBe('2026-03-30T21:15:00.000Z');
  });

  it('rejects what it cannot read', () => {
    expect(isLocalDateTime('2026-02-30T10:00')).toBe(false);
    expect(isLocalDateTime('2026-12-05T24:00')).toBe(false);
    expect(isLocalDateTime('2026-12-05 22:00')).toBe(false);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(() => localToInstant('tomorrow' as LocalDateTime, 'UTC')).toThrow(/Not a local date-time/);
    expect(() => localToInstant(toLocalDateTime('2026-12-05T22:00'), 'Nowhere/City')).toThrow(
      /Unknown time zone/,
    );
  });

  it('names zones the way people say them', () => {
    expect(zoneAbbreviation(utcInstant('2026-07-01T12:00:00Z'), 'Europe/London')).toBe('BST');
    expect(zoneAbbreviation(utcInstant('2026-12-01T12:00:00Z'), 'America/New_York')).toBe('EST');
    expect(formatInstantInZone(utcInstant('2026-12-05T22:00:00.000Z'), 'Europe/London')).toBe(
      'Sat 5 Dec 2026, 22:00 GMT',
    );
    expect(formatInstantInZone(utcInstant('2026-12-05T22:00:00.000Z'), 'America/New_York')).toBe(
      'Sat 5 Dec 2026, 17:00 EST',
    );
  });
});

describe('toLocalDateTime and trustedLocalDateTime', () => {
  it('lets a real wall-clock time through as it is', () => {
    expect(toLocalDateTime('2026-12-05T22:00')).toBe('2026-12-05T22:00');
    expect(trustedLocalDateTime('2026-03-29T01:30')).toBe('2026-03-29T01:30');
  });

  it('hostile input: an instant, a day alone, 24:00 or 30 February is refused, not minted', () => {
    for (const text of ['2026-12-05T22:00:00.000Z', '2026-12-05', '2026-12-05T24:00', '2026-02-30T09:00', ''])
      expect(() => toLocalDateTime(text)).toThrow(/Not a local date-time/);
  });
});
