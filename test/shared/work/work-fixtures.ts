import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import type { ChecklistItem, CalendarDay } from '../../../shared/types';
import { buildWorkRows, type WorkPlan, type WorkRow } from '../../../shared/work/work-rows';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow, makePerson } from '../../builders';
import { calendarDay, utcInstant } from '../../dates';

/** The browser tests' day: Wednesday 2 December 2026. */
export const TODAY = calendarDay('2026-12-02');

/** The fixture's people; each id is the name lower-cased, so a test reads `assigneeId: 'priya'`. */
export const PEOPLE = ['Ana', 'Ben', 'Dana', 'Priya', 'Ravi', 'Zoe'].map((name) =>
  makePerson(name, { id: name.toLowerCase() }),
);

/** A Major launch on 8 Dec, a cancelled Minor one, and a window on 10 Dec, with the items given. */
export function planWith(items: ChecklistItem[]): WorkPlan {
  return {
    announcements: [
      makeAnnouncement({
        id: 'a-1',
        title: 'Session replay',
        tierKey: 'major',
        launchDate: calendarDay('2026-12-08'),
      }),
      makeAnnouncement({
        id: 'a-2',
        title: 'Dropped launch',
        tierKey: 'minor',
        launchDate: calendarDay('2026-12-09'),
        status: 'cancelled',
        productOwnerId: 'dana',
      }),
    ],
    windows: [
      makeMaintenanceWindow({
        id: 'w-1',
        title: 'Database upgrade',
        start: utcInstant('2026-12-10T22:00:00.000Z'),
        end: utcInstant('2026-12-11T00:00:00.000Z'),
        ownerId: 'ravi',
      }),
    ],
    items,
    templateSets: builtInTemplateSets(),
    people: PEOPLE,
  };
}

/** Rows of the fixture plan for these items (London zone). */
export function rowsOf(items: ChecklistItem[]): WorkRow[] {
  return buildWorkRows(planWith(items), TODAY, 'Europe/London');
}

/** A launch item due on `dueDate`, with `patch` (e.g. an `assigneeId` from PEOPLE). */
export function item(id: string, dueDate: CalendarDay, patch: Partial<ChecklistItem> = {}): ChecklistItem {
  return makeChecklistItem({ id, title: `Item ${id}`, dueDate, ...patch });
}
