import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import type { Conflict } from '../../../shared/conflicts/conflict';
import type { CalendarDay } from '../../../shared/types';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
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

/** The Work view with its rows, built while it shows. */
function OpenWorkView({ plan, today }: { plan: Props['plan']; today: CalendarDay }) {
  const rows = useWorkRows(plan, today);
  return <WorkView rows={rows} settings={plan.settings} today={today} />;
}

/**
 * The main area: the filter bar over either the calendar or the Work view. The calendar stays
 * mounted (hidden) while Work shows, so coming back finds it on the same days and view.
 */
export function PlanViews({ plan, now, conflicts }: Props) {
  const workOpen = useWorkStore((state) => state.workOpen);
  const today = instantToDay(instantOf(now), plan.settings.timeZone);
  // The Work rows are built only while the Work view shows (issue 13: every write rebuilt all of
  // them behind the calendar). The filter bar's team list reads the items' teams instead, in a
  // deferred render, so a drop's own render does not wait for it. The restore step keeps only
  // items whose launch or window is in the plan, so these are the teams the rows would name.
  const deferredItems = useDeferredValue(plan.items);
  const teams = useMemo(() => [...new Set(deferredItems.map((item) => item.team))], [deferredItems]);
  const owner = useWorkStore((state) => state.filters.owner);
  const me = useReminderStore((state) => state.me);
  const owners = useOwnerOptions(plan, [owner, me]);
  useForgetUnknownOwners(plan.people);
  return (
    <div className="plan-views">
      <FilterBar
        teams={teams}
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
          <OpenWorkView plan={plan} today={today} />
        </Suspense>
      ) : null}
    </div>
  );
}
