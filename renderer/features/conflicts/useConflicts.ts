import { useDeferredValue, useMemo, useState } from 'react';
import { createConflictMemo } from '../../../shared/conflicts/conflict-memo';
import type { Conflict } from '../../../shared/conflicts/conflict';
import type { CalendarDay, Settings } from '../../../shared/types';
import type { PlanData } from '../../db/usePlanData';
import { planConflicts } from './conflict-view';
import { addCalendarDays } from '../../../shared/calendar-day';
import { windowsInRange } from '../../../shared/recurrence/plan-occurrences';
import { useWindowOccurrences } from '../../db/useWindowOccurrences';

const NONE: Conflict[] = [];
const CONFLICT_DAYS_BEFORE = 60;
const CONFLICT_DAYS_AFTER = 400;

type Inputs = Pick<PlanData, 'announcements' | 'windows' | 'items' | 'templateSets'> &
  Partial<Pick<PlanData, 'people'>> & {
    settings: Settings;
    today: CalendarDay;
  };

/**
 * The plan's conflicts, shared by the toolbar count, the calendar badges and the panel. Derived,
 * never stored: a conflict clears by itself when its cause changes. Empty while the plan is still
 * loading.
 *
 * Off the urgent path (issue 13): the calendar's own render after a write or at start-up commits
 * first, and the conflicts follow in a deferred render, so a drop's frame never waits for them.
 * A memo kept for the life of the app means only the rows a write changed are judged again.
 */
export function useConflicts(
  plan: PlanData | undefined,
  settings: Settings | undefined,
  today: CalendarDay | undefined,
): Conflict[] {
  // One memo for the life of the reader; it only ever caches, so holding it in state is safe.
  const [memo] = useState(createConflictMemo);
  const announcements = plan?.announcements;
  // Repeating windows clash occurrence by occurrence, over a range around today (issue 11).
  const occurrences = useWindowOccurrences();
  const storedWindows = plan?.windows;
  const windows = useMemo(
    () =>
      storedWindows && today
        ? windowsInRange(
            storedWindows,
            occurrences,
            `${addCalendarDays(today, -CONFLICT_DAYS_BEFORE)}T00:00:00.000Z`,
            `${addCalendarDays(today, CONFLICT_DAYS_AFTER)}T00:00:00.000Z`,
          )
        : undefined,
    [storedWindows, occurrences, today],
  );
  const items = plan?.items;
  const templateSets = plan?.templateSets;
  const people = plan?.people;
  const inputs = useMemo<Inputs | null>(
    () =>
      announcements && windows && items && templateSets && settings && today
        ? { announcements, windows, items, templateSets, people, settings, today }
        : null,
    [announcements, windows, items, templateSets, people, settings, today],
  );
  // null before the first deferred render, so even the first paint of the plan does not wait.
  const deferred = useDeferredValue(inputs, null);
  return useMemo(() => {
    if (!deferred) return NONE;
    return planConflicts(deferred, deferred.settings, deferred.today, memo);
  }, [deferred, memo]);
}
