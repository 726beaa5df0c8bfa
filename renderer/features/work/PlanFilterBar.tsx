import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { CalendarDay } from '../../../shared/types';
import type { PlanData } from '../../db/usePlanData';
import { useReminderStore } from '../../stores/reminder-store';
import { useWorkStore } from '../../stores/work-store';
import { FilterBar } from './FilterBar';
import { tierOptions } from './filter-options';
import { ItemTeams } from './item-teams';
import { useForgetUnknownOwners, useOwnerOptions } from './owners';
import { useSameValue } from '../../components/useSameValue';

/**
 * The filter bar with the teams and owners it offers, read from the plan. Loaded after the first
 * month view (issue 13: PlanViews shows it through a LazyPart), with everything it needs.
 */
export const PlanFilterBar = memo(function PlanFilterBar({
  plan,
  today,
}: {
  plan: PlanData;
  today: CalendarDay;
}) {
  // The items' teams in a deferred render, so a drop's own render does not wait for them. The
  // restore step keeps only items whose launch or window is in the plan, so these are the teams
  // the Work rows would name (they are built only while the Work view shows).
  const deferredItems = useDeferredValue(plan.items);
  const [itemTeams] = useState(() => new ItemTeams());
  const teams = useMemo(() => itemTeams.of(deferredItems), [itemTeams, deferredItems]);
  const owner = useWorkStore((state) => state.filters.owner);
  const me = useReminderStore((state) => state.me);
  const owners = useSameValue(useOwnerOptions(plan, [owner, me]));
  const { templateSets, announcements } = plan;
  const activeSetId = plan.settings.activeTemplateSetId;
  const tiers = useSameValue(
    useMemo(
      () => tierOptions(templateSets, activeSetId, announcements),
      [templateSets, activeSetId, announcements],
    ),
  );
  useForgetUnknownOwners(plan.people);
  // A moved launch changes none of these lists: the bar (a memo) then skips the drop's renders.
  return (
    <FilterBar
      teams={teams}
      owners={owners}
      tiers={tiers}
      templateSets={templateSets}
      activeSetId={activeSetId}
      today={today}
    />
  );
});
