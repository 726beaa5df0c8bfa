import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../shared/calendar-day';
import { createConflictMemo } from '../../../shared/conflicts/conflict-memo';
import { findConflicts, type FindConflictsInput } from '../../../shared/conflicts/find-conflicts';
import type { Announcement, ChecklistItem, MaintenanceWindow, Instant } from '../../../shared/types';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow } from '../../builders';
import { TODAY, input, settings, zone } from './conflict-fixtures';
import { calendarDay } from '../../dates';
import { instantOf } from '../../../shared/zoned-time';

const HOUR = 60 * 60 * 1000;
const DAY0 = calendarDay('2026-02-23');
const at = (hours: number): Instant => instantOf(new Date(Date.parse(`${DAY0}T00:00:00Z`) + hours * HOUR));

// A small plan on a few crowded days, so every rule has something to find.
function startingPlan(): Pick<FindConflictsInput, 'announcements' | 'windows' | 'items'> {
  const announcements = [0, 1, 2, 3, 4].map((index) =>
    makeAnnouncement({
      id: `a-${index}`,
      title: `Launch ${index}`,
      launchDate: addCalendarDays(DAY0, index * 2),
      launchTime: index % 2 === 0 ? null : '10:00',
      timeZone: 'Europe/London',
      tierKey: index % 2 === 0 ? 'major' : 'minor',
    }),
  );
  const windows = [0, 1, 2].map((index) =>
    makeMaintenanceWindow({
      id: `w-${index}`,
      title: `Window ${index}`,
      start: at(index * 30),
      end: at(index * 30 + 40),
      services: ['Web'],
      disruption: 'downtime',
    }),
  );
  const items = Array.from({ length: 12 }, (_, index) =>
    makeChecklistItem({
      id: `i-${index}`,
      parentId: index < 10 ? `a-${index % 5}` : `w-${index % 3}`,
      parentKind: index < 10 ? 'announcement' : 'maintenance',
      title: `Item ${index}`,
      // Two of three items on one person, so the overload rule has work to do.
      assigneeId: index % 3 === 2 ? null : 'p-ana',
      dueDate: addCalendarDays(DAY0, index % 3),
    }),
  );
  return { announcements, windows, items };
}

type State = FindConflictsInput;

// Every edit replaces only the rows it changes, with new objects, as the app's plan reader does.
const replaceAt = <T>(rows: readonly T[], index: number, change: (row: T) => T): T[] =>
  rows.map((row, at) => (at === index % Math.max(rows.length, 1) ? change(row) : row));

const edit = fc.oneof(
  fc.record({
    kind: fc.constant('move-launch' as const),
    index: fc.nat(),
    days: fc.integer({ min: -6, max: 6 }),
  }),
  fc.record({ kind: fc.constant('retitle' as const), index: fc.nat(), title: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('cancel' as const), index: fc.nat(), cancelled: fc.boolean() }),
  fc.record({ kind: fc.constant('tier' as const), index: fc.nat(), major: fc.boolean() }),
  fc.record({
    kind: fc.constant('move-window' as const),
    index: fc.nat(),
    hours: fc.integer({ min: -72, max: 72 }),
  }),
  fc.record({ kind: fc.constant('item-done' as const), index: fc.nat(), done: fc.boolean() }),
  fc.record({
    kind: fc.constant('item-due' as const),
    index: fc.nat(),
    days: fc.integer({ min: -10, max: 10 }),
  }),
  fc.record({
    kind: fc.constant('assignee' as const),
    index: fc.nat(),
    name: fc.constantFrom('', 'Ana', 'Bo'),
  }),
  fc.record({
    kind: fc.constant('add-item' as const),
    parent: fc.nat(),
    days: fc.integer({ min: 0, max: 9 }),
  }),
  fc.record({ kind: fc.constant('remove-item' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('copy-row' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('today' as const), days: fc.integer({ min: -5, max: 12 }) }),
  fc.record({
    kind: fc.constant('settings' as const),
    businessDaysOnly: fc.boolean(),
    max: fc.integer({ min: 0, max: 3 }),
    zone,
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(state: State, change: Edit, serial: number): State {
  const launch = (a: Announcement, days: number) => ({
    ...a,
    launchDate: addCalendarDays(a.launchDate, days),
  });
  const shiftWindow = (w: MaintenanceWindow, hours: number) => ({
    ...w,
    start: instantOf(new Date(Date.parse(w.start) + hours * HOUR)),
    end: instantOf(new Date(Date.parse(w.end) + hours * HOUR)),
  });
  const item = (fn: (row: ChecklistItem) => ChecklistItem, index: number) => ({
    ...state,
    items: replaceAt(state.items, index, fn),
  });
  switch (change.kind) {
    case 'move-launch':
      return {
        ...state,
        announcements: replaceAt(state.announcements, change.index, (a) => launch(a, change.days)),
      };
    case 'retitle':
      // Titles of parents appear in their items' messages: a memo must notice.
      return change.index % 2 === 0
        ? {
            ...state,
            announcements: replaceAt(state.announcements, change.index, (a) => ({
              ...a,
              title: change.title,
            })),
          }
        : {
            ...state,
            windows: replaceAt(state.windows, change.index, (w) => ({ ...w, title: change.title })),
          };
    case 'cancel': {
      const status = change.cancelled ? ('cancelled' as const) : ('planned' as const);
      return change.index % 2 === 0
        ? { ...state, announcements: replaceAt(state.announcements, change.index, (a) => ({ ...a, status })) }
        : { ...state, windows: replaceAt(state.windows, change.index, (w) => ({ ...w, status })) };
    }
    case 'tier':
      return {
        ...state,
        announcements: replaceAt(state.announcements, change.index, (a) => ({
          ...a,
          tierKey: change.major ? 'major' : 'medium',
        })),
      };
    case 'move-window':
      return {
        ...state,
        windows: replaceAt(state.windows, change.index, (w) => shiftWindow(w, change.hours)),
      };
    case 'item-done':
      return item((row) => ({ ...row, done: change.done }), change.index);
    case 'item-due':
      return item((row) => ({ ...row, dueDate: addCalendarDays(row.dueDate, change.days) }), change.index);
    case 'assignee':
      return item((row) => ({ ...row, assignee: change.name }), change.index);
    case 'add-item': {
      const parent = state.announcements[change.parent % Math.max(state.announcements.length, 1)];
      const added = makeChecklistItem({
        id: `new-${serial}`,
        parentId: parent?.id ?? 'gone',
        title: `New ${serial}`,
        assigneeId: 'p-bo',
        dueDate: addCalendarDays(DAY0, change.days),
      });
      return { ...state, items: [...state.items, added] };
    }
    case 'remove-item':
      return {
        ...state,
        items: state.items.filter((_, at) => at !== change.index % Math.max(state.items.length, 1)),
      };
    case 'copy-row':
      // The same content in a new object (a re-read row): the memo must give the same answer.
      return { ...state, announcements: replaceAt(state.announcements, change.index, (a) => ({ ...a })) };
    case 'today':
      return { ...state, today: addCalendarDays(DAY0, change.days) };
    case 'settings':
      return {
        ...state,
        settings: settings({
          businessDaysOnly: change.businessDaysOnly,
          maxItemsPerPersonPerDay: change.max,
          timeZone: change.zone,
        }),
      };
  }
}

describe('findConflicts with a memo (issue 13: only what a write touched is judged again)', () => {
  it('equals the from-scratch result after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const memo = createConflictMemo();
        let state: State = input({ ...startingPlan(), today: TODAY });
        expect(findConflicts({ ...state, memo })).toEqual(findConflicts(state));
        edits.forEach((change, serial) => {
          state = apply(state, change, serial);
          expect(findConflicts({ ...state, memo })).toEqual(findConflicts(state));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('finds something in the starting plan, so the comparison is not between two empty lists', () => {
    const kinds = new Set(
      findConflicts(input({ ...startingPlan(), today: calendarDay('2026-03-01') })).map((c) => c.kind),
    );
    expect([...kinds].sort()).toEqual(
      [
        'launch-during-maintenance',
        'majors-too-close',
        'overdue',
        'overlapping-maintenance',
        'person-overloaded',
      ].sort(),
    );
  });
});
