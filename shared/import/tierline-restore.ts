import { announcementSchema, checklistItemSchema, maintenanceWindowSchema } from '../backup/schema';
import { icsUid } from '../export/ics-export';
import type { TemplateSet } from '../types';
import type { ImportedEvent } from './types';
import type { ImportChoice, ImportedRecords } from './to-records';
import { findTier } from '../templates/built-in-sets';

export type TierlineRestore = {
  records: ImportedRecords;
  /** Keys of the events restored or consumed here: the generic import leaves them alone. */
  handled: Set<string>;
};

export type TierlineRestoreOptions = {
  choices: Readonly<Record<string, ImportChoice>>;
  templateSet: TemplateSet;
  tierKey: string;
  /**
   * Ids already in the plan. A record keeps its own id only when it is given and free; otherwise
   * (or when it is not given) it gets a new one, so an import never overwrites a row.
   */
  existingIds?: ReadonlySet<string>;
  newId: () => string;
  /** Parents already in the plan, by their exported UID: new checklist items of theirs join them. */
  parentIds?: ReadonlyMap<string, string>;
  /** Told which record each restored event became, so the import can remember its source. */
  onRecord?: (eventKey: string, kind: 'announcement' | 'window', id: string) => void;
};

/**
 * The announcements, windows and checklist items a Tierline export describes (its X-TIERLINE-RECORD,
 * see shared/export/ics-identity.ts), restored as they were: each record is checked by the backup
 * schemas and must carry the id its UID names, or it is left to the generic import. Announcements
 * keep their tier when the plan's template set has it. Checklist items follow their parent: they
 * come back with a restored announcement or window and never become events of their own. A restored
 * record's checklist is exactly the items the file holds (none are generated): a launch exported
 * without its items, or with them as VTODOs, comes back without them.
 */
export function restoreTierlineRecords(
  events: readonly ImportedEvent[],
  options: TierlineRestoreOptions,
): TierlineRestore {
  const { choices, templateSet, existingIds, newId } = options;
  const result: TierlineRestore = {
    records: { announcements: [], items: [], windows: [] },
    handled: new Set(),
  };
  const taken = new Set<string>();
  const idFor = (original: string): string => {
    const keep = existingIds !== undefined && !existingIds.has(original) && !taken.has(original);
    const id = keep ? original : newId();
    taken.add(id);
    return id;
  };
  // Parent UID as exported → the id the restored parent now has.
  const parents = new Map<string, string>(options.parentIds);

  for (const event of events) {
    const identity = event.tierline;
    if (!identity || identity.kind === 'item' || (choices[event.key] ?? 'skip') === 'skip') continue;
    if (identity.kind === 'announcement') {
      const parsed = announcementSchema.safeParse(identity.record);
      if (!parsed.success || icsUid(parsed.data.id) !== event.uid || parents.has(event.uid)) continue;
      const tier =
        parsed.data.templateSetId === templateSet.id &&
        findTier(templateSet, parsed.data.tierKey) !== undefined;
      const announcement = {
        ...parsed.data,
        id: idFor(parsed.data.id),
        ...(tier ? {} : { templateSetId: templateSet.id, tierKey: options.tierKey }),
      };
      result.records.announcements.push(announcement);
      parents.set(event.uid, announcement.id);
      options.onRecord?.(event.key, 'announcement', announcement.id);
    } else {
      const parsed = maintenanceWindowSchema.safeParse(identity.record);
      if (!parsed.success || icsUid(parsed.data.id) !== event.uid || parents.has(event.uid)) continue;
      const window = { ...parsed.data, id: idFor(parsed.data.id) };
      result.records.windows.push(window);
      parents.set(event.uid, window.id);
      options.onRecord?.(event.key, 'window', window.id);
    }
    result.handled.add(event.key);
  }

  for (const event of events) {
    const identity = event.tierline;
    if (identity?.kind !== 'item') continue;
    // An item of a Tierline export is never an event of its own, whether or not its parent came back.
    result.handled.add(event.key);
    const parentId = identity.parentUid === null ? undefined : parents.get(identity.parentUid);
    if (parentId === undefined) continue;
    const parsed = checklistItemSchema.safeParse(identity.record);
    if (!parsed.success || icsUid(parsed.data.id) !== event.uid) continue;
    result.records.items.push({ ...parsed.data, id: idFor(parsed.data.id), parentId });
  }
  return result;
}
