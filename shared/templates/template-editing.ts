import type { Channel, DueOffset, Instant, TemplateItem, TemplateSet, TierTemplate } from '../types';
import { builtInTemplateSet, findTier } from './built-in-sets';
import { inferItemDetails } from './item-inference';
import { validateTemplateSet } from './template-schema';

/** The outcome of an edit: the new set, or why the edit was refused (the input is untouched). */
export type TemplateEdit = { ok: true; set: TemplateSet } | { ok: false; error: string };

/** The fields of a template item the editor changes. */
export type TemplateItemPatch = Partial<Pick<TemplateItem, 'title' | 'channel' | 'team' | 'offset'>>;

// Every edit copies, changes one tier, then validates the whole set, so no sequence of edits
// can leave a set the checklist rules would choke on (empty title, twin ids, wild offsets).
function editTier(
  set: TemplateSet,
  tierKey: string,
  now: Instant,
  change: (tier: TierTemplate) => TierTemplate | string,
): TemplateEdit {
  const tier = findTier(set, tierKey);
  if (!tier) return { ok: false, error: `There is no tier "${tierKey}" in "${set.name}".` };
  const changed = change(cloneTier(tier));
  if (typeof changed === 'string') return { ok: false, error: changed };
  const next: TemplateSet = {
    ...set,
    tiers: set.tiers.map((candidate) => (candidate.key === tierKey ? changed : cloneTier(candidate))),
    updatedAt: now,
  };
  const validation = validateTemplateSet(next);
  return validation.ok ? { ok: true, set: next } : { ok: false, error: validation.errors.join('; ') };
}

/** Renames a tier (its key, which announcements refer to, stays). Refuses a blank name. */
export function renameTier(set: TemplateSet, tierKey: string, name: string, now: Instant): TemplateEdit {
  return editTier(set, tierKey, now, (tier) => ({ ...tier, name: name.trim() }));
}

/**
 * A new template item with this title; channel, team and due offset are read from the title's
 * words unless given. The id comes from `newId`, so it never collides with handbook ids.
 */
export function createTemplateItem(args: {
  newId: () => string;
  title: string;
  channel?: Channel;
  team?: string;
  offset?: DueOffset;
}): TemplateItem {
  const inferred = inferItemDetails(args.title);
  return {
    id: args.newId(),
    title: args.title.trim(),
    channel: args.channel ?? inferred.channel,
    team: args.team ?? inferred.team,
    offset: args.offset ?? inferred.offset,
  };
}

/** Adds `item` to the tier at `index` (default: the end). Refuses an id the tier already has. */
export function addTemplateItem(
  set: TemplateSet,
  tierKey: string,
  item: TemplateItem,
  now: Instant,
  index?: number,
): TemplateEdit {
  return editTier(set, tierKey, now, (tier) => {
    if (tier.items.some((existing) => existing.id === item.id)) {
      return `Tier "${tier.name}" already has an item with id "${item.id}".`;
    }
    const at = index === undefined ? tier.items.length : clampIndex(index, tier.items.length);
    const items = [...tier.items];
    items.splice(at, 0, cloneItem(item));
    return { ...tier, items };
  });
}

/** Removes the item with this id from the tier. Refuses an id the tier does not have. */
export function removeTemplateItem(
  set: TemplateSet,
  tierKey: string,
  itemId: string,
  now: Instant,
): TemplateEdit {
  return editTier(set, tierKey, now, (tier) => {
    if (!tier.items.some((item) => item.id === itemId)) return missingItem(tier, itemId);
    return { ...tier, items: tier.items.filter((item) => item.id !== itemId) };
  });
}

/** Moves the item to position `toIndex` (clamped to the list), keeping the others in order. */
export function moveTemplateItem(
  set: TemplateSet,
  tierKey: string,
  itemId: string,
  toIndex: number,
  now: Instant,
): TemplateEdit {
  return editTier(set, tierKey, now, (tier) => {
    const from = tier.items.findIndex((item) => item.id === itemId);
    const moving = tier.items[from];
    if (!moving) return missingItem(tier, itemId);
    const items = tier.items.filter((item) => item.id !== itemId);
    items.splice(clampIndex(toIndex, items.length), 0, moving);
    return { ...tier, items };
  });
}

/** Changes an item's title, channel, team or due offset; its id stays. */
export function updateTemplateItem(
  set: TemplateSet,
  tierKey: string,
  itemId: string,
  patch: TemplateItemPatch,
  now: Instant,
): TemplateEdit {
  return editTier(set, tierKey, now, (tier) => {
    if (!tier.items.some((item) => item.id === itemId)) return missingItem(tier, itemId);
    return {
      ...tier,
      items: tier.items.map((item) =>
        item.id === itemId
          ? {
              ...item,
              title: patch.title?.trim() ?? item.title,
              channel: patch.channel ?? item.channel,
              team: patch.team ?? item.team,
              offset: patch.offset ? { ...patch.offset } : item.offset,
            }
          : item,
      ),
    };
  });
}

/**
 * The handbook defaults for a built-in set (every rename and item edit undone, stamped `now`),
 * or an error for an imported or copied set, which has no handbook edition to return to.
 */
export function resetTemplateSet(set: TemplateSet, now: Instant): TemplateEdit {
  const defaults = builtInTemplateSet(set.id);
  if (!defaults)
    return { ok: false, error: `"${set.name}" is not a handbook set, so it has no defaults to reset to.` };
  return { ok: true, set: { ...defaults, updatedAt: now } };
}

// structuredClone is a DOM/Node global, not ES2023: shared/ copies its plain data by hand.
function cloneItem(item: TemplateItem): TemplateItem {
  return { ...item, offset: { ...item.offset } };
}

function cloneTier(tier: TierTemplate): TierTemplate {
  return { ...tier, items: tier.items.map(cloneItem) };
}

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index)) return length;
  return Math.min(Math.max(0, Math.trunc(index)), length);
}

function missingItem(tier: TierTemplate, itemId: string): string {
  return `Tier "${tier.name}" has no item with id "${itemId}".`;
}
