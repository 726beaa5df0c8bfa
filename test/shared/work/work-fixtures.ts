import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import type { ChecklistItem } from '../../../shared/types';
import { buildWorkRows, type WorkPlan, type WorkRow } from '../../../shared/work/work-rows';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow } from '../../builders';

/** The browser tests' day: Wednesday 2 December 2026. */
export const TODAY = '2026-12-02';

/** A Major launch on 8 Dec, a cancelled Minor one, and a window on 10 Dec, with the items given. */
export function planWith(items: ChecklistItem[]): WorkPlan {
  return {
    announcements: [
      makeAnnouncement({ id: 'a-1', title: 'Session replay', tierKey: 'major', launchDate: '2026-12-08' }),
      makeAnnouncement({
        id: 'a-2',
        title: 'Dropped launch',
        tierKey: 'minor',
        launchDate: '2026-12-09',
        status: 'cancelled',
        productOwner: 'Dana',
      }),
    ],
    windows: [
      makeMaintenanceWindow({
        id: 'w-1',
        title: 'Database upgrade',
        start: '2026-12-10T22:00:00.000Z',
        end: '2026-12-11T00:00:00.000Z',
        owner: 'Ravi',
      }),
    ],
    items,
    templateSets: builtInTemplateSets(),
  };
}

/** Rows of the fixture plan for these items (London zone). */
export function rowsOf(items: ChecklistItem[]): WorkRow[] {
  return buildWorkRows(planWith(items), TODAY, 'Europe/London');
}

/** A launch item due on `dueDate`, assigned to `assignee`. */
export function item(id: string, dueDate: string, patch: Partial<ChecklistItem> = {}): ChecklistItem {
  return makeChecklistItem({ id, title: `Item ${id}`, dueDate, ...patch });
}
