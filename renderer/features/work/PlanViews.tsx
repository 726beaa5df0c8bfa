import { lazy, Suspense, type ReactNode } from 'react';
import type { Conflict } from '../../../shared/conflicts/conflict';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
import { useWorkStore } from '../../stores/work-store';
import { CalendarView } from '../calendar/CalendarView';
import type { PlanData } from '../../db/usePlanData';

// Loaded the first time the planner opens it: the first month view does not need it (issue 13).
const OpenWorkView = lazy(() =>
  import('./OpenWorkView').then((module) => ({ default: module.OpenWorkView })),
);

type Props = {
  plan: PlanData;
  now: Date;
  conflicts?: readonly Conflict[];
  /** The filter bar over the views: App passes it in, loading on demand in a boundary of its own. */
  filterBar?: ReactNode;
};

/**
 * The main area: the filter bar over either the calendar or the Work view. The calendar stays
 * mounted (hidden) while Work shows, so coming back finds it on the same days and view.
 */
export function PlanViews({ plan, now, conflicts, filterBar }: Props) {
  const workOpen = useWorkStore((state) => state.workOpen);
  const today = instantToDay(instantOf(now), plan.settings.timeZone);
  return (
    <div className="plan-views">
      {filterBar}
      <div className="plan-views__calendar" hidden={workOpen}>
        <CalendarView plan={plan} now={now} conflicts={conflicts} />
      </div>
      {workOpen ? (
        <Suspense fallback={<p className="plan-views__loading">Opening the Work view…</p>}>
          <OpenWorkView plan={plan} today={today} />
        </Suspense>
      ) : null}
    </div>
  );
}
