import type { Announcement, ChecklistItem, MaintenanceWindow, Person, WindowOccurrence } from '../types';

/** Records read from a file, with the people their owners point at. */
export type RecordsWithPeople = {
  announcements: Announcement[];
  items: ChecklistItem[];
  windows: MaintenanceWindow[];
  people: Person[];
  /** Changed occurrences of repeating windows, whose step assignees are people too (issue 11). */
  occurrences?: WindowOccurrence[];
};

/**
 * Fits records from a file into a plan that already has people: a file person whose name matches
 * a plan person (ignoring case and spacing) becomes that person, keeping the plan's team and email,
 * and every reference is rewritten to the plan's id; the rest are new people to add. Pure.
 */
export function adoptPeople(
  records: RecordsWithPeople,
  existing: readonly Person[],
): RecordsWithPeople & { newPeople: Person[] } {
  const byKey = new Map(existing.map((person) => [person.nameKey, person.id]));
  const remap = new Map<string, string>();
  const newPeople: Person[] = [];
  for (const person of records.people) {
    const match = byKey.get(person.nameKey);
    if (match !== undefined) remap.set(person.id, match);
    else newPeople.push(person);
  }
  const to = (id: string | null): string | null => (id === null ? null : (remap.get(id) ?? id));
  return {
    announcements: records.announcements.map((a) => ({
      ...a,
      productOwnerId: to(a.productOwnerId),
      marketingOwnerId: to(a.marketingOwnerId),
    })),
    items: records.items.map((item) => ({ ...item, assigneeId: to(item.assigneeId) })),
    windows: records.windows.map((window) => ({ ...window, ownerId: to(window.ownerId) })),
    ...(records.occurrences
      ? {
          occurrences: records.occurrences.map((row) => ({
            ...row,
            comms: Object.fromEntries(
              Object.entries(row.comms).map(([key, step]) => [
                key,
                { ...step, assigneeId: to(step.assigneeId) },
              ]),
            ),
          })),
        }
      : {}),
    people: records.people,
    newPeople,
  };
}
