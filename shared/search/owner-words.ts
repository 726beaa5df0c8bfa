import type { Announcement, ChecklistItem, MaintenanceWindow } from '../types';

/**
 * How a stored owner reference reads as a name. Today owners are free-text names, so this is the
 * identity; once owners are person ids (issue 9, People) the caller passes the id → name lookup.
 */
export type OwnerName = (stored: string) => string;

const asStored: OwnerName = (stored) => stored;

/**
 * The owner names search matches a record by: both owners of an announcement, a window's owner,
 * an item's assignee. The one place search reads owner fields, so the People change touches only it.
 */
export function ownerNames(
  record:
    | { kind: 'announcement'; record: Announcement }
    | { kind: 'maintenance'; record: MaintenanceWindow }
    | { kind: 'checklist'; record: ChecklistItem },
  nameOf: OwnerName = asStored,
): string[] {
  const stored =
    record.kind === 'announcement'
      ? [record.record.productOwner, record.record.marketingOwner]
      : record.kind === 'maintenance'
        ? [record.record.owner]
        : [record.record.assignee];
  return stored.filter((value) => value.trim() !== '').map(nameOf);
}
