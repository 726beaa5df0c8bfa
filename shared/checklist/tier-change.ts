import { revised } from '../revised';
import type {
  CalendarDay,
  ChecklistItem,
  DueOffset,
  Instant,
  TeamDefaultOwners,
  TemplateItem,
  TierTemplate,
} from '../types';
import { dueDateForOffset } from './due-dates';
import type { DueDateSettings } from './due-dates';
import { requireDueDatesInRange } from './due-range';
import { checklistItemFromTemplate, checklistItemId } from './generate-checklist';

export type TierChangeResult = {
  items: ChecklistItem[];
  /** Ids of items the new tier brought in. */
  added: string[];
  /** Ids of untouched items of the old tier that the new tier does not have. */
  removed: string[];
  /** Ids of template items kept although the new tier does not have them (now `notInTier`). */
  keptNotInTier: string[];
};

/**
 * True when the planner has put nothing into this item, so dropping it loses nothing: not done,
 * due day not set by hand, nobody assigned, no notes, not added by the planner, and (when the
 * template item it came from is known) title, channel and team still as the template has them.
 */
export function isUntouchedTemplateItem(item: ChecklistItem, previousTier?: TierTemplate): boolean {
  if (item.custom || item.templateItemId === null) return false;
  if (item.done || item.dueOverridden || item.assigneeId !== null || item.notes !== '') return false;
  const source = previousTier?.items.find((templateItem) => templateItem.id === item.templateItemId);
  if (!source) return true;
  return source.title === item.title && source.channel === item.channel && source.team === item.team;
}

/**
 * The checklist after its announcement changes to `newTier`.
 *
 * - Items of the new tier that the checklist lacks are added (ids `${parentId}:${templateItemId}`,
 *   so changing A → B → A brings back the very ids A had).
 * - Untouched items (see isUntouchedTemplateItem) the new tier does not have are removed.
 * - Every other template item the new tier does not have is kept and marked `notInTier`, so the
 *   planner decides; nothing done, assigned, noted, overridden or retitled is dropped.
 * - Items the new tier has get `notInTier: false`. Unless done, they take the new tier's due
 *   offset (and due day, unless set by hand), and its title, channel and team where the planner
 *   had not changed them from the tier being left; assignee, notes and done state stay.
 * - Custom items are kept unchanged: they never belonged to a tier.
 *
 * Pass `previousTier` (the tier being left) so an item whose title, channel or team the planner
 * edited counts as touched; without it only done/override/assignee/notes/custom protect an item.
 *
 * Existing items keep their `order`; added items take their template position, and the result
 * is sorted by `order` (ties keep array order). Kept items that change in any way get
 * `updatedAt = now` and `sequence + 1`. With A → B → A (passing `previousTier` each time) every
 * planner-visible field comes back as it was; only `updatedAt` and `sequence` may differ.
 * Throws DueDateOutOfRangeError, naming the item, when a due day would leave the plannable range.
 */
export function changeTier(
  items: readonly ChecklistItem[],
  args: {
    parentId: string;
    newTier: TierTemplate;
    launchDate: CalendarDay;
    /** With the team default owners, items the new tier adds get them, as a new launch's do. */
    settings: DueDateSettings & { teamDefaultOwners?: TeamDefaultOwners | undefined };
    now: Instant;
    previousTier?: TierTemplate;
  },
): TierChangeResult {
  const { parentId, newTier, launchDate, settings, now, previousTier } = args;
  const inNewTier = new Set(newTier.items.map((templateItem) => templateItem.id));
  const removed: string[] = [];
  const keptNotInTier: string[] = [];
  const kept: ChecklistItem[] = [];

  for (const item of items) {
    if (item.custom || item.templateItemId === null) {
      kept.push({ ...item });
    } else if (inNewTier.has(item.templateItemId)) {
      const templateItem = newTier.items.find((candidate) => candidate.id === item.templateItemId);
      const before = previousTier?.items.find((candidate) => candidate.id === item.templateItemId);
      kept.push(templateItem ? followNewTier(item, templateItem, before, launchDate, settings, now) : item);
    } else if (isUntouchedTemplateItem(item, previousTier)) {
      removed.push(item.id);
    } else {
      keptNotInTier.push(item.id);
      kept.push(withNotInTier(item, true, now));
    }
  }

  const presentTemplateIds = new Set(kept.map((item) => item.templateItemId));
  const presentIds = new Set(kept.map((item) => item.id));
  const added: ChecklistItem[] = [];
  newTier.items.forEach((templateItem, order) => {
    const id = checklistItemId(parentId, templateItem.id);
    if (presentTemplateIds.has(templateItem.id) || presentIds.has(id)) return;
    added.push(
      checklistItemFromTemplate({
        parentId,
        templateItem,
        order,
        launchDate,
        settings,
        now,
        defaultOwners: settings.teamDefaultOwners,
      }),
    );
  });

  // Sorting by order alone (stable) puts re-added items back where they were in the template.
  const all = [...kept, ...added].map((item, index) => ({ item, index }));
  all.sort((a, b) => a.item.order - b.item.order || a.index - b.index);
  return {
    // A new tier's offsets can reach further than the old one's: refuse rather than leave the range.
    items: requireDueDatesInRange(all.map(({ item }) => item)),
    added: added.map((item) => item.id),
    removed,
    keptNotInTier,
  };
}

// A not-done item follows the new tier's template wherever the planner left the old one's
// values alone, so an item shared by two tiers with different timing is due where the new tier
// says, and comes back to the old timing on the way back.
function followNewTier(
  item: ChecklistItem,
  templateItem: TemplateItem,
  before: TemplateItem | undefined,
  launchDate: CalendarDay,
  settings: DueDateSettings,
  now: Instant,
): ChecklistItem {
  if (item.done) return withNotInTier(item, false, now);
  const untouched = <K extends 'title' | 'channel' | 'team'>(key: K): boolean =>
    before !== undefined && item[key] === before[key];
  const next: ChecklistItem = {
    ...item,
    notInTier: false,
    offset: { ...templateItem.offset },
    dueDate: item.dueOverridden ? item.dueDate : dueDateForOffset(templateItem.offset, launchDate, settings),
    title: untouched('title') ? templateItem.title : item.title,
    channel: untouched('channel') ? templateItem.channel : item.channel,
    team: untouched('team') ? templateItem.team : item.team,
  };
  const changed =
    next.notInTier !== item.notInTier ||
    next.dueDate !== item.dueDate ||
    next.title !== item.title ||
    next.channel !== item.channel ||
    next.team !== item.team ||
    !sameOffset(next.offset, item.offset);
  return changed ? revised(next, now) : next;
}

function sameOffset(a: DueOffset | null, b: DueOffset | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'launch' && b.kind === 'launch') return a.days === b.days;
  if (a.kind === 'maintenance' && b.kind === 'maintenance')
    return a.anchor === b.anchor && a.minutes === b.minutes;
  return a.kind === b.kind;
}

function withNotInTier(item: ChecklistItem, notInTier: boolean, now: Instant): ChecklistItem {
  if (item.notInTier === notInTier) return { ...item };
  return revised(item, now, { notInTier });
}
