import { plural, pluralWord } from '../plural';
import { comparePeople, peopleById, personNameOf } from '../people/names';
import type { Announcement, ChecklistItem, MaintenanceWindow, Person, WindowOccurrence } from '../types';
import { instantToLocal, localToInstant, toLocalDateTime } from '../zoned-time';
import type { PlanFile } from './schema';
import { PLAN_FILE_VERSION, PLAN_FILE_VERSION_PLAIN, PLAN_TEMPLATE_SETS } from './schema';
import { occurrencesForPlan } from './occurrences';
import { defaultSettings } from '../settings-defaults';

export type RecordsForPlan = {
  announcements: Announcement[];
  items: ChecklistItem[];
  windows: MaintenanceWindow[];
  /** Owners are written by name; the list (team, email, active) when there is anyone. */
  people?: readonly Person[];
  /** The plan's zone: announcement launch times are written in it. */
  timeZone: string;
  /** Changed occurrences of repeating windows (issue 11): written with their series. */
  occurrences?: readonly WindowOccurrence[];
};

/**
 * A plan file describing these records (version 2 when a repeating window has changed occurrences,
 * else version 1, which older Tierlines read too), plus warnings for what the format cannot carry:
 * announcements planned with a template set other than one built-in set, custom checklist items,
 * assignees and notes. Checklist state survives as `done` (template item ids); ids, sequences and
 * the latest `updatedAt` are kept, so exporting the plan again gives the same UIDs.
 */
export function recordsToPlan(records: RecordsForPlan): { plan: PlanFile; warnings: string[] } {
  const warnings: string[] = [];
  const names = peopleById(records.people ?? []);
  const setCounts = new Map<string, number>();
  for (const announcement of records.announcements) {
    setCounts.set(announcement.templateSetId, (setCounts.get(announcement.templateSetId) ?? 0) + 1);
  }
  const builtIn = new Set<string>(PLAN_TEMPLATE_SETS);
  const templateSet =
    [...setCounts.entries()].filter(([id]) => builtIn.has(id)).sort((a, b) => b[1] - a[1])[0]?.[0] ??
    'handbook-current';

  const itemsOf = new Map<string, ChecklistItem[]>();
  for (const item of records.items) {
    const list = itemsOf.get(item.parentId);
    if (list) list.push(item);
    else itemsOf.set(item.parentId, [item]);
  }
  const doneOf = (parentId: string, title: string): string[] => {
    const items = itemsOf.get(parentId) ?? [];
    const custom = items.filter((item) => item.templateItemId === null).length;
    // Maintenance steps come with generated assignees and notes, so only announcement items are checked.
    const personal = items.filter(
      (item) => item.parentKind === 'announcement' && (item.assigneeId !== null || item.notes.trim() !== ''),
    ).length;
    if (custom > 0)
      warnings.push(
        `"${title}": ${plural(custom, 'custom checklist item')} ${pluralWord(custom, 'is', 'are')} not part of a plan file`,
      );
    if (personal > 0)
      warnings.push(`"${title}": assignees and notes on checklist items are not part of a plan file`);
    return items
      .filter((item) => item.done && item.templateItemId !== null)
      .map((item) => item.templateItemId as string);
  };

  const announcements: PlanFile['announcements'] = [];
  for (const a of records.announcements) {
    if (a.templateSetId !== templateSet) {
      warnings.push(`"${a.title}" uses template set ${a.templateSetId}, not ${templateSet}: left out`);
      continue;
    }
    const launch = a.launchTime
      ? instantToLocal(
          localToInstant(toLocalDateTime(`${a.launchDate}T${a.launchTime}`), a.timeZone),
          records.timeZone,
        )
      : a.launchDate;
    announcements.push({
      id: a.id,
      title: a.title,
      tier: a.tierKey,
      launch,
      owner: personNameOf(names, a.marketingOwnerId),
      productOwner: personNameOf(names, a.productOwnerId),
      status: a.status,
      summary: a.summary,
      links: { ...a.links },
      done: doneOf(a.id, a.title),
      sequence: a.sequence,
    });
  }
  const changed = records.occurrences ?? [];
  const settings = defaultSettings(records.timeZone);
  // Only a series with changed occurrences lists them; the list's presence makes the file version 2.
  const occurrencesOf = (w: MaintenanceWindow) => {
    if (!w.recurrence || !changed.some((row) => row.seriesId === w.id)) return {};
    const occurrences = occurrencesForPlan(w, changed, names, settings);
    return occurrences.length > 0 ? { occurrences } : {};
  };
  const maintenance: PlanFile['maintenance'] = records.windows.map((w) => ({
    id: w.id,
    title: w.title,
    start: instantToLocal(w.start, w.timeZone),
    end: instantToLocal(w.end, w.timeZone),
    timeZone: w.timeZone,
    disruption: w.disruption,
    services: [...w.services],
    owner: personNameOf(names, w.ownerId),
    status: w.status,
    notes: w.notes,
    audience: w.audience,
    audienceZones: [...w.audienceZones],
    done: doneOf(w.id, w.title),
    sequence: w.sequence,
    ...(w.recurrence ? { repeat: w.recurrence } : {}),
    ...occurrencesOf(w),
  }));
  const carriesOccurrences = maintenance.some((entry) => entry.occurrences !== undefined);
  const stamps = [...records.announcements, ...records.windows].map((record) => record.updatedAt).sort();
  const updatedAt = stamps[stamps.length - 1];
  return {
    plan: {
      tierline: carriesOccurrences ? PLAN_FILE_VERSION : PLAN_FILE_VERSION_PLAIN,
      timeZone: records.timeZone,
      templateSet: templateSet as PlanFile['templateSet'],
      ...(updatedAt ? { updatedAt } : {}),
      announcements,
      maintenance,
      ...(names.size > 0
        ? {
            people: [...names.values()].sort(comparePeople).map((person) => ({
              name: person.name,
              team: person.team,
              email: person.email,
              active: person.active,
            })),
          }
        : {}),
    },
    warnings,
  };
}
