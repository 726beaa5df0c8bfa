import type { Announcement, ChecklistItem, MaintenanceWindow, Person } from '../types';

/** The people search names owners by, keyed by id (see peopleById in shared/people/names.ts). */
export type SearchPeople = ReadonlyMap<string, Pick<Person, 'name'>>;

/**
 * The owner names search matches a record by: both owners of an announcement, a window's owner,
 * an item's assignee, each as the person's current name. An id no person has names nobody. The
 * one place search reads owner fields.
 */
export function ownerNames(
  record:
    | { kind: 'announcement'; record: Announcement }
    | { kind: 'maintenance'; record: MaintenanceWindow }
    | { kind: 'checklist'; record: ChecklistItem },
  people: SearchPeople,
): string[] {
  const ids =
    record.kind === 'announcement'
      ? [record.record.productOwnerId, record.record.marketingOwnerId]
      : record.kind === 'maintenance'
        ? [record.record.ownerId]
        : [record.record.assigneeId];
  const names: string[] = [];
  for (const id of ids) {
    const name = id === null ? undefined : people.get(id)?.name;
    if (name !== undefined && name.trim() !== '') names.push(name);
  }
  return names;
}
