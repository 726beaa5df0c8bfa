import type { Announcement, ChecklistItem, MaintenanceWindow } from '../types';

/**
 * The owner seam. Owners are free text on today's plan ("Ben", " ben "); the People work turns
 * them into person ids. Everything in the Work view, the filters, the workload and the digest
 * reads owners through these functions only, so that change touches this file and nothing else.
 */

/** What an owner is called on screen, and the key filters and groups compare by. */
export type Owner = { key: string; name: string };

/**
 * The key two spellings of one owner share: surrounding and repeated spaces dropped, case
 * ignored, so "Ben" and " ben " are one person. Empty for nobody.
 */
export function ownerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function toOwner(name: string): Owner | null {
  const key = ownerKey(name);
  return key === '' ? null : { key, name: name.trim().replace(/\s+/g, ' ') };
}

/** The person doing a checklist item, or null when nobody is assigned. */
export function ownerOfItem(item: Pick<ChecklistItem, 'assignee'>): Owner | null {
  return toOwner(item.assignee);
}

/** The owner keys a launch or window names itself (product and marketing owner, window owner). */
export function ownerKeysOfParent(
  parent: Pick<Announcement, 'productOwner' | 'marketingOwner'> | Pick<MaintenanceWindow, 'owner'>,
): string[] {
  const names = 'owner' in parent ? [parent.owner] : [parent.productOwner, parent.marketingOwner];
  return names.map(ownerKey).filter((key) => key !== '');
}

/**
 * Every distinct owner in the plan (item assignees, launch and window owners), once per key,
 * sorted by name. The display name is the spelling used most often, ties going to the first
 * in alphabetical order, so the list does not change with the order rows were read.
 */
export function ownerOptions(plan: {
  announcements: readonly Pick<Announcement, 'productOwner' | 'marketingOwner'>[];
  windows: readonly Pick<MaintenanceWindow, 'owner'>[];
  items: readonly Pick<ChecklistItem, 'assignee'>[];
}): Owner[] {
  const spellings = new Map<string, Map<string, number>>();
  const add = (name: string) => {
    const owner = toOwner(name);
    if (!owner) return;
    const counts = spellings.get(owner.key) ?? new Map<string, number>();
    counts.set(owner.name, (counts.get(owner.name) ?? 0) + 1);
    spellings.set(owner.key, counts);
  };
  for (const item of plan.items) add(item.assignee);
  for (const announcement of plan.announcements) {
    add(announcement.productOwner);
    add(announcement.marketingOwner);
  }
  for (const window of plan.windows) add(window.owner);
  const owners: Owner[] = [];
  for (const [key, counts] of spellings) {
    const [name] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    owners.push({ key, name });
  }
  return owners.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.key < b.key ? -1 : 1));
}

/** The display name of an owner key among `options`; the key itself when the plan no longer has it. */
export function ownerName(key: string, options: readonly Owner[]): string {
  return options.find((owner) => owner.key === key)?.name ?? key;
}
