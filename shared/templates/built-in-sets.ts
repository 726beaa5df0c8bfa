import type { Instant, TemplateItem, TemplateSet, TierTemplate } from '../types';
import { HANDBOOK_CURRENT, HANDBOOK_EARLIER, TIER_COLORS } from './built-in-data';
import type { BuiltInEdition } from './built-in-data';
import { inferItemDetails, inferTierItemDetails } from './item-inference';
import { toInstant } from '../zoned-time';

/** The set a new install plans with: the current handbook edition. */
export const DEFAULT_TEMPLATE_SET_ID = 'handbook-current';
/** The earlier handbook edition, kept for plans made under its Tier 1-3 scheme. */
export const EARLIER_TEMPLATE_SET_ID = 'handbook-earlier';

// A constant, not "now": built-in data only changes when the app changes, and a fixed stamp
// keeps backups and exports of an untouched built-in set byte-identical between runs.
/** When the built-in data was last changed. */
export const BUILT_IN_UPDATED_AT: Instant = toInstant('2026-01-01T00:00:00.000Z');

function buildSet(edition: BuiltInEdition, colors: readonly [string, string, string]): TemplateSet {
  const tiers: TierTemplate[] = edition.tiers.map((tier) => {
    // Built-in details come from the same inference the importer uses, so importing the
    // handbook page and using the built-in set agree; an item's override wins where set.
    const inferred = inferTierItemDetails(tier.items.map((item) => item.title));
    const items: TemplateItem[] = tier.items.map((item, index) => {
      const details = inferred[index] ?? inferItemDetails(item.title);
      return {
        id: item.id,
        title: item.title,
        channel: item.override?.channel ?? details.channel,
        team: item.override?.team ?? details.team,
        offset: { ...(item.override?.offset ?? details.offset) },
      };
    });
    return {
      key: tier.key,
      name: tier.name,
      description: tier.description,
      rank: tier.rank,
      color: colors[tier.rank - 1] ?? colors[0],
      items,
    };
  });
  return { id: edition.id, name: edition.name, builtIn: true, tiers, updatedAt: BUILT_IN_UPDATED_AT };
}

/**
 * The two handbook editions as template sets: current (the default) first, then earlier.
 * Every call returns fresh objects, so a caller may edit the result without touching the
 * next caller's copy.
 */
export function builtInTemplateSets(): TemplateSet[] {
  return [buildSet(HANDBOOK_CURRENT, TIER_COLORS.current), buildSet(HANDBOOK_EARLIER, TIER_COLORS.earlier)];
}

/** A fresh copy of the built-in set with this id, or undefined when no built-in set has it. */
export function builtInTemplateSet(id: string): TemplateSet | undefined {
  return builtInTemplateSets().find((set) => set.id === id);
}

// The lookups live apart from the handbook's data, so the calendar can name tiers without it
// (issue 13: the data is not in the start-up bundle); re-exported for everyone else.
export { findTier, findTierByRank, tierOf } from './tier-lookup';
