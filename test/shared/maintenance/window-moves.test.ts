import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  moveWindow,
  resizeWindow,
  shiftWindowByDays,
  windowDurationMinutes,
} from '../../../shared/maintenance/window-moves';
import { instantToLocal, instantOf } from '../../../shared/zoned-time';
import { NOW, makeWindow, windowFromLocal } from './builders';
import { uncheckedInstant, utcInstant } from '../../dates';
import type { Instant } from '../../../shared/types';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const other = (zone: string): string => (zone === LONDON ? NEW_YORK : LONDON);

type DstCase = {
  name: string;
  zone: string;
  local: [string, string];
  days: number;
  hours: number;
  /** Expected after the move, worked out by hand from the 2026 offsets. */
  utc: [Instant, Instant];
  wall: [string, string];
  otherWall: [string, string];
};

// 2026 changes: London GMT→BST 29 Mar 01:00Z, BST→GMT 25 Oct 01:00Z;
// New York EST→EDT 8 Mar 07:00Z, EDT→EST 1 Nov 06:00Z.
const CASES: DstCase[] = [
  {
    name: 'London, a window across the March change, dragged a day later',
    zone: LONDON,
    local: ['2026-03-28T22:00', '2026-03-29T04:00'],
    days: 1,
    hours: 5,
    utc: [utcInstant('2026-03-29T21:00:00.000Z'), utcInstant('2026-03-30T02:00:00.000Z')],
    wall: ['2026-03-29T22:00', '2026-03-30T03:00'],
    otherWall: ['2026-03-29T17:00', '2026-03-29T22:00'],
  },
  {
    name: 'London, a GMT window dragged onto the March change night',
    zone: LONDON,
    local: ['2026-03-27T23:00', '2026-03-28T03:00'],
    days: 1,
    hours: 4,
    utc: [utcInstant('2026-03-28T23:00:00.000Z'), utcInstant('2026-03-29T03:00:00.000Z')],
    wall: ['2026-03-28T23:00', '2026-03-29T04:00'],
    otherWall: ['2026-03-28T19:00', '2026-03-28T23:00'],
  },
  {
    name: 'London, a BST window dragged a day earlier, ending on the first BST minute',
    zone: LONDON,
    local: ['2026-03-29T22:00', '2026-03-30T01:00'],
    days: -1,
    hours: 3,
    utc: [utcInstant('2026-03-28T22:00:00.000Z'), utcInstant('2026-03-29T01:00:00.000Z')],
    wall: ['2026-03-28T22:00', '2026-03-29T02:00'],
    otherWall: ['2026-03-28T18:00', '2026-03-28T21:00'],
  },
  {
    name: 'London, a window across the October change, dragged a day later',
    zone: LONDON,
    local: ['2026-10-24T23:00', '2026-10-25T03:00'],
    days: 1,
    hours: 5,
    utc: [utcInstant('2026-10-25T23:00:00.000Z'), utcInstant('2026-10-26T04:00:00.000Z')],
    wall: ['2026-10-25T23:00', '2026-10-26T04:00'],
    otherWall: ['2026-10-25T19:00', '2026-10-26T00:00'],
  },
  {
    name: 'London, a BST window dragged onto the October change night',
    zone: LONDON,
    local: ['2026-10-23T23:00', '2026-10-24T03:00'],
    days: 1,
    hours: 4,
    utc: [utcInstant('2026-10-24T22:00:00.000Z'), utcInstant('2026-10-25T02:00:00.000Z')],
    wall: ['2026-10-24T23:00', '2026-10-25T02:00'],
    otherWall: ['2026-10-24T18:00', '2026-10-24T22:00'],
  },
  {
    name: 'New York, a window across the March change, dragged a day later',
    zone: NEW_YORK,
    local: ['2026-03-07T23:00', '2026-03-08T05:00'],
    days: 1,
    hours: 5,
    utc: [utcInstant('2026-03-09T03:00:00.000Z'), utcInstant('2026-03-09T08:00:00.000Z')],
    wall: ['2026-03-08T23:00', '2026-03-09T04:00'],
    otherWall: ['2026-03-09T03:00', '2026-03-09T08:00'],
  },
  {
    name: 'New York, an EST window dragged onto the March change night',
    zone: NEW_YORK,
    local: ['2026-03-06T22:00', '2026-03-07T02:00'],
    days: 1,
    hours: 4,
    utc: [utcInstant('2026-03-08T03:00:00.000Z'), utcInstant('2026-03-08T07:00:00.000Z')],
    wall: ['2026-03-07T22:00', '2026-03-08T03:00'],
    otherWall: ['2026-03-08T03:00', '2026-03-08T07:00'],
  },
  {
    name: 'New York, a window across the November change, dragged a day later',
    zone: NEW_YORK,
    local: ['2026-10-31T23:00', '2026-11-01T03:00'],
    days: 1,
    hours: 5,
    utc: [utcInstant('2026-11-02T04:00:00.000Z'), utcInstant('2026-11-02T09:00:00.000Z')],
    wall: ['2026-11-01T23:00', '2026-11-02T04:00'],
    otherWall: ['2026-11-02T04:00', '2026-11-02T09:00'],
  },
  {
    name: 'New York, an EDT window dragged onto the November change night, ending in the repeated hour',
    zone: NEW_YORK,
    local: ['2026-10-30T22:00', '2026-10-31T02:00'],
    days: 1,
    hours: 4,
    utc: [utcInstant('2026-11-01T02:00:00.000Z'), utcInstant('2026-11-01T06:00:00.000Z')],
    wall: ['2026-10-31T22:00', '2026-11-01T01:00'],
    otherWall: ['2026-11-01T02:00', '2026-11-01T06:00'],
  },
];

describe('moving windows across daylight-saving changes', () => {
  it.each(CASES)('$name', (c) => {
    const window = windowFromLocal(c.local[0], c.local[1], c.zone);
    expect(windowDurationMinutes(window)).toBe(c.hours * 60);

    const moved = shiftWindowByDays(window, c.days, c.zone, NOW);
    expect([moved.start, moved.end]).toEqual(c.utc);
    expect(windowDurationMinutes(moved)).toBe(c.hours * 60);
    expect([instantToLocal(moved.start, c.zone), instantToLocal(moved.end, c.zone)]).toEqual(c.wall);
    const otherZone = other(c.zone);
    expect([instantToLocal(moved.start, otherZone), instantToLocal(moved.end, otherZone)]).toEqual(
      c.otherWall,
    );

    // The drag is a plain move to the new start: the same result through moveWindow.
    expect(moveWindow(window, c.utc[0], NOW)).toEqual(moved);
  });
});

describe('moveWindow', () => {
  const instant = fc
    .integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2026, 11, 31) / 60_000 })
    .map((minutes) => instantOf(new Date(minutes * 60_000)));

  it('keeps the real duration, bumps sequence and stamps updatedAt (property)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 3 * 24 * 60 }), instant, (start, minutes, newStart) => {
        const end = instantOf(new Date(Date.parse(start) + minutes * 60_000));
        const window = makeWindow({ start, end, sequence: 3 });
        const moved = moveWindow(window, newStart, NOW);
        expect(moved.start).toBe(newStart);
        expect(windowDurationMinutes(moved)).toBe(minutes);
        if (newStart === start) {
          expect(moved).toBe(window);
        } else {
          expect(moved.sequence).toBe(4);
          expect(moved.updatedAt).toBe(NOW);
        }
        expect(window.start).toBe(start);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the start wall time when dragged by whole days in London or New York (property)', () => {
    // Hours 04–23 avoid the 01:00–03:00 change hours, where a wall time can be skipped or repeated.
    const day = fc
      .integer({ min: 0, max: 364 })
      .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    const time = fc.tuple(fc.integer({ min: 4, max: 23 }), fc.constantFrom(0, 15, 30, 45));
    fc.assert(
      fc.property(
        fc.constantFrom(LONDON, NEW_YORK),
        day,
        time,
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: -60, max: 60 }),
        (zone, startDay, [hour, minute], minutes, days) => {
          const startLocal = `${startDay}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const window = windowFromLocal(startLocal, startLocal, zone);
          const sized = {
            ...window,
            end: instantOf(new Date(Date.parse(window.start) + minutes * 60_000)),
          };
          const moved = shiftWindowByDays(sized, days, zone, NOW);
          expect(instantToLocal(moved.start, zone).slice(11)).toBe(startLocal.slice(11));
          expect(windowDurationMinutes(moved)).toBe(minutes);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('resizeWindow', () => {
  const window = makeWindow({
    start: utcInstant('2026-12-05T22:00:00.000Z'),
    end: utcInstant('2026-12-06T02:00:00.000Z'),
    sequence: 1,
  });

  it('changes only the end and bumps sequence', () => {
    const result = resizeWindow(window, utcInstant('2026-12-06T03:30:00.000Z'), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.window.start).toBe(window.start);
    expect(result.window.end).toBe('2026-12-06T03:30:00.000Z');
    expect(result.window.sequence).toBe(2);
    expect(result.window.updatedAt).toBe(NOW);
  });

  it('refuses an end at or before the start, and unreadable ends', () => {
    expect(resizeWindow(window, window.start, NOW)).toEqual({ ok: false, error: 'End must be after start.' });
    expect(resizeWindow(window, utcInstant('2026-12-05T21:00:00.000Z'), NOW).ok).toBe(false);
    expect(resizeWindow(window, uncheckedInstant('soon'), NOW).ok).toBe(false);
  });

  it('across the London October change, a 01:00 GMT end is 4 real hours after a 22:00 BST start', () => {
    const before = windowFromLocal('2026-10-24T22:00', '2026-10-24T23:00', LONDON);
    const result = resizeWindow(before, utcInstant('2026-10-25T01:00:00.000Z'), NOW);
    expect(result.ok && windowDurationMinutes(result.window)).toBe(4 * 60);
    expect(result.ok && instantToLocal(result.window.end, LONDON)).toBe('2026-10-25T01:00');
  });
});
