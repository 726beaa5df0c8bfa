import { lazy, Suspense } from 'react';
import type { Settings } from '../../shared/types';
import type { PlanData } from '../db/usePlanData';
import { useUiStore } from '../stores/ui-store';

// Loaded the first time the planner selects something (issue 13): the first month view shows no
// panel, and the panels bring the checklist editor, the comms plan and the person picker with them.
const AnnouncementPanel = lazy(() =>
  import('../features/announcements/AnnouncementPanel').then((module) => ({
    default: module.AnnouncementPanel,
  })),
);
const MaintenancePanel = lazy(() =>
  import('../features/maintenance/MaintenancePanel').then((module) => ({ default: module.MaintenancePanel })),
);

/** The side panel: whatever the planner selected on the calendar. */
export function DetailsPanel({ plan, settings, now }: { plan: PlanData; settings: Settings; now: Date }) {
  const selection = useUiStore((state) => state.selection);
  if (!selection) return null;
  if (selection.kind === 'announcement') {
    const announcement = plan.announcements.find((candidate) => candidate.id === selection.id);
    return announcement ? (
      <Suspense fallback={null}>
        <AnnouncementPanel announcement={announcement} plan={plan} settings={settings} now={now} />
      </Suspense>
    ) : null;
  }
  const window = plan.windows.find((candidate) => candidate.id === selection.id);
  return window ? (
    <Suspense fallback={null}>
      <MaintenancePanel window={window} plan={plan} settings={settings} now={now} />
    </Suspense>
  ) : null;
}
