import { beforeAll, describe, expect, it } from 'vitest';
import { toCalendarEvents } from '../../../../renderer/features/calendar/calendar-events';
import { loadCalendarFilter } from '../../../../renderer/features/calendar/calendar-filter';
import { NO_FILTERS, type WorkFilters } from '../../../../shared/work/filters';
import { item, planWith, TODAY } from '../../../shared/work/work-fixtures';
import { calendarDay } from '../../../dates';

// Session replay (Major, 8 Dec), Dropped launch (Minor, cancelled, product owner Dana), Database upgrade (window, owner Ravi).
const plan = planWith([
  item('priya-blog', calendarDay('2026-12-07'), { assigneeId: 'priya', team: 'Content & Docs' }),
  item('ben-tweet', calendarDay('2026-12-08'), { assigneeId: 'ben', team: 'Words & Pictures' }),
  item('step', calendarDay('2026-12-10'), {
    parentId: 'w-1',
    parentKind: 'maintenance',
    assigneeId: 'priya',
    team: 'Marketing',
  }),
]);

// The matching rules load on demand in the app (PlanViews waits for them); here, once up front.
beforeAll(() => loadCalendarFilter());

function shown(filters: Partial<WorkFilters>, markers = true): string[] {
  return toCalendarEvents({
    ...plan,
    plannerZone: 'Europe/London',
    today: TODAY,
    showChecklistMarkers: markers,
    filters: { ...NO_FILTERS, ...filters },
  })
    .map((event) => String(event.id))
    .sort();
}

describe('the calendar hides what the filter bar hides', () => {
  it('shows everything with no filter set', () => {
    expect(shown({})).toEqual(
      ['announcement:a-1', 'announcement:a-2', 'item:ben-tweet', 'item:priya-blog', 'maintenance:w-1'].sort(),
    );
  });

  it('Owner keeps the launches and windows that person has work on (or names), and their own markers', () => {
    expect(shown({ owner: 'priya' })).toEqual(['announcement:a-1', 'item:priya-blog', 'maintenance:w-1']);
    expect(shown({ owner: 'ravi' })).toEqual(['maintenance:w-1']);
    expect(shown({ owner: 'dana' })).toEqual(['announcement:a-2']);
  });

  it('Kind, Tier, Team and Status hide by their own rule', () => {
    expect(shown({ kind: 'maintenance' })).toEqual(['maintenance:w-1']);
    expect(shown({ kind: 'checklist' })).toEqual(['item:ben-tweet', 'item:priya-blog']);
    expect(shown({ tier: 'major' })).toEqual(['announcement:a-1', 'item:ben-tweet', 'item:priya-blog']);
    expect(shown({ team: 'Marketing' })).toEqual(['maintenance:w-1']);
    expect(shown({ status: 'cancelled' })).toEqual(['announcement:a-2']);
    expect(shown({ status: 'overdue' }, false)).toEqual([]);
  });

  it('a due range keeps the launches with an item due in it', () => {
    expect(shown({ due: { from: calendarDay('2026-12-08'), to: calendarDay('2026-12-08') } })).toEqual([
      'announcement:a-1',
      'item:ben-tweet',
    ]);
  });
});
