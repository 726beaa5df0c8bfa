import { tierOf } from '../templates/tier-lookup';
import type {
  Announcement,
  CalendarDay,
  Channel,
  ChecklistItem,
  ChecklistParentKind,
  Instant,
  MaintenanceWindow,
  Person,
  TemplateSet,
} from '../types';
import { instantToDay } from '../zoned-time';
import { peopleById } from '../people/names';
import { ownerOfItem, type Owner } from './owners';

/** Where an item stands: still to do, done, or belonging to a cancelled launch or window. */
export type WorkStatus = 'open' | 'done' | 'cancelled';

/** One line of the Work view: a checklist item or maintenance step with what it belongs to. */
export type WorkRow = {
  id: string;
  title: string;
  parentKind: ChecklistParentKind;
  parentId: string;
  parentTitle: string;
  /** The launch day, or the window's first day in the planner's zone: where the calendar goes. */
  parentDay: CalendarDay;
  /** The tier's key (`major`, `tier-1`) and name; null for maintenance windows. */
  tierKey: string | null;
  tierName: string | null;
  channel: Channel;
  team: string;
  owner: Owner | null;
  dueDate: CalendarDay;
  dueAt: Instant | null;
  status: WorkStatus;
  /** Open and due before today. */
  overdue: boolean;
};

export type WorkPlan = {
  announcements: readonly Announcement[];
  windows: readonly MaintenanceWindow[];
  items: readonly ChecklistItem[];
  templateSets: readonly TemplateSet[];
  /** Everyone owners point at: rows name their owner by the person's current name. */
  people: readonly Pick<Person, 'id' | 'name'>[];
};

type Parent = Pick<WorkRow, 'parentTitle' | 'parentDay' | 'tierKey' | 'tierName'> & { cancelled: boolean };

// One collator for every comparison: `localeCompare(…, 'en')` builds one per call, which was
// most of the time of sorting 10,000 rows after each write (issue 13). Same order, by definition.
const TITLE_ORDER = new Intl.Collator('en');

function parentsById(plan: WorkPlan, zone: string): Map<string, Parent> {
  const parents = new Map<string, Parent>();
  for (const announcement of plan.announcements) {
    parents.set(announcement.id, {
      parentTitle: announcement.title,
      parentDay: announcement.launchDate,
      tierKey: announcement.tierKey,
      tierName: tierOf(announcement, plan.templateSets)?.name ?? announcement.tierKey,
      cancelled: announcement.status === 'cancelled',
    });
  }
  for (const window of plan.windows) {
    parents.set(window.id, {
      parentTitle: window.title,
      parentDay: instantToDay(window.start, zone),
      tierKey: null,
      tierName: null,
      cancelled: window.status === 'cancelled',
    });
  }
  return parents;
}

/**
 * Every checklist item and maintenance step of the plan as a Work row, in due order (then
 * title, then id, so equal rows never swap). An item whose launch or window is gone (a damaged
 * plan) is left out: there is nothing to open or move to. `today` is the planner's day.
 */
export function buildWorkRows(plan: WorkPlan, today: CalendarDay, zone: string): WorkRow[] {
  const parents = parentsById(plan, zone);
  const people = peopleById(plan.people);
  const rows: WorkRow[] = [];
  for (const item of plan.items) {
    const parent = parents.get(item.parentId);
    if (!parent) continue;
    const status: WorkStatus = item.done ? 'done' : parent.cancelled ? 'cancelled' : 'open';
    rows.push({
      id: item.id,
      title: item.title,
      parentKind: item.parentKind,
      parentId: item.parentId,
      parentTitle: parent.parentTitle,
      parentDay: parent.parentDay,
      tierKey: parent.tierKey,
      tierName: parent.tierName,
      channel: item.channel,
      team: item.team,
      owner: ownerOfItem(item, people),
      dueDate: item.dueDate,
      dueAt: item.dueAt,
      status,
      overdue: status === 'open' && item.dueDate < today,
    });
  }
  return rows.sort(compareRows);
}

/** Due day, then due time (timed steps after untimed ones of that day), then title, then id. */
export function compareRows(a: WorkRow, b: WorkRow): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  const at = a.dueAt ?? '';
  const bt = b.dueAt ?? '';
  if (at !== bt) return at < bt ? -1 : 1;
  const byTitle = TITLE_ORDER.compare(a.title, b.title);
  if (byTitle !== 0) return byTitle;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
