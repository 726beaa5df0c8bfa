import { comparePeople } from '../people/names';
import type { Announcement, ChecklistItem, MaintenanceWindow, Person } from '../types';

/**
 * The owner seam. Owners and assignees are person ids (schema version 2, issue 9). Everything in
 * the Work view, the filters, the workload and the digest reads owners through these functions
 * only: an owner's key is the person's id, so renaming a person keeps every filter and "I am".
 */

/** What an owner is called on screen, and the key filters and groups compare by (a person id). */
export type Owner = { key: string; name: string };

/** The people an owner lookup reads: by id (see peopleById). */
export type PeopleById = ReadonlyMap<string, Pick<Person, 'id' | 'name'>>;

/**
 * The person doing a checklist item, or null when nobody is assigned. An id no person has (a
 * damaged or half-imported plan) counts as nobody, as the restore step treats it.
 */
export function ownerOfItem(item: Pick<ChecklistItem, 'assigneeId'>, people: PeopleById): Owner | null {
  const person = item.assigneeId === null ? undefined : people.get(item.assigneeId);
  return person ? { key: person.id, name: person.name } : null;
}

/** The person ids a launch or window names itself (product and marketing owner, window owner). */
export function ownerKeysOfParent(
  parent: Pick<Announcement, 'productOwnerId' | 'marketingOwnerId'> | Pick<MaintenanceWindow, 'ownerId'>,
): string[] {
  const ids = 'ownerId' in parent ? [parent.ownerId] : [parent.productOwnerId, parent.marketingOwnerId];
  return ids.filter((id): id is string => id !== null);
}

/**
 * The people the Owner filter and "I am" offer, sorted by name: every active person, and an
 * inactive one only while they still own or are assigned something, so old work stays findable
 * without the list filling up with people who left. People in `keep` (the person a filter or
 * "I am" holds now) are offered whatever their state, so a control never shows a value it lacks.
 */
export function ownerOptions(plan: {
  people: readonly Pick<Person, 'id' | 'name' | 'nameKey' | 'active'>[];
  announcements: readonly Pick<Announcement, 'productOwnerId' | 'marketingOwnerId'>[];
  windows: readonly Pick<MaintenanceWindow, 'ownerId'>[];
  items: readonly Pick<ChecklistItem, 'assigneeId'>[];
  keep?: readonly (string | null)[];
}): Owner[] {
  const owning = new Set<string | null>(plan.keep);
  // Who owns what matters only for an inactive person: with none, the plan's rows are not read
  // (every drop re-renders the filter bar, issue 13).
  if (plan.people.some((person) => !person.active && !owning.has(person.id))) {
    for (const item of plan.items) owning.add(item.assigneeId);
    for (const parent of [...plan.announcements, ...plan.windows])
      for (const id of ownerKeysOfParent(parent)) owning.add(id);
  }
  return plan.people
    .filter((person) => person.active || owning.has(person.id))
    .sort(comparePeople)
    .map((person) => ({ key: person.id, name: person.name }));
}

/** The display name of an owner key among `options`; a plain placeholder when no such person is offered. */
export function ownerName(key: string, options: readonly Owner[]): string {
  return options.find((owner) => owner.key === key)?.name ?? 'someone no longer listed';
}

/**
 * A stored owner key (a filter's Owner, "I am") if it still names a person, else null: a person
 * deleted since, or a name saved by a version that stored free text, is dropped instead of
 * hiding the whole plan behind a filter nobody can see.
 */
export function knownOwnerKey(key: string | null, people: readonly Pick<Person, 'id'>[]): string | null {
  return key !== null && people.some((person) => person.id === key) ? key : null;
}
