import fc from 'fast-check';
import { addCalendarDays, isCalendarDay } from '../../../shared/calendar-day';
import type { FindConflictsInput } from '../../../shared/conflicts/find-conflicts';
import type { Announcement, ChecklistItem, MaintenanceWindow, Person } from '../../../shared/types';
import { instantOf } from '../../../shared/zoned-time';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow, makePerson } from '../../builders';
import { calendarDay, uncheckedDay, uncheckedInstant } from '../../dates';
import { settings, zone } from './conflict-fixtures';

/*
 * A plan as the app holds it (every unchanged row the same object from one version to the next)
 * and the edits a planner, a sync or a damaged store can make to it, for the incremental-conflicts
 * property: each edit replaces only the rows it changes, with new objects.
 */

const HOUR = 60 * 60 * 1000;
export const DAY0 = calendarDay('2026-02-23');
const at = (hours: number) => instantOf(new Date(Date.parse(`${DAY0}T00:00:00Z`) + hours * HOUR));

/** The plan, with the template sets reduced to which tier key ranks 1. */
export type Plan = Omit<FindConflictsInput, 'tierRankOf' | 'tierRankSource' | 'memo'> & {
  announcements: Announcement[];
  windows: MaintenanceWindow[];
  items: ChecklistItem[];
  people: Person[];
  templates: { major: string };
};

/** The input the app hands in: a new rank closure every call, over the same template object. */
export function toInput(plan: Plan): FindConflictsInput {
  const { templates, ...rest } = plan;
  return { ...rest, tierRankOf: (a) => (a.tierKey === templates.major ? 1 : 2), tierRankSource: templates };
}

const PEOPLE = ['p-ana', 'p-bo', 'p-cy', null] as const;

/** A few crowded days, so every rule has something to find from the start. */
export function startingPlan(): Plan {
  const announcements = Array.from({ length: 6 }, (_, index) =>
    makeAnnouncement({
      id: `a-${index}`,
      title: `Launch ${index}`,
      launchDate: addCalendarDays(DAY0, index * 2),
      launchTime: index % 2 === 0 ? null : '10:00',
      timeZone: 'Europe/London',
      tierKey: index % 3 === 0 ? 'medium' : 'major',
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
  const items = Array.from({ length: 16 }, (_, index) =>
    makeChecklistItem({
      id: `i-${index}`,
      parentId: index < 12 ? `a-${index % 6}` : index < 15 ? `w-${index % 3}` : 'gone',
      title: `Item ${index}`,
      assigneeId: PEOPLE[index % 4] ?? null,
      // Mondays and Saturdays: overdue by today, due on a weekend, and crowded for Ana.
      dueDate: addCalendarDays(DAY0, (index % 2) * 5),
    }),
  );
  const people = ['Ana', 'Bo'].map((name) => makePerson(name));
  return {
    announcements,
    windows,
    items,
    people,
    templates: { major: 'major' },
    settings: settings({ maxItemsPerPersonPerDay: 2 }),
    today: addCalendarDays(DAY0, 3),
  };
}

const store = fc.constantFrom('announcements' as const, 'windows' as const, 'items' as const);
const edit = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), index: fc.nat(), days: fc.integer({ min: -8, max: 8 }) }),
  fc.record({
    kind: fc.constant('retitle' as const),
    store,
    index: fc.nat(),
    title: fc.string({ maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('cancel' as const), store, index: fc.nat(), on: fc.boolean() }),
  fc.record({
    kind: fc.constant('tier' as const),
    index: fc.nat(),
    tier: fc.constantFrom('major', 'medium'),
  }),
  fc.record({
    kind: fc.constant('move-window' as const),
    index: fc.nat(),
    hours: fc.integer({ min: -72, max: 72 }),
  }),
  fc.record({
    kind: fc.constant('item-due' as const),
    index: fc.nat(),
    days: fc.integer({ min: -5, max: 5 }),
  }),
  fc.record({ kind: fc.constant('reassign' as const), index: fc.nat(), person: fc.constantFrom(...PEOPLE) }),
  fc.record({
    kind: fc.constant('add' as const),
    store,
    index: fc.nat(),
    days: fc.integer({ min: -3, max: 9 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), store, index: fc.nat() }),
  fc.record({ kind: fc.constant('copy' as const), store, index: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const), store, by: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), store, index: fc.nat(), same: fc.boolean() }),
  fc.record({ kind: fc.constant('damage' as const), store, index: fc.nat() }),
  fc.record({ kind: fc.constant('today' as const), days: fc.integer({ min: -3, max: 12 }) }),
  fc.record({
    kind: fc.constant('settings' as const),
    businessDaysOnly: fc.boolean(),
    max: fc.constantFrom(0, 1, 2, 3, Number.NaN),
    zone,
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    index: fc.nat(),
    name: fc.constantFrom('', 'Ana', 'Cy'),
  }),
  fc.record({ kind: fc.constant('templates' as const), major: fc.constantFrom('major', 'medium') }),
  fc.constant({ kind: 'rerun' as const }),
);
export const edits = fc.array(edit, { maxLength: 30 });
export type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

type Row = Announcement | MaintenanceWindow | ChecklistItem;
type Store = 'announcements' | 'windows' | 'items';
const pick = <T>(rows: readonly T[], index: number): T | undefined => rows[index % Math.max(rows.length, 1)];
const replace = <T>(rows: readonly T[], old: T | undefined, row: T): T[] =>
  rows.map((r) => (r === old ? row : r));

// Each store's rows through one door, so an edit can name its store.
function change(plan: Plan, name: Store, index: number, patch: (row: Row) => Row | null): Plan {
  const rows: readonly Row[] = plan[name];
  const old = pick(rows, index);
  if (!old) return plan;
  const row = patch(old);
  const next = row === null ? rows.filter((r) => r !== old) : replace(rows, old, row);
  return { ...plan, [name]: next };
}

function added(plan: Plan, name: Store, index: number, days: number, serial: number): Row {
  const day = addCalendarDays(DAY0, days);
  if (name === 'announcements')
    return makeAnnouncement({
      id: `a-new-${serial}`,
      title: `New ${serial}`,
      launchDate: day,
      tierKey: 'major',
    });
  if (name === 'windows') {
    const start = at(days * 24 + 20);
    return makeMaintenanceWindow({
      id: `w-new-${serial}`,
      title: `New ${serial}`,
      start,
      end: at(days * 24 + 30),
    });
  }
  const parent = pick<{ id: string }>([...plan.announcements, ...plan.windows], index);
  return makeChecklistItem({
    id: `i-new-${serial}`,
    parentId: parent?.id ?? 'gone',
    title: `New ${serial}`,
    assigneeId: 'p-ana',
    dueDate: day,
  });
}

// A store's row read back damaged: a day or instant no parser would have let through.
function damaged(row: Row): Row {
  if ('launchDate' in row) return { ...row, launchDate: uncheckedDay('soon') };
  if ('start' in row) return { ...row, start: uncheckedInstant('never') };
  return { ...row, dueDate: uncheckedDay('2026-02-30') };
}

function cancelled(row: Row, on: boolean): Row {
  if ('launchDate' in row) return { ...row, status: on ? 'cancelled' : 'planned' };
  if ('start' in row) return { ...row, status: on ? 'cancelled' : 'planned' };
  return { ...row, done: on };
}

/** The plan after one edit; `serial` makes added ids unique. */
export function apply(plan: Plan, edit: Edit, serial: number): Plan {
  switch (edit.kind) {
    case 'drop': {
      // A drop writes the launch and its items' due dates, as the calendar's drop does.
      const launch = pick(plan.announcements, edit.index);
      // A damaged day can not be dragged: the calendar does not show it.
      if (!launch || !isCalendarDay(launch.launchDate)) return plan;
      const moved = { ...launch, launchDate: addCalendarDays(launch.launchDate, edit.days) };
      return {
        ...plan,
        announcements: replace(plan.announcements, launch, moved),
        items: plan.items.map((item) =>
          item.parentId === launch.id && isCalendarDay(item.dueDate)
            ? { ...item, dueDate: addCalendarDays(item.dueDate, edit.days) }
            : item,
        ),
      };
    }
    case 'retitle':
      return change(plan, edit.store, edit.index, (row) => ({ ...row, title: edit.title }));
    case 'cancel':
      return change(plan, edit.store, edit.index, (row) => cancelled(row, edit.on));
    case 'tier':
      return change(plan, 'announcements', edit.index, (row) => ({ ...row, tierKey: edit.tier }));
    case 'move-window':
      return change(plan, 'windows', edit.index, (row) =>
        'start' in row && !Number.isNaN(Date.parse(row.start))
          ? {
              ...row,
              start: instantOf(new Date(Date.parse(row.start) + edit.hours * HOUR)),
              end: instantOf(new Date(Date.parse(row.end) + edit.hours * HOUR)),
            }
          : row,
      );
    case 'item-due':
      return change(plan, 'items', edit.index, (row) =>
        'dueDate' in row && isCalendarDay(row.dueDate)
          ? { ...row, dueDate: addCalendarDays(row.dueDate, edit.days) }
          : row,
      );
    case 'reassign':
      return change(plan, 'items', edit.index, (row) => ({ ...row, assigneeId: edit.person }));
    case 'add':
      return {
        ...plan,
        [edit.store]: [...plan[edit.store], added(plan, edit.store, edit.index, edit.days, serial)],
      };
    case 'delete':
      return change(plan, edit.store, edit.index, () => null);
    case 'copy':
      // The same content in a new object (a row read again): nothing may change.
      return change(plan, edit.store, edit.index, (row) => ({ ...row }));
    case 'reorder': {
      const rows: readonly Row[] = plan[edit.store];
      const by = edit.by % Math.max(rows.length, 1);
      return { ...plan, [edit.store]: [...rows.slice(by), ...rows.slice(0, by)].reverse() };
    }
    case 'duplicate': {
      // Two rows with one id: the same object twice, a second copy, or a window with a launch's id.
      const rows: readonly Row[] = plan[edit.store];
      const row = pick(rows, edit.index);
      if (!row) return plan;
      const twin = edit.same
        ? row
        : edit.store === 'windows'
          ? { ...row, id: pick(plan.announcements, edit.index)?.id ?? row.id }
          : { ...row };
      return { ...plan, [edit.store]: [...rows, twin] };
    }
    case 'damage':
      return change(plan, edit.store, edit.index, damaged);
    case 'today':
      return { ...plan, today: addCalendarDays(DAY0, edit.days) };
    case 'settings':
      return {
        ...plan,
        settings: settings({
          businessDaysOnly: edit.businessDaysOnly,
          maxItemsPerPersonPerDay: edit.max,
          timeZone: edit.zone,
        }),
      };
    case 'rename': {
      const person = pick(plan.people, edit.index);
      return { ...plan, people: plan.people.map((p) => (p === person ? { ...p, name: edit.name } : p)) };
    }
    case 'templates':
      // A new template object every time, even with the same major tier (a re-read set).
      return { ...plan, templates: { major: edit.major } };
    case 'rerun':
      return plan;
  }
}
