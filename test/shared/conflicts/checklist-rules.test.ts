import { describe, expect, it } from 'vitest';
import { overdueItems, personOverloaded, weekendDueItems } from '../../../shared/conflicts/checklist-rules';
import { weekdayOf } from '../../../shared/calendar-day';
import { makeChecklistItem } from '../../builders';

const items = (count: number, assignee: string, dueDate = '2026-06-10') =>
  Array.from({ length: count }, (_, n) =>
    makeChecklistItem({ id: `${assignee.trim()}-${n}`, assignee, dueDate }),
  );

describe('personOverloaded', () => {
  it('flags more than the limit on one day, not the limit itself', () => {
    expect(personOverloaded(items(3, 'Ada'), 3)).toEqual([]);
    const [conflict] = personOverloaded(items(4, 'Ada'), 3);
    expect(conflict?.refs).toHaveLength(4);
    expect(conflict?.message).toMatch(/^Ada has 4 open items/);
    expect(conflict?.day).toBe('2026-06-10');
  });

  it('treats assignee names trimmed and case-insensitively, and ignores unassigned and done items', () => {
    const mixed = [...items(2, 'Ada'), ...items(2, ' ada ')];
    expect(personOverloaded(mixed, 3)).toHaveLength(1);
    expect(personOverloaded(items(6, '  '), 3)).toEqual([]);
    expect(
      personOverloaded(
        items(4, 'Ada').map((item, n) => ({ ...item, done: n === 0 })),
        3,
      ),
    ).toEqual([]);
  });

  it('counts days separately and switches off below a limit of 1', () => {
    expect(
      personOverloaded(
        [...items(2, 'Ada', '2026-06-10'), ...items(2, 'Bo', '2026-06-10'), ...items(2, 'Ada', '2026-06-11')],
        2,
      ),
    ).toEqual([]);
    expect(personOverloaded(items(9, 'Ada'), 0)).toEqual([]);
  });
});

describe('overdueItems', () => {
  it('flags each open item due before today, once', () => {
    const list = [
      makeChecklistItem({ id: 'late', dueDate: '2026-06-09' }),
      makeChecklistItem({ id: 'today', dueDate: '2026-06-10' }),
      makeChecklistItem({ id: 'done', dueDate: '2026-06-01', done: true }),
    ];
    const conflicts = overdueItems(list, '2026-06-10');
    expect(conflicts.map((conflict) => conflict.key)).toEqual(['overdue:late']);
    expect(conflicts[0]?.message).toContain('Tue 9 Jun 2026');
  });
});

describe('weekendDueItems', () => {
  it('flags open items due on Saturday or Sunday, only with business days only on', () => {
    const days = ['2026-06-12', '2026-06-13', '2026-06-14', '2026-06-15'];
    const list = days.map((dueDate) => makeChecklistItem({ id: dueDate, dueDate }));
    const flagged = weekendDueItems(list, true).map((conflict) => conflict.day);
    expect(flagged).toEqual(days.filter((day) => [0, 6].includes(weekdayOf(day))));
    expect(flagged).toHaveLength(2);
    expect(weekendDueItems(list, false)).toEqual([]);
    expect(
      weekendDueItems(
        list.map((item) => ({ ...item, done: true })),
        true,
      ),
    ).toEqual([]);
  });
});
