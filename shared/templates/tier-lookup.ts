import type { Announcement, TemplateSet, TierTemplate } from '../types';

/**
 * The tier with this key in the set (or in any list of tiers, passed as `{ tiers }`), or
 * undefined, also when there is no set. The one place a tier is looked up by key.
 */
export function findTier<T extends { key: string }>(
  set: { readonly tiers: readonly T[] } | undefined,
  key: string,
): T | undefined {
  return set?.tiers.find((tier) => tier.key === key);
}

/** The tier an announcement was planned with, from its own set; undefined when the set or tier is gone. */
export function tierOf(announcement: Announcement, sets: readonly TemplateSet[]): TierTemplate | undefined {
  const set = sets.find((candidate) => candidate.id === announcement.templateSetId);
  return findTier(set, announcement.tierKey);
}

/** The tier of the given rank (1 = biggest) in the set or list of tiers, or undefined when it has none. */
export function findTierByRank<T extends { rank: number }>(
  set: { readonly tiers: readonly T[] },
  rank: 1 | 2 | 3,
): T | undefined {
  return set.tiers.find((tier) => tier.rank === rank);
}
