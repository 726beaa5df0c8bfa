import { describe, expect, it } from 'vitest';
import { overdueItems, personOverloaded, weekendDueItems } from '../../../shared/conflicts/checklist-rules';
import { weekdayOf } from '../../../shared/calendar-day';
import { makeChecklistItem } from '../../builders';
import { calendarDay } from '../../dates';

const items = (count: number, assigneeId: string | null, dueDate = calendarDay('2026-06-10')) =>
  Array.from({ length: count }, (_, n) =>
    makeChecklistItem({ id: `${assigneeId ?? 'nobody'}-${n}`, assigneeId, dueDate }),
  );
const names = (id: string) => (id === 'p-ada' ? 'Ada' : '');

describe('personOverloaded', () => {
  it('flags more than the limit on one day, not the limit itself', () => {
    expect(personOverloaded(items(3, 'p-ada'), 3, names)).toEqual([]);
    const [conflict] = personOverloaded(items(4, 'p-ada'), 3, names);
    expect(conflict?.refs).toHaveLength(4);
    expect(conflict?.message).toMatch(/^Ada has 4 open items/);
    expect(conflict?.day).toBe('2026-06-10');
  });

  it('groups by person id, not by name, and ignores unassigned and done items', () => {
    const twoPeopleOneName = [...items(2, 'p-ada'), ...items(2, 'p-other-ada')];
    expect(personOverloaded(twoPeopleOneName, 3, () => 'Ada')).toEqual([]);
    expect(personOverloaded(items(6, null), 3)).toEqual([]);
    expect(
      personOverloaded(
        items(4, 'p-ada').map((item, n) => ({ ...item, done: n === 0 })),
        3,
      ),
    ).toEqual([]);
  });

  it('counts days separately and switches off below a limit of 1', () => {
    expect(
      personOverloaded(
        [
          ...items(2, 'p-ada', calendarDay('2026-06-10')),
          ...items(2, 'p-bo', calendarDay('2026-06-10')),
          ...items(2, 'p-ada', calendarDay('2026-06-11')),
        ],
        2,
      ),
    ).toEqual([]);
    expect(personOverloaded(items(9, 'p-ada'), 0)).toEqual([]);
  });
});

describe('overdueItems', () => {
  it('flags each open item due before today, once', () => {
    const list = [
      makeChecklistItem({ id: 'late', dueDate: calendarDay('2026-06-09') }),
      makeChecklistItem({ id: 'today', dueDate: calendarDay('2026-06-10') }),
      makeChecklistItem({ id: 'done', dueDate: calendarDay('2026-06-01'), done: true }),
    ];
    const conflicts = overdueItems(list, calendarDay('2026-06-10'));
    expect(conflicts.map((conflict) => conflict.key)).toEqual(['overdue:late']);
    expect(conflicts[0]?.message).toContain('Tue 9 Jun 2026');
  });
});

describe('weekendDueItems', () => {
  it('flags open items due on Saturday or Sunday, only with business days only on', () => {
    const days = ['2026-06-12', '2026-06-13', '2026-06-14', '2026-06-15'].map(calendarDay);
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
