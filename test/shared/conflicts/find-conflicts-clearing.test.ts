import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, weekdayOf } from '../../../shared/calendar-day';
import { findConflicts } from '../../../shared/conflicts/find-conflicts';
import { moveWindow } from '../../../shared/maintenance/window-moves';
import type { Announcement, ChecklistItem, Disruption, MaintenanceWindow } from '../../../shared/types';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow } from '../../builders';
import {
  BASE,
  DAY,
  MINUTE,
  NOW,
  TODAY,
  input,
  iso,
  keys,
  launchAt,
  settings,
  zone,
} from './conflict-fixtures';
import { calendarDay } from '../../dates';

describe('findConflicts: a conflict clears when its cause goes (property)', () => {
  const start = fc.integer({ min: 0, max: 300 * 24 * 60 }).map((minutes) => BASE + minutes * MINUTE);
  const length = fc.integer({ min: 1, max: 3 * 24 * 60 });

  it('launch during maintenance: move the launch away, cancel either side, or make the work unnoticeable', () => {
    fc.assert(
      fc.property(
        start,
        length,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        zone,
        fc.constantFrom<Disruption>('degraded', 'downtime'),
        (from, minutes, where, launchZone, level) => {
          const window = makeMaintenanceWindow({
            id: 'w',
            start: iso(from),
            end: iso(from + minutes * MINUTE),
            disruption: level,
          });
          const span = minutes * MINUTE + DAY;
          const launch = launchAt('a', from + Math.floor((where * span) / MINUTE) * MINUTE, launchZone);
          const key = 'launch-during-maintenance:a|w';
          const found = (announcements: Announcement[], windows: MaintenanceWindow[]) =>
            keys(findConflicts(input({ announcements, windows }))).includes(key);

          expect(found([launch], [window])).toBe(true);
          expect(found([launchAt('a', from - 2 * DAY, launchZone)], [window])).toBe(false);
          expect(found([launchAt('a', from + span + DAY, launchZone)], [window])).toBe(false);
          expect(found([{ ...launch, status: 'cancelled' }], [window])).toBe(false);
          expect(found([launch], [{ ...window, status: 'cancelled' }])).toBe(false);
          expect(found([launch], [{ ...window, disruption: 'none' }])).toBe(false);
          expect(found([launch], [moveWindow(window, iso(from + span + 3 * DAY), NOW)])).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('overlapping maintenance: move one window to start as the other ends, or cancel it', () => {
    fc.assert(
      fc.property(
        start,
        length,
        length,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (from, first, second, where) => {
          const a = makeMaintenanceWindow({
            id: 'a',
            start: iso(from),
            end: iso(from + first * MINUTE),
            services: ['Ingestion'],
          });
          const b = makeMaintenanceWindow({
            id: 'b',
            start: iso(from + Math.floor(where * first) * MINUTE),
            end: iso(from + (Math.floor(where * first) + second) * MINUTE),
            services: ['INGESTION'],
          });
          const found = (windows: MaintenanceWindow[]) =>
            keys(findConflicts(input({ windows }))).includes('overlapping-maintenance:a|b');
          expect(found([a, b])).toBe(true);
          expect(found([b, a])).toBe(true);
          expect(found([a, moveWindow(b, a.end, NOW)])).toBe(false);
          expect(found([a, { ...b, status: 'cancelled' }])).toBe(false);
          expect(found([a, { ...b, services: ['Web'] }])).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('majors too close: move one launch 8 days from the other, or make it smaller', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 7 }), (offset, gap) => {
        const day = addCalendarDays(calendarDay('2026-01-01'), offset);
        const a = makeAnnouncement({ id: 'a', launchDate: day, tierKey: 'major' });
        const b = makeAnnouncement({ id: 'b', launchDate: addCalendarDays(day, gap), tierKey: 'major' });
        const found = (announcements: Announcement[]) =>
          keys(findConflicts(input({ announcements }))).includes('majors-too-close:a|b');
        expect(found([a, b])).toBe(true);
        expect(found([b, a])).toBe(true);
        expect(found([a, { ...b, launchDate: addCalendarDays(day, 8) }])).toBe(false);
        expect(found([a, { ...b, launchDate: addCalendarDays(day, -8) }])).toBe(false);
        expect(found([a, { ...b, tierKey: 'medium' }])).toBe(false);
        expect(found([a, { ...b, status: 'cancelled' }])).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('item rules: mark it done, move it, reassign it, or cancel its parent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('Ada', ' bo '),
        (daysLate, limit, person) => {
          const parent = makeAnnouncement({
            id: 'p',
            launchDate: calendarDay('2026-09-01'),
            tierKey: 'minor',
          });
          const late = makeChecklistItem({
            id: 'late',
            parentId: 'p',
            dueDate: addCalendarDays(TODAY, -daysLate),
          });
          const overdue = (items: ChecklistItem[], announcements = [parent]) =>
            keys(findConflicts(input({ items, announcements }))).includes('overdue:late');
          expect(overdue([late])).toBe(true);
          expect(overdue([{ ...late, done: true }])).toBe(false);
          expect(overdue([{ ...late, dueDate: TODAY }])).toBe(false);
          expect(overdue([late], [{ ...parent, status: 'cancelled' }])).toBe(false);

          const crowd = Array.from({ length: limit + 1 }, (_, n) =>
            makeChecklistItem({
              id: `c${n}`,
              parentId: 'p',
              assigneeId: `p-${person.toLowerCase()}`,
              dueDate: TODAY,
            }),
          );
          const crowdKey = `person-overloaded:${crowd
            .map((item) => item.id)
            .sort()
            .join('|')}`;
          const overloaded = (items: ChecklistItem[]) =>
            keys(
              findConflicts(
                input({
                  items,
                  announcements: [parent],
                  settings: settings({ maxItemsPerPersonPerDay: limit }),
                }),
              ),
            ).includes(crowdKey);
          expect(overloaded(crowd)).toBe(true);
          expect(overloaded(crowd.map((item, n) => (n === 0 ? { ...item, done: true } : item)))).toBe(false);
          expect(
            overloaded(crowd.map((item, n) => (n === 0 ? { ...item, assigneeId: 'p-someone-else' } : item))),
          ).toBe(false);
          expect(
            overloaded(
              crowd.map((item, n) => (n === 0 ? { ...item, dueDate: addCalendarDays(TODAY, 1) } : item)),
            ),
          ).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('weekend due: turn business days only off, move it to a weekday, or mark it done', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.constantFrom(6, 0), (weeks, weekday) => {
        // 2026-03-07 is a Saturday.
        const dueDate = addCalendarDays(calendarDay('2026-03-07'), weeks * 7 + (weekday === 0 ? 1 : 0));
        const item = makeChecklistItem({ id: 'wk', dueDate });
        const found = (items: ChecklistItem[], businessDaysOnly = true) =>
          keys(findConflicts(input({ items, settings: settings({ businessDaysOnly }) }))).includes(
            'weekend-due:wk',
          );
        expect(weekdayOf(dueDate)).toBe(weekday);
        expect(found([item])).toBe(true);
        expect(found([item], false)).toBe(false);
        expect(found([{ ...item, done: true }])).toBe(false);
        expect(found([{ ...item, dueDate: addCalendarDays(dueDate, weekday === 6 ? -1 : 1) }])).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
