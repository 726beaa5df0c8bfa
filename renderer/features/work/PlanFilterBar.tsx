import { useDeferredValue, useMemo } from 'react';
import type { CalendarDay } from '../../../shared/types';
import type { PlanData } from '../../db/usePlanData';
import { useReminderStore } from '../../stores/reminder-store';
import { useWorkStore } from '../../stores/work-store';
import { FilterBar } from './FilterBar';
import { useForgetUnknownOwners, useOwnerOptions } from './owners';

/**
 * The filter bar with the teams and owners it offers, read from the plan. Loaded after the first
 * month view (issue 13: PlanViews shows it through a LazyPart), with everything it needs.
 */
export function PlanFilterBar({ plan, today }: { plan: PlanData; today: CalendarDay }) {
  // The items' teams in a deferred render, so a drop's own render does not wait for them. The
  // restore step keeps only items whose launch or window is in the plan, so these are the teams
  // the Work rows would name (they are built only while the Work view shows).
  const deferredItems = useDeferredValue(plan.items);
  const teams = useMemo(() => [...new Set(deferredItems.map((item) => item.team))], [deferredItems]);
  const owner = useWorkStore((state) => state.filters.owner);
  const me = useReminderStore((state) => state.me);
  const owners = useOwnerOptions(plan, [owner, me]);
  useForgetUnknownOwners(plan.people);
  return (
    <FilterBar
      teams={teams}
      owners={owners}
      templateSets={plan.templateSets}
      activeSetId={plan.settings.activeTemplateSetId}
      announcements={plan.announcements}
      today={today}
    />
  );
}
