import { lazy, Suspense, useDeferredValue } from 'react';
import type { Conflict } from '../../../shared/conflicts/conflict';
import { instantToDay } from '../../../shared/zoned-time';
import { useWorkStore } from '../../stores/work-store';
import { CalendarView } from '../calendar/CalendarView';
import type { PlanData } from '../../db/usePlanData';
import { FilterBar } from './FilterBar';
import { useForgetUnknownOwners, useOwnerOptions } from './owners';
import { useReminderStore } from '../../stores/reminder-store';
import { useWorkRows } from './useWorkRows';

// Loaded the first time the planner opens it: the first month view does not need it (issue 13).
const WorkView = lazy(() => import('./WorkView').then((module) => ({ default: module.WorkView })));

type Props = {
  plan: PlanData;
  now: Date;
  conflicts?: readonly Conflict[];
};

/**
 * The main area: the filter bar over either the calendar or the Work view. The calendar stays
 * mounted (hidden) while Work shows, so coming back finds it on the same days and view.
 */
export function PlanViews({ plan, now, conflicts }: Props) {
  const workOpen = useWorkStore((state) => state.workOpen);
  const today = instantToDay(now.toISOString(), plan.settings.timeZone);
  // Behind the calendar the rows only feed the filter bar's team list: they follow a write in a
  // deferred render, so a drop's own render does not rebuild every row first (issue 13).
  const deferredPlan = useDeferredValue(plan);
  const rows = useWorkRows(workOpen ? plan : deferredPlan, today);
  const owner = useWorkStore((state) => state.filters.owner);
  const me = useReminderStore((state) => state.me);
  const owners = useOwnerOptions(plan, [owner, me]);
  useForgetUnknownOwners(plan.people);
  return (
    <div className="plan-views">
      <FilterBar
        rows={rows}
        owners={owners}
        templateSets={plan.templateSets}
        activeSetId={plan.settings.activeTemplateSetId}
        announcements={plan.announcements}
        today={today}
      />
      <div className="plan-views__calendar" hidden={workOpen}>
        <CalendarView plan={plan} now={now} conflicts={conflicts} />
      </div>
      {workOpen ? (
        <Suspense fallback={<p className="plan-views__loading">Opening the Work view…</p>}>
          <WorkView rows={rows} settings={plan.settings} today={today} />
        </Suspense>
      ) : null}
    </div>
  );
}
