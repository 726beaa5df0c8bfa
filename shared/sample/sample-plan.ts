import { addCalendarDays, isCalendarDay } from '../calendar-day';
import { generateChecklist } from '../checklist/generate-checklist';
import { generateCommsChecklist } from '../maintenance/comms-plan';
import type { CommsSettings } from '../maintenance/comms-steps';
import type { DueDateSettings } from '../checklist/due-dates';
import { personNameKey } from '../people/names';
import { PLANNABLE_FIRST_DAY, PLANNABLE_LAST_DAY } from '../plannable-range';
import { findTier } from '../templates/built-in-sets';
import type {
  Announcement,
  CalendarDay,
  ChecklistItem,
  Instant,
  MaintenanceWindow,
  Person,
  TemplateSet,
} from '../types';
import { addMinutesToInstant, localToInstant, toLocalDateTime } from '../zoned-time';
import {
  SAMPLE_ASSIGNEE_BY_TEAM,
  SAMPLE_LAUNCHES,
  SAMPLE_PEOPLE,
  SAMPLE_WINDOWS,
  type SampleLaunch,
} from './sample-data';
import { SAMPLE_ID_PREFIX, isSampleId } from './sample-ids';

export { SAMPLE_ID_PREFIX, hasSamplePlan, isSampleId } from './sample-ids';

/** The rows of the sample plan, ready to write in one transaction. */
export type SamplePlan = {
  people: Person[];
  announcements: Announcement[];
  maintenanceWindows: MaintenanceWindow[];
  checklistItems: ChecklistItem[];
};

export type SampleSettings = DueDateSettings & CommsSettings;

// The sample spans about 20 days back and 65 ahead, plus checklists a month either side: near
// the ends of the plannable range it is laid out around the nearest day that leaves room.
const ROOM_BEFORE = 60;
const ROOM_AFTER = 130;

/** The day the sample is laid out around: today, or the nearest day with room for the whole sample. */
export function sampleAnchorDay(today: CalendarDay): CalendarDay {
  const earliest = addCalendarDays(PLANNABLE_FIRST_DAY, ROOM_BEFORE);
  const latest = addCalendarDays(PLANNABLE_LAST_DAY, -ROOM_AFTER);
  if (today < earliest) return earliest;
  if (today > latest) return latest;
  return today;
}

function personIds(
  existing: readonly Person[],
  stamp: Instant,
): { ids: Map<string, string>; added: Person[] } {
  const ids = new Map<string, string>();
  const added: Person[] = [];
  for (const sample of SAMPLE_PEOPLE) {
    // A colleague of the same name already in the list is used, not duplicated (names are unique).
    const same = existing.find((person) => person.nameKey === personNameKey(sample.name));
    if (same) {
      ids.set(sample.key, same.id);
      continue;
    }
    const id = `${SAMPLE_ID_PREFIX}person-${sample.key}`;
    ids.set(sample.key, id);
    added.push({
      id,
      name: sample.name,
      nameKey: personNameKey(sample.name),
      team: sample.team,
      email: '',
      active: true,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  return { ids, added };
}

/** Marks done what a team would have finished by today, leaving `lateItems` past-due items open. */
function progressed(items: ChecklistItem[], launch: SampleLaunch, today: CalendarDay, doneAt: Instant) {
  const past = items
    .filter((item) => item.dueDate < today)
    .sort((a, b) => b.dueDate.localeCompare(a.dueDate));
  const late = new Set(past.slice(0, launch.lateItems).map((item) => item.id));
  const early = new Set(
    items
      .filter((item) => item.dueDate >= today)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.order - b.order)
      .slice(0, launch.earlyDone)
      .map((item) => item.id),
  );
  return items.map((item) => {
    const done = (item.dueDate < today && !late.has(item.id)) || early.has(item.id);
    return done ? { ...item, done: true, doneAt } : item;
  });
}

/**
 * A realistic quarter laid out around `today` (see sampleAnchorDay): twelve launches of every
 * tier of the current handbook and one of the earlier Tier 1–3 set, each with its tier's full
 * checklist (past-due items done except a few left late, some upcoming ones done early), owned by
 * four sample people; and three maintenance windows (downtime, degraded, no impact) with their
 * communications plans. Deterministic: the same arguments give the same rows. Every id starts
 * with SAMPLE_ID_PREFIX except people reused from `existingPeople` by name. Throws when `today`
 * is not a calendar day or a needed template set or tier is missing from `templateSets`.
 */
export function buildSamplePlan(args: {
  today: CalendarDay;
  settings: SampleSettings;
  templateSets: readonly TemplateSet[];
  existingPeople: readonly Person[];
}): SamplePlan {
  const { settings, templateSets } = args;
  if (!isCalendarDay(args.today)) throw new Error(`Not a calendar day: ${String(args.today)}`);
  const today = sampleAnchorDay(args.today);
  const zone = settings.timeZone;
  const stamp = localToInstant(toLocalDateTime(`${addCalendarDays(today, -30)}T09:00`), zone);
  const doneAt = localToInstant(toLocalDateTime(`${addCalendarDays(today, -1)}T12:00`), zone);
  const { ids, added: people } = personIds(args.existingPeople, stamp);
  const person = (key: string) => ids.get(key) ?? null;
  const assign = (item: ChecklistItem): ChecklistItem => ({
    ...item,
    assigneeId: item.assigneeId ?? person(SAMPLE_ASSIGNEE_BY_TEAM[item.team] ?? 'ana'),
  });

  const announcements: Announcement[] = [];
  const checklistItems: ChecklistItem[] = [];
  for (const launch of SAMPLE_LAUNCHES) {
    const setId = launch.set === 'current' ? 'handbook-current' : 'handbook-earlier';
    const set = templateSets.find((candidate) => candidate.id === setId);
    const tier = set && findTier(set, launch.tierKey);
    if (!tier) throw new Error(`The sample needs the tier “${launch.tierKey}” of “${setId}”.`);
    const id = `${SAMPLE_ID_PREFIX}launch-${launch.key}`;
    const launchDate = addCalendarDays(today, launch.day);
    announcements.push({
      id,
      title: launch.title,
      summary: launch.summary,
      launchDate,
      launchTime: launch.time,
      timeZone: zone,
      templateSetId: setId,
      tierKey: launch.tierKey,
      productOwnerId: person(launch.product),
      marketingOwnerId: person(launch.marketing),
      status: launch.status,
      links: { pr: '', docs: '', blog: '' },
      createdAt: stamp,
      updatedAt: stamp,
      sequence: 0,
    });
    const items = generateChecklist({ parentId: id, tier, launchDate, settings, now: stamp }).map(assign);
    checklistItems.push(...progressed(items, launch, today, doneAt));
  }

  const now = localToInstant(toLocalDateTime(`${today}T09:00`), zone);
  const maintenanceWindows = SAMPLE_WINDOWS.map((sample): MaintenanceWindow => {
    const start = localToInstant(
      toLocalDateTime(`${addCalendarDays(today, sample.day)}T${sample.start}`),
      zone,
    );
    return {
      id: `${SAMPLE_ID_PREFIX}window-${sample.key}`,
      title: sample.title,
      start,
      end: addMinutesToInstant(start, sample.minutes),
      timeZone: zone,
      services: [...sample.services],
      disruption: sample.disruption,
      audience: sample.audience,
      ownerId: person(sample.owner),
      status: sample.status,
      notes: sample.notes,
      audienceZones: [],
      createdAt: stamp,
      updatedAt: stamp,
      sequence: 0,
    };
  });
  for (const window of maintenanceWindows) {
    const items = generateCommsChecklist({ window, settings, now: stamp }).map(assign);
    // Communications due before this morning went out; the rest are still to do.
    checklistItems.push(
      ...items.map((item) => (item.dueAt && item.dueAt < now ? { ...item, done: true, doneAt } : item)),
    );
  }
  return { people, announcements, maintenanceWindows, checklistItems };
}

/** The ids removing the sample plan deletes, table by table. */
export type SampleRemoval = {
  announcements: string[];
  maintenanceWindows: string[];
  checklistItems: string[];
  people: string[];
};

/**
 * Exactly the sample's rows in a plan: its launches and windows (edited or not), every checklist
 * item under them (the planner's own additions too: they belong to a launch that goes), and the
 * sample people nobody else points at. A sample person who owns or is assigned any of the
 * planner's own work, or is a team default owner, stays, so nothing of theirs is left dangling.
 * Nothing whose id is the planner's own is ever listed.
 */
export function sampleRemoval(plan: {
  announcements: readonly Announcement[];
  maintenanceWindows: readonly MaintenanceWindow[];
  checklistItems: readonly ChecklistItem[];
  people: readonly Person[];
  teamDefaultOwners?: Readonly<Record<string, Readonly<Record<string, string | undefined>>>> | undefined;
}): SampleRemoval {
  const announcements = plan.announcements.filter((row) => isSampleId(row.id)).map((row) => row.id);
  const maintenanceWindows = plan.maintenanceWindows.filter((row) => isSampleId(row.id)).map((row) => row.id);
  const gone = new Set([...announcements, ...maintenanceWindows]);
  const items = plan.checklistItems.filter((item) => gone.has(item.parentId) || isSampleId(item.id));
  const removedItems = new Set(items.map((item) => item.id));
  const stillUsed = new Set<string | null>();
  for (const row of plan.announcements)
    if (!gone.has(row.id)) stillUsed.add(row.productOwnerId).add(row.marketingOwnerId);
  for (const row of plan.maintenanceWindows) if (!gone.has(row.id)) stillUsed.add(row.ownerId);
  for (const item of plan.checklistItems) if (!removedItems.has(item.id)) stillUsed.add(item.assigneeId);
  for (const byChannel of Object.values(plan.teamDefaultOwners ?? {}))
    for (const id of Object.values(byChannel)) stillUsed.add(id ?? null);
  const people = plan.people
    .filter((row) => isSampleId(row.id) && !stillUsed.has(row.id))
    .map((row) => row.id);
  return { announcements, maintenanceWindows, checklistItems: [...removedItems], people };
}
