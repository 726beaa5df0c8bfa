import { useEffect, useMemo } from 'react';
import { knownOwnerKey, ownerOptions, type Owner } from '../../../shared/work/owners';
import { useReminderStore } from '../../stores/reminder-store';
import { useWorkStore } from '../../stores/work-store';
import type { PlanData } from '../../db/usePlanData';

/**
 * The renderer's side of the owner seam (shared/work/owners.ts holds the pure part). The Work
 * view, the filter bar, Settings' "I am" and the digest read owners only through here and
 * there: an owner is a person, held by id.
 */
export { ownerName, ownerOfItem, type Owner } from '../../../shared/work/owners';

/**
 * The people to offer as owners (and those in `keep`, see ownerOptions), recomputed only when
 * people, the rows that name them or `keep` change.
 */
export function useOwnerOptions(
  plan: Pick<PlanData, 'announcements' | 'windows' | 'items' | 'people'>,
  keep: readonly (string | null)[] = [],
): Owner[] {
  const { announcements, windows, items, people } = plan;
  const kept = keep.join('\u0000');
  return useMemo(
    () => ownerOptions({ people, announcements, windows, items, keep: kept.split('\u0000') }),
    [people, announcements, windows, items, kept],
  );
}

/**
 * Drops a stored Owner filter or "I am" that names nobody in `people` (a person deleted here or
 * in another window, or a free-text name saved before people existed), so neither can hide the
 * plan behind a choice the bar can not show. Runs only once the plan has been read.
 */
export function useForgetUnknownOwners(people: PlanData['people']): void {
  const owner = useWorkStore((state) => state.filters.owner);
  const me = useReminderStore((state) => state.me);
  useEffect(() => {
    if (owner !== null && knownOwnerKey(owner, people) === null)
      useWorkStore.getState().setFilter('owner', null);
    if (me !== null && knownOwnerKey(me, people) === null) useReminderStore.getState().setMe(null);
  }, [owner, me, people]);
}
