import { addCalendarDays } from '../../../shared/calendar-day';
import { calendarDay, utcInstant } from '../../dates';
import type {
  Announcement,
  CalendarDay,
  ChecklistItem,
  MaintenanceWindow,
  Settings,
  TemplateSet,
} from '../../../shared/types';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow, makeSettings } from '../../builders';

/** The rows of one benchmark plan, store by store, exactly as the app's repositories write them. */
export type BenchPlan = {
  size: number;
  announcements: Announcement[];
  checklistItems: ChecklistItem[];
  maintenanceWindows: MaintenanceWindow[];
  templateSets: TemplateSet[];
  /** Where the timed drags happen and which titles mark "painted". */
  probe: { dragTitle: string; dragDay: CalendarDay; dropDay: CalendarDay; nextMonthTitle: string };
};

// The benchmark runs on the real clock: Playwright's fake clock also fakes performance.now(),
// which the probes time with. So the plan is laid out around today's month.
function thisMonth(): { first: CalendarDay; next: CalendarDay } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return {
    first: calendarDay(first.toISOString().slice(0, 10)),
    next: calendarDay(next.toISOString().slice(0, 10)),
  };
}

const TEMPLATE_SET: TemplateSet = {
  id: 'bench-set',
  name: 'Bench',
  builtIn: false,
  updatedAt: utcInstant('2026-01-01T00:00:00.000Z'),
  tiers: [
    { key: 'major', name: 'Major', description: '', rank: 1, color: '#1f5fbf', items: [] },
    { key: 'medium', name: 'Medium', description: '', rank: 2, color: '#2e7d4f', items: [] },
    { key: 'minor', name: 'Minor', description: '', rank: 3, color: '#8a5a00', items: [] },
  ],
};

const ITEM_TITLES = [
  'Blog post',
  'Social thread',
  'Newsletter',
  'Tutorial',
  'In-app banner',
  'Landing page',
  'Email to users',
  'Community post',
  'Docs update',
];

/** The settings row, with checklist markers on or off (the two drag rows of the table). */
export function benchSettings(markers: boolean): Settings {
  return makeSettings({ activeTemplateSetId: 'bench-set', showChecklistMarkers: markers });
}

function title(index: number): string {
  return `Launch ${String(index).padStart(4, '0')}`;
}

/**
 * A deterministic plan of about `size` calendar entries centred on the middle of this month: per
 * launch nine checklist items, plus maintenance windows for the remaining ~2%. Small plans spread
 * their launches so the visible and the next month both hold some.
 */
export function benchPlan(size: number): BenchPlan {
  const month = thisMonth();
  const middle = addCalendarDays(month.first, 14);
  const count = Math.floor((size * 0.98) / 10);
  const windowCount = size - count * 10;
  const spacing = Math.max(1, Math.floor(120 / count));
  const first = addCalendarDays(middle, -Math.floor((count * spacing) / 2));
  const announcements: Announcement[] = [];
  const checklistItems: ChecklistItem[] = [];
  for (let index = 0; index < count; index++) {
    const id = `ann-${String(index).padStart(5, '0')}`;
    const launchDate = addCalendarDays(first, index * spacing);
    announcements.push(
      makeAnnouncement({
        id,
        title: title(index),
        launchDate,
        launchTime: index % 5 === 4 ? '15:00' : null,
        templateSetId: 'bench-set',
        tierKey: ['major', 'medium', 'minor'][index % 3] as string,
        status: index % 50 === 49 ? 'cancelled' : 'planned',
        createdAt: utcInstant('2026-01-01T00:00:00.000Z'),
        updatedAt: utcInstant('2026-02-01T00:00:00.000Z'),
      }),
    );
    ITEM_TITLES.forEach((itemTitle, order) => {
      checklistItems.push(
        makeChecklistItem({
          id: `${id}:item-${order}`,
          parentId: id,
          templateItemId: `item-${order}`,
          title: itemTitle,
          offset: { kind: 'launch', days: order - 4 },
          dueDate: addCalendarDays(launchDate, order - 4),
          done: order % 2 === 0,
          doneAt: order % 2 === 0 ? utcInstant('2026-03-01T12:00:00.000Z') : null,
          order,
          updatedAt: utcInstant('2026-02-01T00:00:00.000Z'),
        }),
      );
    });
  }
  const maintenanceWindows: MaintenanceWindow[] = [];
  const windowSpacing = Math.max(1, Math.floor((count * spacing) / windowCount));
  for (let index = 0; index < windowCount; index++) {
    const day = addCalendarDays(first, index * windowSpacing + 1);
    maintenanceWindows.push(
      makeMaintenanceWindow({
        id: `win-${String(index).padStart(4, '0')}`,
        title: `Upgrade ${String(index).padStart(4, '0')}`,
        start: utcInstant(`${day}T22:00:00.000Z`),
        end: utcInstant(`${addCalendarDays(day, 1)}T02:00:00.000Z`),
        timeZone: 'UTC',
        createdAt: utcInstant('2026-01-01T00:00:00.000Z'),
        updatedAt: utcInstant('2026-02-01T00:00:00.000Z'),
      }),
    );
  }
  const firstFrom = (day: string) =>
    announcements.find((row) => row.launchDate >= day && row.launchTime === null && row.status === 'planned');
  const dragged = firstFrom(addCalendarDays(month.first, 7));
  const nextMonth = firstFrom(addCalendarDays(month.next, 11));
  if (!dragged || !nextMonth)
    throw new Error(`A plan of ${size} has no launch to drag or to find next month.`);
  return {
    size: count * 10 + windowCount,
    announcements,
    checklistItems,
    maintenanceWindows,
    templateSets: [TEMPLATE_SET],
    probe: {
      dragTitle: dragged.title,
      dragDay: dragged.launchDate,
      dropDay: addCalendarDays(dragged.launchDate, 1),
      nextMonthTitle: nextMonth.title,
    },
  };
}
