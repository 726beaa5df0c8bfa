import { useMemo } from 'react';
import { addCalendarDays } from '../../../shared/calendar-day';
import { windowsInRange } from '../../../shared/recurrence/plan-occurrences';
import { occurrenceStepsInRange } from '../../../shared/recurrence/occurrence-steps-in-range';
import { buildWorkRows, type WorkRow } from '../../../shared/work/work-rows';
import type { CalendarDay } from '../../../shared/types';
import { useWindowOccurrences } from '../../db/useWindowOccurrences';
import type { PlanData } from '../../db/usePlanData';
import { utcStartOfDay } from '../../../shared/zoned-time';

// The Work view is about the weeks at hand: a repeating window's steps are generated for this range.
const WORK_DAYS_BEFORE = 31;
const WORK_DAYS_AFTER = 92;

/**
 * Every item of the plan as a Work row, rebuilt only when the plan, the day or the zone changes.
 * Repeating windows add the generated steps of their occurrences around today (issue 11).
 */
export function useWorkRows(plan: PlanData, today: CalendarDay): WorkRow[] {
  const { announcements, windows: stored, items: storedItems, templateSets, people, settings } = plan;
  const zone = settings.timeZone;
  const occurrences = useWindowOccurrences();
  return useMemo(() => {
    const from = utcStartOfDay(addCalendarDays(today, -WORK_DAYS_BEFORE));
    const to = utcStartOfDay(addCalendarDays(today, WORK_DAYS_AFTER));
    const windows = windowsInRange(stored, occurrences, from, to);
    const steps = occurrenceStepsInRange(stored, occurrences, settings, from, to, utcStartOfDay(today));
    const items = steps.length === 0 ? storedItems : [...storedItems, ...steps];
    return buildWorkRows({ announcements, windows, items, templateSets, people }, today, zone);
  }, [announcements, stored, storedItems, templateSets, people, today, zone, settings, occurrences]);
}
