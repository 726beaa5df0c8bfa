import type { ChecklistItem, Instant } from '../types';

/** What a new item must be told; every other field starts as a fresh item's does (see below). */
export type NewChecklistItemFields = Pick<
  ChecklistItem,
  'id' | 'parentId' | 'parentKind' | 'title' | 'channel' | 'team' | 'dueDate' | 'order'
> &
  Partial<Omit<ChecklistItem, 'updatedAt' | 'sequence'>>;

/**
 * A checklist item as it is first stored at `now`: unless `fields` say otherwise it is open,
 * unassigned, without notes, a day-granular due date the planner did not set by hand, part of its
 * tier, from no template and not custom; `sequence` starts at 0. The one place an item is made,
 * whether from a tier template, a maintenance step, an imported to-do or the planner's own.
 */
export function newChecklistItem(fields: NewChecklistItemFields, now: Instant): ChecklistItem {
  // Every field named, in the type's order: stored rows, backups and exports keep one key order.
  return {
    id: fields.id,
    parentId: fields.parentId,
    parentKind: fields.parentKind,
    templateItemId: fields.templateItemId ?? null,
    title: fields.title,
    channel: fields.channel,
    team: fields.team,
    assigneeId: fields.assigneeId ?? null,
    offset: fields.offset ?? null,
    dueDate: fields.dueDate,
    dueAt: fields.dueAt ?? null,
    dueOverridden: fields.dueOverridden ?? false,
    done: fields.done ?? false,
    doneAt: fields.doneAt ?? null,
    notes: fields.notes ?? '',
    custom: fields.custom ?? false,
    notInTier: fields.notInTier ?? false,
    order: fields.order,
    updatedAt: now,
    sequence: 0,
  };
}
