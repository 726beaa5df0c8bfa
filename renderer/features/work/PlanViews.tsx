import { lazy, Suspense, use, useEffect, type ReactNode } from 'react';
import type { Conflict } from '../../../shared/conflicts/conflict';
import { hasActiveFilters } from '../../../shared/work/filter-values';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
import { useWorkStore } from '../../stores/work-store';
import { calendarFilterLoaded, loadCalendarFilter } from '../calendar/calendar-filter';
import { CalendarView } from '../calendar/CalendarView';
import type { PlanData } from '../../db/usePlanData';
import './plan-views.css';

// Loaded the first time the planner opens it: the first month view does not need it (issue 13).
const OpenWorkView = lazy(() =>
  import('./OpenWorkView').then((module) => ({ default: module.OpenWorkView })),
);

/**
 * Holds the calendar back while a filter is set and the filter's rules are still loading
 * (calendar-filter.ts): a plan opened with stored filters waits for them instead of showing, for
 * a moment, what they hide. Once the first view is up the rules load anyway, so a filter the
 * planner sets later applies at once.
 */
function FilterRules({ children }: { children: ReactNode }) {
  const filtering = useWorkStore((state) => hasActiveFilters(state.filters));
  useEffect(() => {
    const idle = requestIdleCallback(() => {
      loadCalendarFilter().catch((error: unknown) => console.error(error));
    });
    return () => cancelIdleCallback(idle);
  }, []);
  if (filtering && !calendarFilterLoaded()) use(loadCalendarFilter());
  return children;
}

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
        <Suspense fallback={null}>
          <FilterRules>
            <CalendarView plan={plan} now={now} conflicts={conflicts} />
          </FilterRules>
        </Suspense>
      </div>
      {workOpen ? (
        <Suspense fallback={<p className="plan-views__loading">Opening the Work view…</p>}>
          <OpenWorkView plan={plan} today={today} />
        </Suspense>
      ) : null}
    </div>
  );
}
