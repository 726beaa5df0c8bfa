import { describe, expect, it } from 'vitest';
import { dailyDigest, digestDue } from '../../../shared/work/digest';
import { workloadFor } from '../../../shared/work/workload';
import { item, rowsOf, TODAY } from './work-fixtures';
import { calendarDay } from '../../dates';

describe('workloadFor', () => {
  const rows = rowsOf([
    ...['a', 'b', 'c'].map((id) => item(`ana-${id}`, calendarDay('2026-12-08'), { assigneeId: 'ana' })),
    item('ana-thu', calendarDay('2026-12-10'), { assigneeId: 'ana' }),
    item('ana-done', calendarDay('2026-12-10'), { assigneeId: 'ana', done: true }),
    item('ana-later', calendarDay('2026-12-22'), { assigneeId: 'ana' }),
    item('ben', calendarDay('2026-12-08'), { assigneeId: 'ben' }),
  ]);

  it('counts a person’s open items per day for each week they have work, against the daily limit', () => {
    const weeks = workloadFor(rows, 'ana', { weekStart: 1, maxPerDay: 2 });
    expect(weeks.map((week) => [week.weekStart, week.weekEnd, week.count])).toEqual([
      ['2026-12-07', '2026-12-13', 4],
      ['2026-12-21', '2026-12-27', 1],
    ]);
    const first = weeks[0]!;
    expect(first.days.map((day) => day.count)).toEqual([0, 3, 0, 1, 0, 0, 0]);
    expect(first.days.filter((day) => day.over).map((day) => day.day)).toEqual(['2026-12-08']);
  });

  it('the limit itself is not over, and a person with nothing open has no weeks', () => {
    const weeks = workloadFor(rows, 'ana', { weekStart: 1, maxPerDay: 3 });
    expect(weeks.flatMap((week) => week.days).some((day) => day.over)).toBe(false);
    expect(workloadFor(rows, 'nobody', { weekStart: 1, maxPerDay: 3 })).toEqual([]);
  });

  it('unassigned work is its own row (key ""), and maxWeeks caps the list', () => {
    expect(workloadFor(rowsOf([item('x', TODAY)]), '', { weekStart: 1, maxPerDay: 1 })[0]?.count).toBe(1);
    expect(workloadFor(rows, 'ana', { weekStart: 1, maxPerDay: 2, maxWeeks: 1 })).toHaveLength(1);
  });
});

describe('dailyDigest', () => {
  const rows = rowsOf([
    item('t1', TODAY, { assigneeId: 'ana' }),
    item('t2', TODAY, { assigneeId: 'ana' }),
    item('t3', TODAY, { assigneeId: 'ana', done: true }),
    item('late', calendarDay('2026-11-20'), { assigneeId: 'ana' }),
    item('cancelled', calendarDay('2026-11-20'), { parentId: 'a-2', assigneeId: 'ana' }),
    item('soon', calendarDay('2026-12-03'), { assigneeId: 'ana' }),
    item('ben', TODAY, { assigneeId: 'ben' }),
  ]);

  it('counts my open items due today and overdue, in the words of the issue', () => {
    expect(dailyDigest(rows, 'ana', TODAY)).toMatchObject({
      dueToday: 2,
      overdue: 1,
      body: '2 items due today, 1 overdue',
    });
    expect(dailyDigest(rows, 'ben', TODAY)?.body).toBe('1 item due today, 0 overdue');
  });

  it('says nothing when nothing is due', () => {
    expect(dailyDigest(rows, 'ana', calendarDay('2026-11-01'))).toBeNull();
    expect(dailyDigest(rows, 'zoe', TODAY)).toBeNull();
  });

  it('is offered once a day, only with reminders on and someone to remind', () => {
    const base = { remindersOn: true, meKey: 'ana', lastDigestDay: calendarDay('2026-12-01'), today: TODAY };
    expect(digestDue(base)).toBe(true);
    expect(digestDue({ ...base, lastDigestDay: TODAY })).toBe(false);
    expect(digestDue({ ...base, remindersOn: false })).toBe(false);
    expect(digestDue({ ...base, meKey: null })).toBe(false);
  });
});
