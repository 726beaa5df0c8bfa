import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDay } from '../../../shared/calendar-day';
import {
  expandSeries,
  nthOccurrenceStart,
  occurrenceAt,
  type WindowSeries,
} from '../../../shared/recurrence/expand';
import {
  occurrenceId,
  repeatsLabel,
  weekOfMonth,
  type Recurrence,
  type WindowOccurrence,
} from '../../../shared/recurrence/rule';
import { instantToLocal, localToInstant, toLocalDateTime, instantOf } from '../../../shared/zoned-time';
import { calendarDay, utcInstant } from '../../dates';
import type { Instant } from '../../../shared/types';

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];

function series(start: string, zone: string, recurrence: Recurrence, hours = 4): WindowSeries {
  const startInstant = localToInstant(toLocalDateTime(start), zone);
  return {
    id: 's1',
    title: 'Patch',
    start: startInstant,
    end: instantOf(new Date(Date.parse(startInstant) + hours * 3_600_000)),
    timeZone: zone,
    services: [],
    disruption: 'downtime',
    audience: 'affected',
    ownerId: null,
    status: 'planned',
    notes: '',
    audienceZones: [],
    createdAt: utcInstant('2026-11-01T00:00:00.000Z'),
    updatedAt: utcInstant('2026-11-01T00:00:00.000Z'),
    sequence: 0,
    recurrence,
  };
}

const rule = (patch: Partial<Recurrence>): Recurrence => ({
  freq: 'monthly',
  interval: 1,
  weekdays: [],
  monthlyBy: 'weekday',
  ends: { kind: 'never' },
  ...patch,
});

const wall = (instants: { start: Instant }[], zone: string) =>
  instants.map((o) => instantToLocal(o.start, zone));

/** Does `day` match the rule? Written from the definitions, one day at a time, as the reference. */
function naiveMatches(r: Recurrence, first: string, day: string): boolean {
  const [fy = 0, fm = 0, fd = 0] = first.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  const firstMs = Date.UTC(fy, fm - 1, fd);
  const dayMs = Date.UTC(y, m - 1, d);
  const days = Math.round((dayMs - firstMs) / 86_400_000);
  const weekday = new Date(dayMs).getUTCDay();
  const firstWeekday = new Date(firstMs).getUTCDay();
  if (r.freq === 'daily') return days % r.interval === 0;
  if (r.freq === 'weekly') {
    const wanted = r.weekdays.length ? r.weekdays : [firstWeekday];
    const mondayOfFirst = firstMs - ((firstWeekday + 6) % 7) * 86_400_000;
    const weeks = Math.floor((dayMs - mondayOfFirst) / (7 * 86_400_000));
    return wanted.includes(weekday) && weeks % r.interval === 0;
  }
  const months = (y - fy) * 12 + (m - fm);
  if (months % r.interval !== 0) return false;
  if (r.monthlyBy === 'date') return d === fd;
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const nth = weekOfMonth(fd);
  return weekday === firstWeekday && (nth === 5 ? d + 7 > length : Math.ceil(d / 7) === nth);
}

function naiveDays(r: Recurrence, first: string, lastDay: string): string[] {
  const out = [first];
  const until = r.ends.kind === 'until' ? r.ends.day : '9999-12-31';
  const count = r.ends.kind === 'count' ? r.ends.count : Infinity;
  for (let ms = Date.parse(`${first}T00:00:00Z`) + 86_400_000; ; ms += 86_400_000) {
    const day = new Date(ms).toISOString().slice(0, 10);
    if (day > lastDay || day > until || out.length >= count) break;
    if (naiveMatches(r, first, day)) out.push(day);
  }
  return first <= until ? out : [];
}

const ruleArb: fc.Arbitrary<Recurrence> = fc.record({
  freq: fc.constantFrom('daily' as const, 'weekly' as const, 'monthly' as const),
  interval: fc.integer({ min: 1, max: 4 }),
  weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }),
  monthlyBy: fc.constantFrom('date' as const, 'weekday' as const),
  ends: fc.oneof(
    fc.constant({ kind: 'never' as const }),
    fc.integer({ min: 1, max: 40 }).map((count) => ({ kind: 'count' as const, count })),
    fc.integer({ min: 0, max: 500 }).map((days) => ({
      kind: 'until' as const,
      day: calendarDay(new Date(Date.UTC(2027, 0, 1 + days)).toISOString().slice(0, 10)),
    })),
  ),
});
const startArb = fc
  .record({
    day: fc.integer({ min: 0, max: 400 }),
    hour: fc.integer({ min: 0, max: 23 }),
    half: fc.boolean(),
  })
  .map(({ day, hour, half }) => {
    const date = new Date(Date.UTC(2026, 11, 1 + day)).toISOString().slice(0, 10);
    return `${date}T${String(hour).padStart(2, '0')}:${half ? '30' : '00'}`;
  });

describe('expanding a repeating window', () => {
  it('puts a monthly 2nd-Tuesday 22:00 London window on each 2nd Tuesday at 22:00 local, across both DST changes', () => {
    const s = series('2027-01-12T22:00', 'Europe/London', rule({}));
    const got = expandSeries(
      s,
      [],
      utcInstant('2027-01-01T00:00:00.000Z'),
      utcInstant('2028-01-01T00:00:00.000Z'),
    );
    expect(wall(got, 'Europe/London')).toEqual(
      [
        '01-12',
        '02-09',
        '03-09',
        '04-13',
        '05-11',
        '06-08',
        '07-13',
        '08-10',
        '09-14',
        '10-12',
        '11-09',
        '12-14',
      ].map((md) => `2027-${md}T22:00`),
    );
    // 22:00 GMT in winter, 22:00 BST (21:00 UTC) in summer.
    expect(got[0]?.start).toBe('2027-01-12T22:00:00.000Z');
    expect(got[5]?.start).toBe('2027-06-08T21:00:00.000Z');
    expect(got.every((o) => Date.parse(o.end) - Date.parse(o.start) === 4 * 3_600_000)).toBe(true);
  });

  it('skips months without the 31st instead of rolling over (RFC 5545 3.3.10)', () => {
    const s = series(
      '2027-01-31T09:00',
      'UTC',
      rule({ monthlyBy: 'date', ends: { kind: 'count', count: 4 } }),
    );
    expect(
      wall(
        expandSeries(s, [], utcInstant('2027-01-01T00:00:00.000Z'), utcInstant('2028-01-01T00:00:00.000Z')),
        'UTC',
      ),
    ).toEqual(['2027-01-31T09:00', '2027-03-31T09:00', '2027-05-31T09:00', '2027-07-31T09:00']);
  });

  it('reads a 5th weekday as the last one of each month', () => {
    const s = series('2027-03-30T23:00', 'UTC', rule({ ends: { kind: 'count', count: 3 } }));
    expect(
      wall(
        expandSeries(s, [], utcInstant('2027-01-01T00:00:00.000Z'), utcInstant('2028-01-01T00:00:00.000Z')),
        'UTC',
      ),
    ).toEqual(['2027-03-30T23:00', '2027-04-27T23:00', '2027-05-25T23:00']);
  });

  it('keeps a wall time the spring change skips resolved forward, never on a nonexistent instant twice', () => {
    const s = series(
      '2027-03-27T01:30',
      'Europe/London',
      rule({ freq: 'daily', ends: { kind: 'count', count: 3 } }),
      1,
    );
    expect(
      wall(
        expandSeries(s, [], utcInstant('2027-03-01T00:00:00.000Z'), utcInstant('2027-04-01T00:00:00.000Z')),
        'Europe/London',
      ),
    ).toEqual(['2027-03-27T01:30', '2027-03-28T02:30', '2027-03-29T01:30']);
  });

  it('matches a naive day-by-day reference for any rule, zone and start (count and until honoured)', () => {
    fc.assert(
      fc.property(ruleArb, startArb, fc.constantFrom(...ZONES), (r, start, zone) => {
        const s = series(start, zone, r, 2);
        const got = expandSeries(s, [], s.start, utcInstant('2029-01-01T00:00:00.000Z'));
        const days = got.map((o) => instantToLocal(o.originalStart, zone).slice(0, 10));
        const lastDay = instantToLocal(utcInstant('2029-01-01T00:00:00.000Z'), zone).slice(0, 10);
        const expected = naiveDays(r, start.slice(0, 10), lastDay).filter(
          (day) =>
            Date.parse(localToInstant(toLocalDateTime(`${day}T${start.slice(11)}`), zone)) <
            Date.parse('2029-01-01T00:00:00.000Z'),
        );
        expect(days).toEqual(expected);
        expect(days.every(isCalendarDay)).toBe(true);
        if (r.ends.kind === 'count') expect(days.length).toBeLessThanOrEqual(r.ends.count);
        if (r.ends.kind === 'until')
          expect(days.every((day) => day <= (r.ends as { day: string }).day)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('respects exceptions: a cancelled one is marked, a moved one is found at its new time only', () => {
    fc.assert(
      fc.property(
        ruleArb,
        startArb,
        fc.nat(),
        fc.integer({ min: 1, max: 72 }),
        (r, start, pick, shiftHours) => {
          const s = series(start, 'Europe/London', r, 2);
          const all = expandSeries(s, [], s.start, utcInstant('2029-01-01T00:00:00.000Z'));
          const target = all[pick % all.length];
          if (!target) return;
          const movedStart = instantOf(new Date(Date.parse(target.originalStart) + shiftHours * 3_600_000));
          const change = (patch: Partial<WindowOccurrence>): WindowOccurrence => ({
            id: occurrenceId(s.id, target.originalStart),
            seriesId: s.id,
            originalStart: target.originalStart,
            start: null,
            end: null,
            cancelled: false,
            comms: {},
            updatedAt: s.updatedAt,
            sequence: 1,
            ...patch,
          });
          const cancelled = expandSeries(
            s,
            [change({ cancelled: true })],
            s.start,
            utcInstant('2030-01-01T00:00:00.000Z'),
          );
          expect(cancelled.filter((o) => o.cancelled).map((o) => o.originalStart)).toEqual([
            target.originalStart,
          ]);
          const movedEnd = instantOf(new Date(Date.parse(movedStart) + 3_600_000));
          const moved = expandSeries(s, [change({ start: movedStart, end: movedEnd })], movedStart, movedEnd);
          expect(moved.filter((o) => o.moved)).toEqual([
            expect.objectContaining({
              originalStart: target.originalStart,
              start: movedStart,
              end: movedEnd,
            }),
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('finds an occurrence by its original start and by its index', () => {
    const s = series('2027-01-12T22:00', 'Europe/London', rule({}));
    expect(nthOccurrenceStart(s, 5)).toBe('2027-06-08T21:00:00.000Z');
    expect(occurrenceAt(s, utcInstant('2027-06-08T21:00:00.000Z'))?.index).toBe(5);
    expect(occurrenceAt(s, utcInstant('2027-06-09T21:00:00.000Z'))).toBeNull();
    expect(repeatsLabel(s.recurrence)).toBe('repeats monthly');
    expect(repeatsLabel(rule({ freq: 'weekly', interval: 2 }))).toBe('repeats every 2 weeks');
  });

  it('hostile input: a daily series over the whole plannable range answers a far range quickly and capped', () => {
    const s = series('1900-01-01T00:00', 'UTC', rule({ freq: 'daily' }), 1);
    const began = Date.now();
    const got = expandSeries(
      s,
      [],
      utcInstant('2199-12-01T00:00:00.000Z'),
      utcInstant('2199-12-31T23:59:00.000Z'),
    );
    expect(got).toHaveLength(31);
    expect(Date.now() - began).toBeLessThan(2000);
    expect(
      expandSeries(s, [], utcInstant('1900-01-01T00:00:00.000Z'), utcInstant('2199-12-31T23:59:00.000Z')),
    ).toHaveLength(2000);
  });
});
