import { beforeAll, describe, expect, it } from 'vitest';
import {
  toCalendarEvents,
  type CalendarItemProps,
} from '../../../../renderer/features/calendar/calendar-events';
import { NO_FILTERS } from '../../../../shared/work/filters';
import { loadCalendarFilter } from '../../../../renderer/features/calendar/calendar-filter';
import { makeAnnouncement, makeMaintenanceWindow } from '../../../builders';
import { item, planWith, TODAY } from '../../../shared/work/work-fixtures';
import { calendarDay, utcInstant } from '../../../dates';

const plan = planWith([item('blog', calendarDay('2026-12-07'), { title: 'Blog post', assigneeId: 'ana' })]);

// The filter's matching rules load on demand in the app (PlanViews waits for them); here, up front.
beforeAll(() => loadCalendarFilter());

function events(patch: Partial<typeof plan> = {}, filters = NO_FILTERS) {
  return toCalendarEvents({
    ...plan,
    ...patch,
    plannerZone: 'Europe/London',
    today: TODAY,
    showChecklistMarkers: true,
    filters,
  });
}

describe('calendar items carry what the month view and its card show', () => {
  it('names a checklist chip by its task, its launch and its owner', () => {
    const chip = events().find((event) => event.id === 'item:blog');
    expect(chip?.title).toBe('Blog post · Session replay · Ana');
    expect((chip?.extendedProps as CalendarItemProps).owner).toBe('Ana');
  });

  it('gives a timed launch its planner-zone time and a bar, and an all-day launch neither', () => {
    const timed = makeAnnouncement({ id: 'timed', launchTime: '10:00', timeZone: 'Europe/Berlin' });
    const [event] = events({ announcements: [timed], items: [] });
    // 10:00 in Berlin is 09:00 in London, where the planner reads the calendar.
    expect((event?.extendedProps as CalendarItemProps).time).toBe('09:00');
    expect(event?.display).toBe('block');
    const [allDay] = events({ announcements: [makeAnnouncement({ launchTime: null })], items: [] });
    expect((allDay?.extendedProps as CalendarItemProps).time).toBeUndefined();
  });

  it('gives each window kind its own look and legend toggle', () => {
    const windows = (['downtime', 'degraded', 'none'] as const).map((disruption) =>
      makeMaintenanceWindow({
        id: disruption,
        disruption,
        start: utcInstant('2026-12-09T22:00:00.000Z'),
        end: utcInstant('2026-12-09T23:00:00.000Z'),
      }),
    );
    const shown = events({ announcements: [], items: [], windows });
    expect(shown.map((event) => event.className)).toEqual([
      'cal-window--downtime',
      'cal-window--degraded',
      'cal-window--none',
    ]);
    expect(new Set(shown.map((event) => event.color)).size).toBe(3);
    const hidden = events(
      { announcements: [], items: [], windows },
      { ...NO_FILTERS, hidden: ['window:none'] },
    );
    expect(hidden.map((event) => event.id)).toEqual(['maintenance:downtime', 'maintenance:degraded']);
  });
});
