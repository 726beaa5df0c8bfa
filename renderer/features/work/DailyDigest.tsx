import { memo } from 'react';
import type { PlanData } from '../../db/usePlanData';
import { useDailyDigest } from './useDailyDigest';

/** Runs the daily digest (useDailyDigest); renders nothing, so App needs one line for it. */
export const DailyDigest = memo(function DailyDigest({ plan, now }: { plan: PlanData; now: Date }) {
  useDailyDigest(plan, now);
  return null;
});
