import { useMemo } from 'react';
import type { Conflict } from '../../../shared/conflicts/conflict';
import type { CalendarDay, Settings } from '../../../shared/types';
import type { PlanData } from '../../db/usePlanData';
import { planConflicts } from './conflict-view';

const NONE: Conflict[] = [];

/**
 * The plan's conflicts, computed once per change of the plan (or of today) and shared by the
 * toolbar count, the calendar badges and the panel. Derived, never stored: a conflict clears by
 * itself when its cause changes. Empty while the plan is still loading.
 */
export function useConflicts(
  plan: PlanData | undefined,
  settings: Settings | undefined,
  today: CalendarDay | undefined,
): Conflict[] {
  const announcements = plan?.announcements;
  const windows = plan?.windows;
  const items = plan?.items;
  const templateSets = plan?.templateSets;
  const people = plan?.people;
  return useMemo(() => {
    if (!announcements || !windows || !items || !templateSets || !settings || !today) return NONE;
    return planConflicts({ announcements, windows, items, templateSets, people }, settings, today);
  }, [announcements, windows, items, templateSets, people, settings, today]);
}
