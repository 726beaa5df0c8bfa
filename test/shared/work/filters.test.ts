import { describe, expect, it } from 'vitest';
import {
  hasActiveFilters,
  markerMatches,
  NO_FILTERS,
  parentMatches,
  restoreFilters,
  rowMatches,
  type CalendarParent,
  type WorkFilters,
} from '../../../shared/work/filters';
import { filterChips } from '../../../shared/work/filter-chips';
import { knownOwnerKey, ownerKeysOfParent, ownerName, ownerOptions } from '../../../shared/work/owners';
import { buildWorkRows } from '../../../shared/work/work-rows';
import { makePerson } from '../../builders';
import { item, planWith, rowsOf, TODAY } from './work-fixtures';
import { calendarDay } from '../../dates';

const rows = rowsOf([
  item('priya-late', calendarDay('2026-11-30'), { assigneeId: 'priya' }),
  item('priya-done', calendarDay('2026-12-01'), { assigneeId: 'priya', done: true }),
  item('ben-next', calendarDay('2026-12-09'), { assigneeId: 'ben', team: 'Marketing' }),
  item('step', calendarDay('2026-12-10'), { parentId: 'w-1', parentKind: 'maintenance', assigneeId: 'ben' }),
  item('cancelled', calendarDay('2026-12-04'), { parentId: 'a-2', assigneeId: 'priya' }),
]);
const only = (filters: Partial<WorkFilters>) =>
  rows.filter((row) => rowMatches(row, { ...NO_FILTERS, ...filters })).map((row) => row.id);

describe('owners', () => {
  const people = [
    makePerson('Zoe', { id: 'zoe' }),
    makePerson('dana', { id: 'dana' }),
    makePerson('Ravi', { id: 'ravi', active: false }),
    makePerson('Olga', { id: 'olga', active: false }),
    makePerson('Ben', { id: 'ben', active: false }),
  ];

  it('offers active people, and inactive ones only while they own something, sorted by name', () => {
    const plan = {
      people,
      announcements: [{ productOwnerId: null, marketingOwnerId: 'ravi' }],
      windows: [{ ownerId: null }],
      items: [{ assigneeId: 'dana' }, { assigneeId: null }],
    };
    expect(ownerOptions(plan)).toEqual([
      { key: 'dana', name: 'dana' },
      { key: 'ravi', name: 'Ravi' },
      { key: 'zoe', name: 'Zoe' },
    ]);
    // The person a filter or "I am" holds stays offered, so the control can show it.
    expect(ownerOptions({ ...plan, keep: ['olga', null] }).map((owner) => owner.key)).toEqual([
      'dana',
      'olga',
      'ravi',
      'zoe',
    ]);
  });

  it('keys owners by person id, so a rename keeps the key and changes the name', () => {
    const renamed = buildWorkRows(
      {
        ...planWith([item('x', TODAY, { assigneeId: 'priya' })]),
        people: [makePerson('Priya Shah', { id: 'priya' })],
      },
      TODAY,
      'Europe/London',
    );
    expect(renamed[0]?.owner).toEqual({ key: 'priya', name: 'Priya Shah' });
    expect(ownerKeysOfParent({ ownerId: 'ravi' })).toEqual(['ravi']);
    expect(ownerKeysOfParent({ productOwnerId: null, marketingOwnerId: 'ben' })).toEqual(['ben']);
  });

  it('forgets a stored owner key that names nobody in the people list', () => {
    expect(knownOwnerKey('zoe', people)).toBe('zoe');
    expect(knownOwnerKey('Priya', people)).toBeNull();
    expect(knownOwnerKey('deleted-id', people)).toBeNull();
    expect(knownOwnerKey(null, people)).toBeNull();
    expect(ownerName('deleted-id', [{ key: 'zoe', name: 'Zoe' }])).not.toContain('deleted-id');
  });
});

describe('rowMatches', () => {
  it('keeps everything with no filter set', () => {
    expect(only({})).toHaveLength(rows.length);
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
  });

  it('filters by owner key, team, tier and kind', () => {
    expect(only({ owner: 'priya' })).toEqual(['priya-late', 'priya-done', 'cancelled']);
    expect(only({ team: 'Marketing' })).toEqual(['ben-next']);
    expect(only({ tier: 'major' })).toEqual(['priya-late', 'priya-done', 'ben-next']);
    expect(only({ kind: 'maintenance' })).toEqual(['step']);
    expect(only({ kind: 'announcements' })).not.toContain('step');
    expect(only({ kind: 'checklist' })).toHaveLength(rows.length);
  });

  it('filters by status: overdue is open and late, cancelled is work of cancelled launches', () => {
    expect(only({ status: 'open' })).toEqual(['priya-late', 'ben-next', 'step']);
    expect(only({ status: 'overdue' })).toEqual(['priya-late']);
    expect(only({ status: 'done' })).toEqual(['priya-done']);
    expect(only({ status: 'cancelled' })).toEqual(['cancelled']);
  });

  it('filters by due range, both ends included', () => {
    expect(only({ due: { from: calendarDay('2026-12-07'), to: calendarDay('2026-12-13') } })).toEqual([
      'ben-next',
      'step',
    ]);
    expect(only({ owner: 'priya', status: 'open', due: { from: null, to: TODAY } })).toEqual(['priya-late']);
  });
});

describe('calendar filters', () => {
  const parent = (patch: Partial<CalendarParent>): CalendarParent => ({
    kind: 'announcement',
    tierKey: 'major',
    cancelled: false,
    ownerKeys: [],
    rows: rows.filter((row) => row.parentId === 'a-1'),
    ...patch,
  });

  it('shows a launch for an owner with work on it, or one the launch names itself', () => {
    const filters = { ...NO_FILTERS, owner: 'priya' };
    expect(parentMatches(parent({}), filters)).toBe(true);
    expect(parentMatches(parent({ rows: [] }), filters)).toBe(false);
    expect(parentMatches(parent({ rows: [], ownerKeys: ['priya'] }), filters)).toBe(true);
  });

  it('hides what the kind, tier and status hide', () => {
    expect(parentMatches(parent({}), { ...NO_FILTERS, kind: 'maintenance' })).toBe(false);
    expect(
      parentMatches(parent({ kind: 'maintenance', tierKey: null }), { ...NO_FILTERS, tier: 'major' }),
    ).toBe(false);
    expect(parentMatches(parent({}), { ...NO_FILTERS, status: 'overdue' })).toBe(true);
    expect(parentMatches(parent({ cancelled: true }), { ...NO_FILTERS, status: 'open' })).toBe(false);
    expect(parentMatches(parent({ cancelled: true }), { ...NO_FILTERS, status: 'cancelled' })).toBe(true);
    expect(parentMatches(parent({ rows: [] }), { ...NO_FILTERS, status: 'done' })).toBe(false);
  });

  it('shows checklist markers only for Kind Checklist (or any) and their own match', () => {
    const late = rows[0]!;
    expect(markerMatches(late, { ...NO_FILTERS, kind: 'checklist', owner: 'priya' })).toBe(true);
    expect(markerMatches(late, { ...NO_FILTERS, kind: 'announcements' })).toBe(false);
    expect(markerMatches(late, { ...NO_FILTERS, owner: 'ben' })).toBe(false);
  });
});

describe('filterChips', () => {
  it('names each active control with its value, in the bar’s order', () => {
    const chips = filterChips(
      {
        owner: 'priya',
        team: null,
        tier: 'major',
        kind: null,
        status: 'open',
        due: { from: calendarDay('2026-12-07'), to: calendarDay('2026-12-13') },
        hidden: ['window:downtime', 'tier:minor'],
      },
      {
        owners: [{ key: 'priya', name: 'Priya' }],
        tierName: (key) => (key === 'major' ? 'Major' : key),
        today: TODAY,
      },
    );
    expect(chips).toEqual([
      { name: 'owner', text: 'Owner: Priya' },
      { name: 'tier', text: 'Tier: Major' },
      { name: 'status', text: 'Status: Open' },
      { name: 'due', text: 'Due: Mon 7 Dec – Sun 13 Dec' },
      { name: 'hidden', text: 'Hidden: Downtime windows, minor' },
    ]);
  });
});

describe('hostile input: stored filters', () => {
  it('reads garbage (a string, an array, null) as no filters', () => {
    for (const value of ['owner=ben', [1, 2], null, 42, undefined])
      expect(restoreFilters(value)).toEqual(NO_FILTERS);
  });

  it('drops a kind or status the bar could not have set', () => {
    expect(restoreFilters({ kind: 'everything', status: '<script>' })).toEqual(NO_FILTERS);
  });

  it('drops an owner that is not text, is blank or is longer than any owner name', () => {
    expect(restoreFilters({ owner: { $gt: '' } }).owner).toBeNull();
    expect(restoreFilters({ owner: '   ' }).owner).toBeNull();
    expect(restoreFilters({ owner: 'x'.repeat(100_000) }).owner).toBeNull();
  });

  it('drops a due range with impossible days or its ends reversed', () => {
    expect(restoreFilters({ due: { from: '2026-02-30', to: '2026-13-01' } }).due).toBeNull();
    expect(restoreFilters({ due: { from: '2026-12-13', to: '2026-12-07' } }).due).toBeNull();
  });

  it('keeps the good controls of a partly bad value', () => {
    expect(restoreFilters({ owner: 'priya', kind: 'nope', due: { to: TODAY, from: 7 } })).toEqual({
      ...NO_FILTERS,
      owner: 'priya',
      due: { from: null, to: TODAY },
    });
  });
});
