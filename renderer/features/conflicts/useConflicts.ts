import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Conflict } from '../../../shared/conflicts/conflict';
import type { ConflictMemo } from '../../../shared/conflicts/conflict-memo';
import type { CalendarDay, Settings } from '../../../shared/types';
import type { PlanData } from '../../db/usePlanData';
import { addCalendarDays } from '../../../shared/calendar-day';
import { windowsInRange } from '../../../shared/recurrence/plan-occurrences';
import { useWindowOccurrences } from '../../db/useWindowOccurrences';
import type * as PlanConflicts from './plan-conflicts';
import { utcStartOfDay } from '../../../shared/zoned-time';
import { afterOtherWork } from '../../platform/after-other-work';

type Rules = typeof PlanConflicts;
type LoadedRules = { rules: Rules; memo: ConflictMemo };
// The rules load after the first paint (issue 13); once loaded, every later mount has them at once.
let loadedRules: LoadedRules | null = null;
let rulesLoading: Promise<LoadedRules> | null = null;

/**
 * Loads the rules once, and makes their first pass over `plan` in parts before handing them out:
 * that pass held the window for ~125 ms at 10,000 items just after the plan opened, when a
 * planner may already be dragging (issue 13). The render that follows finds it done.
 */
function loadRules(plan: Inputs | null): Promise<LoadedRules> {
  rulesLoading ??= import('./plan-conflicts').then(async (rules) => {
    const memo = rules.createConflictMemo();
    if (plan) await rules.warmUpConflicts(plan, plan.settings, plan.today, memo, afterOtherWork);
    loadedRules = { rules, memo };
    return loadedRules;
  });
  return rulesLoading;
}

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
 * A memo kept for the life of the app means only the rows a write changed are judged again, and
 * the list comes back as the very same array when no conflict changed, so nothing downstream
 * renders again (shared/conflicts/incremental-conflicts.ts). The rules themselves load once
 * `painted` says the first view is on screen, and make their first pass over the plan in parts
 * that give way to the planner (loadRules): until then there are no conflicts to show.
 */
export function useConflicts(
  plan: PlanData | undefined,
  settings: Settings | undefined,
  today: CalendarDay | undefined,
  /** False until the first view is painted: the rules load (and first run) only after that. */
  painted = true,
): Conflict[] {
  // One memo for the life of the app; it only ever caches, so sharing it between readers is safe.
  const [loaded, setLoaded] = useState(loadedRules);
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
            utcStartOfDay(addCalendarDays(today, -CONFLICT_DAYS_BEFORE)),
            utcStartOfDay(addCalendarDays(today, CONFLICT_DAYS_AFTER)),
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
  // The plan the rules' first pass is made over, read when they load rather than a reason to reload.
  const latestInputs = useRef<Inputs | null>(null);
  useEffect(() => {
    latestInputs.current = inputs;
  }, [inputs]);
  useEffect(() => {
    if (loaded || !painted) return;
    let unmounted = false;
    loadRules(latestInputs.current).then(
      (rules) => {
        if (!unmounted) setLoaded(rules);
      },
      (error: unknown) => console.error('Tierline: the conflict rules could not load', error),
    );
    return () => {
      unmounted = true;
    };
  }, [loaded, painted]);
  // null before the first deferred render, so even the first paint of the plan does not wait.
  const deferred = useDeferredValue(inputs, null);
  return useMemo(() => {
    if (!deferred || !loaded) return NONE;
    return loaded.rules.planConflicts(deferred, deferred.settings, deferred.today, loaded.memo);
  }, [deferred, loaded]);
}
