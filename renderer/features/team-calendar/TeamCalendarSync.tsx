import { memo } from 'react';
import type { PlanData } from '../../db/usePlanData';
import { MassDeleteQuestion } from './MassDeleteQuestion';
import { useTeamCalendarStore } from './team-calendar-store';
import { useTeamCalendarSync } from './useTeamCalendarSync';

/** Runs the team-calendar sync for the app and asks the mass-delete question when the guard stops it. */
export const TeamCalendarSync = memo(function TeamCalendarSync({ plan }: { plan: PlanData | undefined }) {
  useTeamCalendarSync(plan);
  const massDelete = useTeamCalendarStore((state) => state.massDelete);
  return massDelete ? <MassDeleteQuestion stop={massDelete} /> : null;
});
