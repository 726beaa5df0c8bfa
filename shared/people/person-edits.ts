import { revised } from '../revised';
import type { Announcement, ChecklistItem, Instant, MaintenanceWindow, Person } from '../types';
import { normalisePersonName, personNameKey, personNameProblem } from './names';

/** The records that can point at a person. */
export type OwnedRecords = {
  announcements: readonly Announcement[];
  items: readonly ChecklistItem[];
  windows: readonly MaintenanceWindow[];
};

/** The rows one people edit writes: changed records and the people to put and delete. */
export type PeopleEditPlan = {
  announcements: Announcement[];
  items: ChecklistItem[];
  windows: MaintenanceWindow[];
  putPeople: Person[];
  deletePeople: string[];
};

/** How many records a person owns or is assigned, for the delete question. */
export function countOwned(records: OwnedRecords, personId: string): number {
  return (
    records.announcements.filter((a) => a.productOwnerId === personId || a.marketingOwnerId === personId)
      .length +
    records.items.filter((item) => item.assigneeId === personId).length +
    records.windows.filter((window) => window.ownerId === personId).length
  );
}

/**
 * Every record pointing at `fromId` changed to point at `toId` (null: nobody), stamped `now` with
 * its sequence raised so calendars that subscribed see the new owner. Records not pointing at
 * `fromId` are not returned. Pure.
 */
export function reassign(
  records: OwnedRecords,
  fromId: string,
  toId: string | null,
  now: Instant,
): Pick<PeopleEditPlan, 'announcements' | 'items' | 'windows'> {
  const swap = (id: string | null) => (id === fromId ? toId : id);
  const announcements = records.announcements
    .filter((a) => a.productOwnerId === fromId || a.marketingOwnerId === fromId)
    .map((a) =>
      revised(a, now, { productOwnerId: swap(a.productOwnerId), marketingOwnerId: swap(a.marketingOwnerId) }),
    );
  const items = records.items
    .filter((item) => item.assigneeId === fromId)
    .map((item) => revised(item, now, { assigneeId: toId }));
  const windows = records.windows
    .filter((window) => window.ownerId === fromId)
    .map((window) => revised(window, now, { ownerId: toId }));
  return { announcements, items, windows };
}

export type EditOutcome = { ok: true; plan: PeopleEditPlan } | { ok: false; message: string };

/**
 * The records whose exported text names `personId` (an owner, an assignee, or an assignee in the
 * checklist a parent's DESCRIPTION lists), revised unchanged so subscribed calendars, which refresh
 * an entry on a higher SEQUENCE, show a renamed person's new name.
 */
function namingRecords(records: OwnedRecords, personId: string, now: Instant) {
  const items = records.items.filter((item) => item.assigneeId === personId);
  const listedIn = new Set(items.map((item) => item.parentId));
  return {
    announcements: records.announcements
      .filter((a) => a.productOwnerId === personId || a.marketingOwnerId === personId || listedIn.has(a.id))
      .map((a) => revised(a, now)),
    items: items.map((item) => revised(item, now)),
    windows: records.windows
      .filter((window) => window.ownerId === personId || listedIn.has(window.id))
      .map((window) => revised(window, now)),
  };
}

/**
 * Renames a person: their row changes, as every record points at the id; with `records`, the
 * records whose calendar text shows the name are revised too (SEQUENCE + 1), so calendars that
 * subscribed refresh them. Refuses an empty, over-long or already-taken name (another person's,
 * ignoring case) with the message for the field.
 */
export function renamePerson(
  people: readonly Person[],
  id: string,
  name: string,
  now: Instant,
  records?: OwnedRecords,
): EditOutcome {
  const person = people.find((candidate) => candidate.id === id);
  if (!person) return { ok: false, message: 'That person is no longer in the list.' };
  const problem = personNameProblem(name, people, id);
  if (problem) return { ok: false, message: problem };
  const normalised = normalisePersonName(name);
  // The same name in another spelling of case changes the text too; the very same name changes nothing.
  const renamed = records && normalised !== person.name;
  return {
    ok: true,
    plan: {
      ...(renamed ? namingRecords(records, id, now) : { announcements: [], items: [], windows: [] }),
      putPeople: [{ ...person, name: normalised, nameKey: personNameKey(normalised), updatedAt: now }],
      deletePeople: [],
    },
  };
}

/**
 * Merges `fromId` into `intoId`: everything `fromId` owned or was assigned now belongs to
 * `intoId`, and `fromId` is removed. The kept person keeps their own name, team and email, taking
 * the other's team or email only where theirs is empty. Refuses merging a person with themselves.
 */
export function mergePeople(
  people: readonly Person[],
  records: OwnedRecords,
  fromId: string,
  intoId: string,
  now: Instant,
): EditOutcome {
  if (fromId === intoId) return { ok: false, message: 'Choose two different people to merge.' };
  const from = people.find((person) => person.id === fromId);
  const into = people.find((person) => person.id === intoId);
  if (!from || !into) return { ok: false, message: 'That person is no longer in the list.' };
  const kept: Person = {
    ...into,
    team: into.team || from.team,
    email: into.email || from.email,
    active: into.active || from.active,
    updatedAt: now,
  };
  return {
    ok: true,
    plan: { ...reassign(records, fromId, intoId, now), putPeople: [kept], deletePeople: [fromId] },
  };
}

/**
 * Deletes a person, first handing what they own or are assigned to `reassignTo` (null: nobody).
 * Refuses handing it to the person being deleted or to someone not in the list.
 */
export function deletePerson(
  people: readonly Person[],
  records: OwnedRecords,
  id: string,
  reassignTo: string | null,
  now: Instant,
): EditOutcome {
  if (!people.some((person) => person.id === id))
    return { ok: false, message: 'That person is no longer in the list.' };
  if (reassignTo === id) return { ok: false, message: 'Choose someone else to take over their items.' };
  if (reassignTo !== null && !people.some((person) => person.id === reassignTo))
    return { ok: false, message: 'The person to take over is no longer in the list.' };
  return {
    ok: true,
    plan: { ...reassign(records, id, reassignTo, now), putPeople: [], deletePeople: [id] },
  };
}
