import { TEXT_LIMITS } from '../text-limits';
import type { Person } from '../types';

/** The longest name a person may have: the same limit owner fields always had. */
export const PERSON_NAME_MAX = TEXT_LIMITS.owner;

/**
 * A name as it is stored and shown: surrounding whitespace removed and every inner run of
 * whitespace (tabs, line breaks, non-breaking spaces) collapsed to one space. Idempotent.
 */
export function normalisePersonName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * The key two names are the same person by: the normalised name, lower-cased without regard to
 * locale so every machine agrees. "Ben", " ben " and "BEN" share one key.
 */
export function personNameKey(name: string): string {
  return normalisePersonName(name).toLowerCase();
}

/** Why a name can not be given to a person, in words for the field; null when it can. */
export function personNameProblem(
  name: string,
  people: readonly Pick<Person, 'id' | 'name' | 'nameKey'>[],
  ownId: string | null = null,
): string | null {
  const normalised = normalisePersonName(name);
  if (normalised === '') return 'Enter a name.';
  if (normalised.length > PERSON_NAME_MAX)
    return `A name can be at most ${PERSON_NAME_MAX} characters (this one has ${normalised.length}).`;
  const key = personNameKey(normalised);
  const same = people.find((person) => person.nameKey === key && person.id !== ownId);
  if (same) return `“${same.name}” is already in the people list.`;
  return null;
}

/** The person whose name matches `name` ignoring case and surrounding spaces, if any. */
export function findPersonByName<P extends Pick<Person, 'nameKey'>>(
  people: readonly P[],
  name: string,
): P | undefined {
  const key = personNameKey(name);
  return key === '' ? undefined : people.find((person) => person.nameKey === key);
}

/** The name of the person with this id; empty for null or an id no person has. */
export function personNameOf(people: ReadonlyMap<string, Pick<Person, 'name'>>, id: string | null): string {
  return id === null ? '' : (people.get(id)?.name ?? '');
}

/** People by id, for lookups while exporting or rendering many rows. */
export function peopleById<P extends Pick<Person, 'id'>>(people: readonly P[]): Map<string, P> {
  return new Map(people.map((person) => [person.id, person]));
}

/** People in the order a list shows them: by name, case-insensitively, then by id. */
export function comparePeople(a: Pick<Person, 'nameKey' | 'id'>, b: Pick<Person, 'nameKey' | 'id'>): number {
  return a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
