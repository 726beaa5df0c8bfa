import type { CalendarDay } from '../../../shared/types';
import type { PlanData } from '../../db/usePlanData';
import { useWorkRows } from './useWorkRows';
import { WorkView } from './WorkView';

/**
 * The Work view with its rows, built while it shows. Loaded the first time the planner opens it,
 * rows and all: the first month view needs neither (issue 13).
 */
export function OpenWorkView({ plan, today }: { plan: PlanData; today: CalendarDay }) {
  const rows = useWorkRows(plan, today);
  return <WorkView rows={rows} settings={plan.settings} today={today} />;
}
