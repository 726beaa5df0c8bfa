import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUE_GROUPS, dueGroupOf, groupRows, GROUP_BYS } from '../../../shared/work/grouping';
import { dueLabel } from '../../../shared/work/due-label';
import { weekStartOf } from '../../../shared/work/weeks';
import type { WeekStart } from '../../../shared/types';
import { item, rowsOf, TODAY } from './work-fixtures';
import { calendarDay } from '../../dates';

describe('buildWorkRows', () => {
  it('gives each item its parent, tier, owner and status, in due order', () => {
    const rows = rowsOf([
      item('late', calendarDay('2026-11-30'), { assigneeId: 'priya' }),
      item('step', calendarDay('2026-12-03'), {
        parentId: 'w-1',
        parentKind: 'maintenance',
        team: 'Customer Success',
      }),
      item('gone', calendarDay('2026-12-05'), { parentId: 'a-2' }),
      item('done', calendarDay('2026-12-01'), { done: true, assigneeId: 'ben' }),
      item('orphan', calendarDay('2026-12-01'), { parentId: 'nobody' }),
      item('ghost', calendarDay('2026-12-06'), { assigneeId: 'deleted-person' }),
    ]);
    expect(rows.map((row) => row.id)).toEqual(['late', 'done', 'step', 'gone', 'ghost']);
    const [late, done, step, gone, ghost] = rows;
    // An id no person has names nobody, as the restore step reads it.
    expect(ghost?.owner).toBeNull();
    expect(late).toMatchObject({
      parentTitle: 'Session replay',
      parentDay: '2026-12-08',
      tierKey: 'major',
      tierName: 'Major',
      owner: { key: 'priya', name: 'Priya' },
      status: 'open',
      overdue: true,
    });
    expect(done).toMatchObject({ status: 'done', overdue: false });
    expect(step).toMatchObject({
      parentKind: 'maintenance',
      tierKey: null,
      parentDay: '2026-12-10',
      owner: null,
    });
    expect(gone).toMatchObject({ status: 'cancelled', overdue: false });
  });
});

describe('due groups', () => {
  const rows = rowsOf([
    item('overdue', calendarDay('2026-12-01')),
    item('today', TODAY),
    item('sunday', calendarDay('2026-12-06')),
    item('next-monday', calendarDay('2026-12-07')),
    item('next-sunday', calendarDay('2026-12-13')),
    item('later', calendarDay('2026-12-14')),
    item('done', calendarDay('2026-12-01'), { done: true }),
    item('cancelled', calendarDay('2026-12-03'), { parentId: 'a-2' }),
  ]);

  it('puts each row under Overdue, Today, This week, Next week, Later, Done or Cancelled (weeks from Monday)', () => {
    const groups = groupRows(rows, 'due', TODAY, 1);
    expect(groups.map((group) => [group.label, group.rows.map((row) => row.id)])).toEqual([
      ['Overdue', ['overdue']],
      ['Today', ['today']],
      ['This week', ['sunday']],
      ['Next week', ['next-monday', 'next-sunday']],
      ['Later', ['later']],
      ['Done', ['done']],
      ['Cancelled', ['cancelled']],
    ]);
    expect(groups.filter((group) => group.collapsedByDefault).map((group) => group.label)).toEqual([
      'Done',
      'Cancelled',
    ]);
  });

  it('follows the week start: with weeks from Sunday, Sunday 6 Dec is next week', () => {
    const sunday = rows.find((row) => row.id === 'sunday')!;
    expect(dueGroupOf(sunday, TODAY, 0)).toBe('next-week');
    expect(dueGroupOf(sunday, TODAY, 1)).toBe('this-week');
  });

  it('groups by person (Unassigned last), team and launch', () => {
    const people = rowsOf([
      item('1', TODAY, { assigneeId: 'zoe' }),
      item('2', TODAY),
      item('3', TODAY, { assigneeId: 'ben' }),
      item('4', calendarDay('2026-12-03'), { assigneeId: 'ben' }),
    ]);
    expect(
      groupRows(people, 'person', TODAY, 1).map((group) => [group.label, group.rows.length, group.ownerKey]),
    ).toEqual([
      ['Ben', 2, 'ben'],
      ['Zoe', 1, 'zoe'],
      ['Unassigned', 1, ''],
    ]);
    const mixed = rowsOf([
      item('1', TODAY, { team: 'Marketing' }),
      item('2', TODAY, { parentId: 'w-1', parentKind: 'maintenance', team: 'Customer Success' }),
    ]);
    expect(groupRows(mixed, 'team', TODAY, 1).map((group) => group.label)).toEqual([
      'Customer Success',
      'Marketing',
    ]);
    expect(groupRows(mixed, 'launch', TODAY, 1).map((group) => group.label)).toEqual([
      'Session replay',
      'Database upgrade',
    ]);
  });
});

const DAYS = fc
  .integer({ min: -60, max: 120 })
  .map((offset) => calendarDay(new Date(Date.UTC(2026, 11, 2 + offset)).toISOString().slice(0, 10)));

describe('grouping properties', () => {
  it('every row lands in exactly one group, whatever the grouping, week start and mix of items', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            due: DAYS,
            done: fc.boolean(),
            parent: fc.constantFrom('a-1', 'a-2', 'w-1'),
            // An id no person has (a damaged plan) must still land in one group, as Unassigned.
            assigneeId: fc.constantFrom(null, 'ana', 'ben', 'gone'),
          }),
          { maxLength: 40 },
        ),
        fc.constantFrom(...GROUP_BYS),
        fc.integer({ min: 0, max: 6 }),
        (specs, groupBy, weekStart) => {
          const rows = rowsOf(
            specs.map((spec, index) =>
              item(`i-${index}`, spec.due, {
                done: spec.done,
                parentId: spec.parent,
                parentKind: spec.parent === 'w-1' ? 'maintenance' : 'announcement',
                assigneeId: spec.assigneeId,
              }),
            ),
          );
          const groups = groupRows(rows, groupBy, TODAY, weekStart as WeekStart);
          const placed = groups.flatMap((group) => group.rows.map((row) => row.id));
          expect(placed.sort()).toEqual(rows.map((row) => row.id).sort());
          expect(groups.every((group) => group.rows.length > 0)).toBe(true);
          if (groupBy === 'due') {
            // Open rows never land in Done or Cancelled, and Overdue holds exactly the overdue ones.
            for (const group of groups) {
              for (const row of group.rows) {
                if (row.status === 'open') expect(['done', 'cancelled']).not.toContain(group.key);
                expect(group.key === 'overdue').toBe(row.overdue);
              }
            }
            expect(groups.map((group) => DUE_GROUPS.indexOf(group.key as never))).toEqual(
              groups.map((group) => DUE_GROUPS.indexOf(group.key as never)).sort((a, b) => a - b),
            );
          }
        },
      ),
    );
  });

  it('a week start is on or before its day, less than a week before, on the right weekday', () => {
    fc.assert(
      fc.property(DAYS, fc.integer({ min: 0, max: 6 }), (day, weekStart) => {
        const start = weekStartOf(day, weekStart as WeekStart);
        expect(start <= day).toBe(true);
        expect(new Date(`${start}T00:00:00Z`).getUTCDay()).toBe(weekStart);
        expect(Date.parse(`${day}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)).toBeLessThan(
          7 * 86_400_000,
        );
      }),
    );
  });
});

describe('dueLabel', () => {
  it('says the day, and how late or near an open row is', () => {
    expect(dueLabel(calendarDay('2026-12-08'), TODAY, 'open')).toEqual({
      day: 'Tue 8 Dec',
      relative: null,
      late: false,
    });
    expect(dueLabel(calendarDay('2026-11-29'), TODAY, 'open')).toEqual({
      day: 'Sun 29 Nov',
      relative: '3 days late',
      late: true,
    });
    expect(dueLabel(calendarDay('2026-12-01'), TODAY, 'open').relative).toBe('1 day late');
    expect(dueLabel(TODAY, TODAY, 'open').relative).toBe('due today');
    expect(dueLabel(calendarDay('2026-12-03'), TODAY, 'open').relative).toBe('tomorrow');
    expect(dueLabel(calendarDay('2026-11-29'), TODAY, 'done')).toEqual({
      day: 'Sun 29 Nov',
      relative: null,
      late: false,
    });
    expect(dueLabel(calendarDay('2027-01-05'), TODAY, 'open').day).toBe('Tue 5 Jan 2027');
  });
});
