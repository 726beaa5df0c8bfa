import { tierOf } from '../../../shared/templates/built-in-sets';
import { TEAMS, type TemplateSet } from '../../../shared/types';
import type { Announcement } from '../../../shared/types';

/** The handbook's teams, then any other team of `teams` (those the plan's items name), each once. */
export function teamOptions(teams: readonly string[]): string[] {
  const extra = new Set(teams.filter((team) => !(TEAMS as readonly string[]).includes(team)));
  return [...TEAMS, ...[...extra].sort((a, b) => a.localeCompare(b, 'en'))];
}

/** A tier the filter bar and the legend offer: its key, and the name the planner knows it by. */
export type TierOption = { key: string; name: string };

/**
 * The tiers a planner can filter by: those of the active template set, then any other tier a
 * launch uses (an earlier set's), by key with the name the planner knows it by.
 */
export function tierOptions(
  sets: readonly TemplateSet[],
  activeSetId: string,
  announcements: readonly Announcement[],
): TierOption[] {
  const options = new Map<string, string>();
  const active = sets.find((set) => set.id === activeSetId);
  for (const tier of active?.tiers ?? []) options.set(tier.key, tier.name);
  for (const announcement of announcements) {
    if (options.has(announcement.tierKey)) continue;
    options.set(announcement.tierKey, tierOf(announcement, sets)?.name ?? announcement.tierKey);
  }
  return [...options].map(([key, name]) => ({ key, name }));
}
