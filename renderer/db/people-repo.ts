import { normalisePersonName, personNameKey, personNameProblem } from '../../shared/people/names';
import {
  deletePerson as planDelete,
  mergePeople as planMerge,
  renamePerson as planRename,
  type EditOutcome,
  type PeopleEditPlan,
} from '../../shared/people/person-edits';
import { newPerson } from '../../shared/people/resolve-names';
import type { Channel, Person, Settings, TeamDefaultOwners } from '../../shared/types';
import type { RowChanges } from './change';
import { db } from './db';
import { newId, nowInstant } from './ids';
import { recordedChange } from './recorded-change';
import { loadSettings } from './settings-repo';

/** A name the people list refuses (empty, too long, taken), with the message for the field. */
export class PersonNameError extends Error {
  override readonly name = 'PersonNameError';
}

async function owned() {
  const [announcements, items, windows, people] = await Promise.all([
    db.announcements.toArray(),
    db.checklistItems.toArray(),
    db.maintenanceWindows.toArray(),
    db.people.toArray(),
  ]);
  return { records: { announcements, items, windows }, people };
}

/** Team defaults without `personId`: a removed person must not be assigned by a later launch. */
function withoutDefaults(settings: Settings, personId: string, replacement: string | null): Settings | null {
  const defaults = settings.teamDefaultOwners;
  if (!defaults) return null;
  let changed = false;
  const next: TeamDefaultOwners = {};
  for (const [team, channels] of Object.entries(defaults)) {
    const kept: Partial<Record<Channel, string>> = {};
    for (const [channel, id] of Object.entries(channels) as [Channel, string][]) {
      if (id !== personId) kept[channel] = id;
      else {
        changed = true;
        if (replacement !== null) kept[channel] = replacement;
      }
    }
    next[team] = kept;
  }
  return changed ? { ...settings, teamDefaultOwners: next } : null;
}

function toChanges(plan: PeopleEditPlan, settings: Settings | null): RowChanges {
  return {
    announcements: { put: plan.announcements },
    checklistItems: { put: plan.items },
    maintenanceWindows: { put: plan.windows },
    people: { put: plan.putPeople, delete: plan.deletePeople },
    ...(settings ? { settings: { put: [settings] } } : {}),
  };
}

function unwrap(outcome: EditOutcome): PeopleEditPlan {
  if (!outcome.ok) throw new PersonNameError(outcome.message);
  return outcome.plan;
}

/**
 * Adds a person as one undoable change and returns their id. A name that is empty, too long or
 * already someone's (ignoring case and spacing) is refused with PersonNameError.
 */
export async function createPerson(
  name: string,
  details: Partial<Pick<Person, 'team' | 'email' | 'active'>> = {},
): Promise<string> {
  const id = newId();
  const normalised = normalisePersonName(name);
  await recordedChange(`Add ${normalised}`, async () => {
    const problem = personNameProblem(normalised, await db.people.toArray());
    if (problem) throw new PersonNameError(problem);
    return { people: { put: [{ ...newPerson(id, normalised, nowInstant()), ...details }] } };
  });
  return id;
}

/** Changes a person's team, email or active flag, as one undoable change. */
export async function updatePerson(
  id: string,
  patch: Partial<Pick<Person, 'team' | 'email' | 'active'>>,
): Promise<void> {
  await recordedChange('Edit person', async () => {
    const person = await db.people.get(id);
    if (!person) throw new PersonNameError('That person is no longer in the list.');
    const next = { ...person, ...patch };
    if (next.team === person.team && next.email === person.email && next.active === person.active) return {};
    return { people: { put: [{ ...next, updatedAt: nowInstant() }] } };
  });
}

/**
 * Renames a person everywhere (records point at the id), as one undoable change; the records whose
 * calendar text shows the name get a new SEQUENCE so subscribed calendars refresh them.
 */
export async function renamePerson(id: string, name: string): Promise<void> {
  await recordedChange(`Rename to ${normalisePersonName(name)}`, async () => {
    const { records, people } = await owned();
    return toChanges(unwrap(planRename(people, id, name, nowInstant(), records)), null);
  });
}

/** Merges `fromId` into `intoId` (items reassigned, `fromId` removed), as one undoable change. */
export async function mergePeople(fromId: string, intoId: string): Promise<void> {
  await recordedChange('Merge people', async () => {
    const { records, people } = await owned();
    const plan = unwrap(planMerge(people, records, fromId, intoId, nowInstant()));
    return toChanges(plan, withoutDefaults(await loadSettings(), fromId, intoId));
  });
}

/** Deletes a person, handing what they own to `reassignTo` (null: nobody), as one undoable change. */
export async function deletePerson(id: string, reassignTo: string | null): Promise<void> {
  await recordedChange('Delete person', async () => {
    const { records, people } = await owned();
    const plan = unwrap(planDelete(people, records, id, reassignTo, nowInstant()));
    return toChanges(plan, withoutDefaults(await loadSettings(), id, reassignTo));
  });
}

/** Sets (or with null clears) a team's default owner for one channel, as one undoable change. */
export async function setTeamDefaultOwner(team: string, channel: Channel, personId: string | null) {
  await recordedChange('Change team default owner', async () => {
    const settings = await loadSettings();
    const defaults = { ...(settings.teamDefaultOwners ?? {}) };
    const channels = { ...(defaults[team] ?? {}) };
    if (personId === null) delete channels[channel];
    else channels[channel] = personId;
    defaults[team] = channels;
    return { settings: { put: [{ ...settings, teamDefaultOwners: defaults }] } };
  });
}

/** The person a name means, ignoring case and spacing; undefined when nobody has it. */
export async function findPersonId(name: string): Promise<string | undefined> {
  const key = personNameKey(name);
  return key === '' ? undefined : (await db.people.where('nameKey').equals(key).first())?.id;
}
