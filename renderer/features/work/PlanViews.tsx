import { lazy, Suspense } from 'react';
import type { Conflict } from '../../../shared/conflicts/conflict';
import { instantToDay } from '../../../shared/zoned-time';
import { useWorkStore } from '../../stores/work-store';
import { CalendarView } from '../calendar/CalendarView';
import type { PlanData } from '../../db/usePlanData';
import { LazyPart } from '../../app/LazyPart';
import { LatePlanFilterBar } from '../../app/late-parts';

// Loaded the first time the planner opens it: the first month view does not need it (issue 13).
const OpenWorkView = lazy(() =>
  import('./OpenWorkView').then((module) => ({ default: module.OpenWorkView })),
);

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
  return (
    <div className="plan-views">
      {/* The filters load just after the month view (issue 13); the placeholder keeps their room. */}
      <LazyPart
        where="filter bar"
        part="The filters"
        placeholder={<div className="filter-bar-placeholder" />}
      >
        <LatePlanFilterBar plan={plan} today={today} />
      </LazyPart>
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
