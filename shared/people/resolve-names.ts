import type { Instant, Person } from '../types';
import { normalisePersonName, personNameKey } from './names';

/** A new person with no team, no email, active. */
export function newPerson(id: string, name: string, now: Instant): Person {
  const normalised = normalisePersonName(name);
  return {
    id,
    name: normalised,
    nameKey: personNameKey(normalised),
    team: '',
    email: '',
    active: true,
    createdAt: now,
    updatedAt: now,
  };
}

/** What a batch of free-text names became: the people to add, and the id each name now means. */
export type NameResolution = {
  /** People created for names no existing person had, in the order their names were first seen. */
  created: Person[];
  /** The person id for a free-text name; null for an empty name. */
  idOf: (name: string) => string | null;
};

/**
 * Turns free-text names into people: a name matching an existing person (ignoring case and
 * surrounding or repeated spaces) becomes that person; the other names become one new person per
 * key, spelled as the most frequent spelling among `names` (ties: the one seen first). `makeId`
 * gives each new person's id from its key, so callers choose random or repeatable ids. Pure.
 */
export function resolveNames(
  names: readonly string[],
  existing: readonly Person[],
  makeId: (key: string) => string,
  now: Instant,
): NameResolution {
  const byKey = new Map(existing.map((person) => [person.nameKey, person.id]));
  // key → spelling → count, in first-seen order (Map keeps insertion order).
  const spellings = new Map<string, Map<string, number>>();
  for (const raw of names) {
    const name = normalisePersonName(raw);
    const key = name.toLowerCase();
    if (key === '' || byKey.has(key)) continue;
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    spellings.set(key, counts);
  }
  const created: Person[] = [];
  for (const [key, counts] of spellings) {
    let best = '';
    let bestCount = 0;
    for (const [spelling, count] of counts)
      if (count > bestCount) {
        best = spelling;
        bestCount = count;
      }
    const person = newPerson(makeId(key), best, now);
    created.push(person);
    byKey.set(key, person.id);
  }
  return {
    created,
    idOf: (name) => {
      const key = personNameKey(name);
      return key === '' ? null : (byKey.get(key) ?? null);
    },
  };
}
