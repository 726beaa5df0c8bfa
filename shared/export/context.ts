import { tierOf } from '../templates/built-in-sets';
import { peopleById, personNameOf } from '../people/names';
import type { Announcement, ChecklistItem, MaintenanceWindow, Person, TemplateSet } from '../types';

/** People by id, as exporters look names up. */
export type PeopleNames = ReadonlyMap<string, Pick<Person, 'name'>>;

/** No people: every owner reads as nobody. */
export const NO_PEOPLE: PeopleNames = new Map();

/** The name lookup for an export's people (none when the input carries none). */
export function namesOf(input: { people?: readonly Person[] | undefined }): PeopleNames {
  return input.people ? peopleById(input.people) : NO_PEOPLE;
}

/** A tier's display name, falling back to its key so an orphaned tier is still named. */
export function tierNameOf(announcement: Announcement, templateSets: TemplateSet[]): string {
  return tierOf(announcement, templateSets)?.name ?? announcement.tierKey;
}

/** Rank 1 (biggest) to 3; an unknown tier counts as the smallest, so it never headlines by accident. */
export function tierRankOf(announcement: Announcement, templateSets: TemplateSet[]): 1 | 2 | 3 {
  return tierOf(announcement, templateSets)?.rank ?? 3;
}

/** The one link that best represents an announcement: the blog post, else the docs, else the PR. */
export function primaryLinkOf(announcement: Announcement): string {
  const { blog, docs, pr } = announcement.links;
  return [blog, docs, pr].map((link) => link.trim()).find((link) => isSafeUrl(link)) ?? '';
}

/** True for an absolute http(s) or mailto URL with no whitespace or characters that break out of a field. */
export function isSafeUrl(value: string): boolean {
  return /^(https?:\/\/|mailto:)[^\s"<>\\`]+$/i.test(value);
}

/** The names of the people an announcement names, in the order the planner reads them. */
export function ownersOf(announcement: Announcement, names: PeopleNames): string[] {
  return [announcement.marketingOwnerId, announcement.productOwnerId]
    .map((id) => personNameOf(names, id))
    .filter((owner, index, all) => owner !== '' && all.indexOf(owner) === index);
}

/** Checklist items grouped by parent id, each group in checklist order. */
export function itemsByParent(items: ChecklistItem[]): Map<string, ChecklistItem[]> {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) {
    const group = groups.get(item.parentId);
    if (group) group.push(item);
    else groups.set(item.parentId, [item]);
  }
  for (const group of groups.values()) group.sort(compareItems);
  return groups;
}

/** Checklist order: position, then due date, then id so equal positions still sort the same way. */
export function compareItems(a: ChecklistItem, b: ChecklistItem): number {
  return a.order - b.order || compareText(a.dueDate, b.dueDate) || compareText(a.id, b.id);
}

/** Launch order, ties broken by id so exports are deterministic. */
export function compareAnnouncements(a: Announcement, b: Announcement): number {
  return (
    compareText(a.launchDate, b.launchDate) ||
    compareText(a.launchTime ?? '', b.launchTime ?? '') ||
    compareText(a.id, b.id)
  );
}

/** Start order, ties broken by id. */
export function compareWindows(a: MaintenanceWindow, b: MaintenanceWindow): number {
  return compareText(a.start, b.start) || compareText(a.id, b.id);
}

/** Code-unit order: locale-independent, so every machine sorts the same way. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
