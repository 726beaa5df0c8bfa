import { memo } from 'react';
import type { PlanData } from '../../db/usePlanData';
import { usePublishing } from './usePublishing';

/**
 * Keeps the chosen publish folder's files up to date (usePublishing). A component of its own so
 * it loads once the first view is painted (issue 13's start-up bundle): its first write waits a
 * second after a change anyway.
 */
export const Publishing = memo(function Publishing({ plan }: { plan: PlanData }) {
  usePublishing(plan, plan.settings);
  return null;
});
