import type { Conflict } from '../../../shared/conflicts/conflict';
import { instantToDay } from '../../../shared/zoned-time';
import { useWorkStore } from '../../stores/work-store';
import { CalendarView } from '../calendar/CalendarView';
import type { PlanData } from '../../db/usePlanData';
import { FilterBar } from './FilterBar';
import { useForgetUnknownOwners, useOwnerOptions } from './owners';
import { useReminderStore } from '../../stores/reminder-store';
import { useWorkRows } from './useWorkRows';
import { WorkView } from './WorkView';

type Props = {
  plan: PlanData & { settings: NonNullable<PlanData['settings']> };
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
  const rows = useWorkRows(plan, today);
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
      {workOpen ? <WorkView rows={rows} settings={plan.settings} today={today} /> : null}
    </div>
  );
}
