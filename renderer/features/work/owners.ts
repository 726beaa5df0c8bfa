import { useMemo } from 'react';
import { ownerOptions, type Owner } from '../../../shared/work/owners';
import type { PlanData } from '../calendar/usePlanData';

/**
 * The renderer's side of the owner seam (shared/work/owners.ts holds the pure part). The Work
 * view, the filter bar, Settings' "I am" and the digest read owners only through here and
 * there, so pointing owners at people means changing these two files.
 */
export { ownerKey, ownerName, ownerOfItem, type Owner } from '../../../shared/work/owners';

/** The plan's owners, once per key, recomputed only when the rows that name owners change. */
export function useOwnerOptions(plan: Pick<PlanData, 'announcements' | 'windows' | 'items'>): Owner[] {
  const { announcements, windows, items } = plan;
  return useMemo(() => ownerOptions({ announcements, windows, items }), [announcements, windows, items]);
}
