import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, weekdayOf } from '../../../shared/calendar-day';
import { findConflicts } from '../../../shared/conflicts/find-conflicts';
import type { MaintenanceWindow } from '../../../shared/types';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow } from '../../builders';
import {
  BASE,
  DAY,
  MINUTE,
  NOW,
  TODAY,
  disruption,
  input,
  iso,
  keys,
  launchAt,
  rankByTierKey,
  services,
  settings,
  tierKey,
  zone,
} from './conflict-fixtures';
import { calendarDay, utcInstant } from '../../dates';

describe('findConflicts: no false positives on a clear schedule (property)', () => {
  // Windows back to back or apart in January (touching allowed); launches from August 2025 (done by October) or
  // from March, at least 10 UTC days apart (8+ calendar days in any zone); items due from today on, within each person's limit.
  const windows = fc
    .array(
      fc.record({
        gap: fc.integer({ min: 0, max: 3000 }),
        length: fc.integer({ min: 1, max: 600 }),
        services,
        disruption,
      }),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((specs) => {
      let cursor = BASE;
      return specs.map((spec, n): MaintenanceWindow => {
        const start = cursor + spec.gap * MINUTE;
        cursor = start + spec.length * MINUTE;
        return makeMaintenanceWindow({
          id: `w${n}`,
          start: iso(start),
          end: iso(cursor),
          services: spec.services,
          disruption: spec.disruption,
        });
      });
    });
  const launchGroup = (from: number, prefix: string) =>
    fc
      .array(
        fc.record({
          gap: fc.integer({ min: 10, max: 20 }),
          minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
          zone,
          timed: fc.boolean(),
          tierKey,
        }),
        {
          maxLength: 4,
        },
      )
      .map((specs) => {
        let day = from;
        return specs.map((spec, n) => {
          day += spec.gap * DAY;
          const launch = launchAt(`${prefix}${n}`, day + spec.minute * MINUTE, spec.zone, {
            tierKey: spec.tierKey,
          });
          return spec.timed ? launch : { ...launch, launchTime: null };
        });
      });
  const items = fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 20 }),
      person: fc.constantFrom<string | null>('p-ada', 'p-ada', 'p-bo', null),
      done: fc.boolean(),
    }),
    { maxLength: 25 },
  );

  it('finds nothing', () => {
    fc.assert(
      fc.property(
        windows,
        launchGroup(Date.UTC(2025, 7, 1), 'aug'),
        launchGroup(Date.UTC(2026, 2, 1), 'mar'),
        items,
        fc.boolean(),
        (windowList, before, after, itemSpecs, businessDaysOnly) => {
          const itemList = itemSpecs.map((spec, n) => {
            let dueDate = addCalendarDays(TODAY, spec.day);
            // Business days only: keep clear items on weekdays.
            while (businessDaysOnly && [0, 6].includes(weekdayOf(dueDate)))
              dueDate = addCalendarDays(dueDate, 1);
            return makeChecklistItem({ id: `i${n}`, assigneeId: spec.person, dueDate, done: spec.done });
          });
          const load = new Map<string, number>();
          for (const item of itemList) {
            if (item.done || item.assigneeId === null) continue;
            const key = `${item.dueDate}/${item.assigneeId}`;
            load.set(key, (load.get(key) ?? 0) + 1);
          }
          const limit = Math.max(1, ...load.values());
          // Things that would conflict if they were not cancelled or done.
          const cancelledLaunch = launchAt('cx', Date.parse(windowList[0]?.start ?? NOW), 'UTC', {
            status: 'cancelled',
            tierKey: 'major',
          });
          const cancelledWindow = {
            ...(windowList[0] ?? makeMaintenanceWindow()),
            id: 'wcx',
            status: 'cancelled' as const,
          };
          const doneLate = makeChecklistItem({ id: 'late', dueDate: calendarDay('2026-01-01'), done: true });

          const conflicts = findConflicts({
            announcements: [...before, ...after, cancelledLaunch],
            windows: [...windowList, cancelledWindow],
            items: [...itemList, doneLate],
            tierRankOf: rankByTierKey,
            settings: settings({ businessDaysOnly, maxItemsPerPersonPerDay: limit }),
            today: TODAY,
          });
          expect(conflicts).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('findConflicts: the same answer whatever the input order (property)', () => {
  // A crowded five days, so most runs have several kinds of conflict (every kind shows up in a
  // few dozen to hundreds of runs out of 300, checked when the generator was tuned).
  const rarely = fc.constantFrom(false, false, false, true);
  const around = fc.integer({ min: 0, max: 5 * 24 * 60 }).map((minutes) => BASE + minutes * MINUTE);
  const windowArb = fc.record({
    start: around,
    length: fc.integer({ min: 30, max: 2 * 24 * 60 }),
    services,
    disruption,
    cancelled: rarely,
  });
  const launchArb = fc.record({ at: around, zone, timed: fc.boolean(), tierKey, cancelled: rarely });
  const itemArb = fc.record({
    day: fc.integer({ min: -2, max: 3 }),
    person: fc.constantFrom<string | null>('p-ada', 'p-ada', 'p-bo', null),
    done: fc.boolean(),
  });
  const permutation = (length: number) =>
    fc.array(fc.double({ noNaN: true }), { minLength: length, maxLength: length });
  const shuffle = <T>(list: T[], order: number[]): T[] =>
    list
      .map((value, n) => ({ value, rank: order[n] ?? 0 }))
      .sort((a, b) => a.rank - b.rank)
      .map((entry) => entry.value);

  it('keeps keys, messages and order when every list is shuffled', () => {
    fc.assert(
      fc.property(
        fc.array(windowArb, { maxLength: 6 }),
        fc.array(launchArb, { minLength: 1, maxLength: 6 }),
        fc.array(itemArb, { minLength: 6, maxLength: 24 }),
        permutation(6),
        permutation(6),
        permutation(24),
        fc.boolean(),
        (windowSpecs, launchSpecs, itemSpecs, windowOrder, launchOrder, itemOrder, businessDaysOnly) => {
          const windows = windowSpecs.map((spec, n) =>
            makeMaintenanceWindow({
              id: `w${n}`,
              start: iso(spec.start),
              end: iso(spec.start + spec.length * MINUTE),
              services: spec.services,
              disruption: spec.disruption,
              status: spec.cancelled ? 'cancelled' : 'planned',
            }),
          );
          const announcements = launchSpecs.map((spec, n) => {
            const launch = launchAt(`a${n}`, spec.at, spec.zone, {
              tierKey: spec.tierKey,
              status: spec.cancelled ? 'cancelled' : 'planned',
            });
            return spec.timed ? launch : { ...launch, launchTime: null };
          });
          const items = itemSpecs.map((spec, n) =>
            makeChecklistItem({
              id: `i${n}`,
              assigneeId: spec.person,
              dueDate: addCalendarDays(TODAY, spec.day),
              done: spec.done,
              parentId: `a${n % 3}`,
            }),
          );
          const base = input({
            announcements,
            windows,
            items,
            settings: settings({ businessDaysOnly, maxItemsPerPersonPerDay: 2 }),
          });
          const original = findConflicts(base);
          const shuffled = findConflicts({
            ...base,
            announcements: shuffle(announcements, launchOrder),
            windows: shuffle(windows, windowOrder),
            items: shuffle(items, itemOrder),
          });
          expect(shuffled).toEqual(original);
          expect(new Set(keys(original)).size).toBe(original.length);
          const known = new Set([...windows, ...announcements, ...items].map((record) => record.id));
          for (const conflict of original)
            for (const ref of conflict.refs) expect(known.has(ref.id)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('findConflicts: the list itself', () => {
  it('sorts by day then kind, names the parent of an item, and never repeats a key', () => {
    const parent = makeAnnouncement({
      id: 'p',
      title: 'Surveys',
      launchDate: calendarDay('2026-03-20'),
      tierKey: 'minor',
    });
    const late = makeChecklistItem({
      id: 'late',
      parentId: 'p',
      title: 'Write the docs',
      dueDate: calendarDay('2026-02-27'),
    });
    const window = makeMaintenanceWindow({
      id: 'w',
      start: utcInstant('2026-02-27T10:00:00.000Z'),
      end: utcInstant('2026-02-27T12:00:00.000Z'),
    });
    const launch = makeAnnouncement({ id: 'x', launchDate: calendarDay('2026-02-27'), tierKey: 'major' });
    const conflicts = findConflicts(
      input({ announcements: [parent, launch, launch], windows: [window], items: [late, late] }),
    );
    expect(conflicts.map((conflict) => conflict.kind)).toEqual(['launch-during-maintenance', 'overdue']);
    expect(conflicts[1]?.message).toContain('“Write the docs” for “Surveys”');
  });
});
