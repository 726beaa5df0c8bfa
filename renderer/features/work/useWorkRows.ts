import { useMemo } from 'react';
import { buildWorkRows, type WorkRow } from '../../../shared/work/work-rows';
import type { CalendarDay } from '../../../shared/types';
import type { PlanData } from '../../db/usePlanData';

/** Every item of the plan as a Work row, rebuilt only when the plan, the day or the zone changes. */
export function useWorkRows(plan: PlanData, today: CalendarDay): WorkRow[] {
  const { announcements, windows, items, templateSets, people } = plan;
  const zone = plan.settings.timeZone;
  return useMemo(
    () => buildWorkRows({ announcements, windows, items, templateSets, people }, today, zone),
    [announcements, windows, items, templateSets, people, today, zone],
  );
}
