import { generateChecklist } from '../checklist/generate-checklist';
import { generateCommsChecklist } from '../maintenance/comms-plan';
import { addCalendarDays } from '../calendar-day';
import { defaultSettings } from '../settings-defaults';
import { builtInTemplateSet, findTier } from '../templates/built-in-sets';
import type {
  Announcement,
  ChecklistItem,
  Instant,
  MaintenanceWindow,
  Person,
  Settings,
  TemplateSet,
  WindowOccurrence,
} from '../types';
import { localDay, localToInstant, toLocalDateTime, instantOf, trustedInstant } from '../zoned-time';
import { stableHash } from '../stable-hash';
import { newPerson, resolveNames } from '../people/resolve-names';
import { personIdForKey } from '../people/upgrade-v2';
import { launchDay, type PlanAnnouncement, type PlanFile, type PlanMaintenance } from './schema';
import { occurrenceAssignees, occurrenceRowsFromPlan } from './occurrences';

/**
 * The plan's people: its `people` list first (team, email, active as written), then a person for
 * every other owner name, spelled as written most often. Ids derive from the name, so importing
 * one plan twice or exporting it through the CLI gives the same people.
 */
export function planPeople(
  plan: PlanFile,
  now: Instant,
): { people: Person[]; idOf: (name: string) => string | null } {
  const listed = (plan.people ?? []).map((entry) => ({
    ...newPerson(personIdForKey(entry.name.trim().replace(/\s+/g, ' ').toLowerCase()), entry.name, now),
    team: entry.team.trim(),
    email: entry.email.trim(),
    active: entry.active,
  }));
  const names = [
    ...plan.announcements.flatMap((entry) => [entry.productOwner, entry.owner]),
    ...plan.maintenance.map((entry) => entry.owner),
    ...occurrenceAssignees(plan.maintenance),
  ];
  const resolution = resolveNames(names, listed, personIdForKey, now);
  return { people: [...listed, ...resolution.created], idOf: resolution.idOf };
}

export type PlanRecords = {
  announcements: Announcement[];
  items: ChecklistItem[];
  windows: MaintenanceWindow[];
  /** Default settings in the plan's zone, with the plan's template set active. */
  settings: Settings;
  templateSets: TemplateSet[];
  /** The plan's people list, then one person per other owner name (ignoring case and spacing). */
  people: Person[];
  /** Repeating windows' changed occurrences (plan-file version 2); exports honour them. */
  occurrences: WindowOccurrence[];
};

/** The built-in template set a plan names (validation guarantees it exists). */
export function planTemplateSet(plan: Pick<PlanFile, 'templateSet'>): TemplateSet {
  const set = builtInTemplateSet(plan.templateSet);
  if (!set) throw new Error(`Unknown template set: ${plan.templateSet}`);
  return set;
}

// The handbook's items end in full stops and curly quotes that people do not type.
function normalise(name: string): string {
  return name
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[.\s]+$/, '')
    .toLowerCase();
}

/**
 * Whether a `done` entry names this checklist item: by template item id or by title, ignoring case,
 * spacing, a final full stop and curly quotes.
 */
export function doneNameMatches(
  name: string,
  item: Pick<ChecklistItem, 'title' | 'templateItemId'>,
): boolean {
  const wanted = normalise(name);
  return (
    wanted === normalise(item.title) ||
    (item.templateItemId !== null && wanted === normalise(item.templateItemId))
  );
}

/**
 * The instant a plan's records are stamped with when the caller wants repeatable output: the plan's
 * `updatedAt`, else midnight UTC 30 days before the earliest day the plan mentions (so "as soon as
 * planned" maintenance items fall before the work, as they would have), else the Unix epoch.
 */
export function planRecordTime(plan: PlanFile): Instant {
  if (plan.updatedAt) return instantOf(new Date(plan.updatedAt));
  const days = [
    ...plan.announcements.map((a) => launchDay(a.launch)),
    ...plan.maintenance.map((m) => localDay(m.start)),
  ].sort();
  const earliest = days[0];
  return trustedInstant(
    earliest ? `${addCalendarDays(earliest, -30)}T00:00:00.000Z` : '1970-01-01T00:00:00.000Z',
  );
}

/** Ids for records the plan left without one: a digest of their content, numbered when equal. */
function idAllocator(taken: Set<string>): (prefix: string, content: string) => string {
  return (prefix, content) => {
    const base = `${prefix}-${stableHash(content)}`;
    let candidate = base;
    for (let count = 2; taken.has(candidate); count++) candidate = `${base}-${count}`;
    taken.add(candidate);
    return candidate;
  };
}

function markDone(items: ChecklistItem[], done: string[], now: Instant): ChecklistItem[] {
  if (done.length === 0) return items;
  return items.map((item) =>
    done.some((name) => doneNameMatches(name, item)) ? { ...item, done: true, doneAt: now } : item,
  );
}

/**
 * The records a validated plan describes: announcements with their tier's checklist (items the plan
 * lists under `done` marked done), maintenance windows with their communications checklist, and the
 * default settings in the plan's zone. Ids come from the plan; where one is missing it is derived from
 * the record's content, so the same plan always gives the same ids (and the same ICS UIDs). Every
 * timestamp is `now`: pass {@link planRecordTime} for output that is identical run after run.
 */
export function planToRecords(plan: PlanFile, options: { now: Instant }): PlanRecords {
  const { now } = options;
  const set = planTemplateSet(plan);
  const settings: Settings = { ...defaultSettings(plan.timeZone), activeTemplateSetId: set.id };
  const taken = new Set<string>([
    ...plan.announcements.flatMap((a) => (a.id ? [a.id] : [])),
    ...plan.maintenance.flatMap((m) => (m.id ? [m.id] : [])),
  ]);
  const allocate = idAllocator(taken);
  const { people, idOf } = planPeople(plan, now);
  const records: PlanRecords = {
    announcements: [],
    items: [],
    windows: [],
    settings,
    templateSets: [set],
    people,
    occurrences: [],
  };

  for (const entry of plan.announcements) {
    const announcement = announcementFrom(
      entry,
      plan,
      now,
      idOf,
      entry.id ?? allocate('announcement', `${entry.title}|${entry.launch}|${entry.tier}`),
    );
    const tier = findTier(set, entry.tier);
    if (!tier) throw new Error(`Tier "${entry.tier}" is not in ${set.id}`);
    const items = generateChecklist({
      parentId: announcement.id,
      tier,
      launchDate: announcement.launchDate,
      settings,
      now,
    });
    records.announcements.push(announcement);
    records.items.push(...markDone(items, entry.done, now));
  }
  for (const entry of plan.maintenance) {
    const window = windowFrom(
      entry,
      plan,
      now,
      idOf,
      entry.id ?? allocate('maintenance', `${entry.title}|${entry.start}|${entry.end}`),
    );
    records.windows.push(window);
    // A repeating window's steps are generated per occurrence, never stored (issue 11); what
    // changed on one occurrence is a row of its own.
    if (window.recurrence) {
      records.occurrences.push(...occurrenceRowsFromPlan(entry, window, idOf, now));
      continue;
    }
    records.items.push(...markDone(generateCommsChecklist({ window, settings, now }), entry.done, now));
  }
  return records;
}

type IdOf = (name: string) => string | null;

function announcementFrom(
  entry: PlanAnnouncement,
  plan: PlanFile,
  now: Instant,
  idOf: IdOf,
  id: string,
): Announcement {
  const timed = entry.launch.length > 10;
  return {
    id,
    title: entry.title,
    summary: entry.summary,
    launchDate: launchDay(entry.launch),
    launchTime: timed ? entry.launch.slice(11, 16) : null,
    timeZone: plan.timeZone,
    templateSetId: plan.templateSet,
    tierKey: entry.tier,
    productOwnerId: idOf(entry.productOwner),
    marketingOwnerId: idOf(entry.owner),
    status: entry.status,
    links: { pr: entry.links.pr, docs: entry.links.docs, blog: entry.links.blog },
    createdAt: now,
    updatedAt: now,
    sequence: entry.sequence,
  };
}

function windowFrom(
  entry: PlanMaintenance,
  plan: PlanFile,
  now: Instant,
  idOf: IdOf,
  id: string,
): MaintenanceWindow {
  const zone = entry.timeZone ?? plan.timeZone;
  return {
    id,
    title: entry.title,
    start: localToInstant(toLocalDateTime(entry.start), zone),
    end: localToInstant(toLocalDateTime(entry.end), zone),
    timeZone: zone,
    services: entry.services,
    disruption: entry.disruption,
    audience: entry.audience,
    ownerId: idOf(entry.owner),
    status: entry.status,
    notes: entry.notes,
    audienceZones: entry.audienceZones,
    createdAt: now,
    updatedAt: now,
    sequence: entry.sequence,
    ...(entry.repeat ? { recurrence: entry.repeat } : {}),
  };
}
