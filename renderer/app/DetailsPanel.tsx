import type { Settings } from '../../shared/types';
import { AnnouncementPanel } from '../features/announcements/AnnouncementPanel';
import type { PlanData } from '../db/usePlanData';
import { MaintenancePanel } from '../features/maintenance/MaintenancePanel';
import { OccurrencePanel } from '../features/maintenance/OccurrencePanel';
import { useUiStore } from '../stores/ui-store';
import { memo, useEffect } from 'react';
import { markKeysReady } from '../features/keyboard/early-keys';

// Loaded on demand (issue 13), in a LazyPart of its own: a Suspense boundary shared with the
// calendar re-rendered, and failed, when the calendar failed (test/e2e/recovery.test.ts).
/** The side panel: whatever the planner selected on the calendar. */
export const DetailsPanel = memo(function DetailsPanel({
  plan,
  settings,
  now,
}: {
  plan: PlanData;
  settings: Settings;
  now: Date;
}) {
  const selection = useUiStore((state) => state.selection);
  // The panels' listeners (e, Delete) are in place once this runs: send what waited for them.
  useEffect(() => markKeysReady('panel'), []);
  if (!selection) return null;
  if (selection.kind === 'announcement') {
    const announcement = plan.announcements.find((candidate) => candidate.id === selection.id);
    return announcement ? (
      <AnnouncementPanel announcement={announcement} plan={plan} settings={settings} now={now} />
    ) : null;
  }
  const window = plan.windows.find((candidate) => candidate.id === selection.id);
  // One occurrence of a repeating window (issue 11) shows that occurrence, with its own steps.
  if (window?.recurrence && selection.occurrence) {
    const series = { ...window, recurrence: window.recurrence };
    return (
      <OccurrencePanel series={series} originalStart={selection.occurrence} settings={settings} now={now} />
    );
  }
  return window ? <MaintenancePanel window={window} plan={plan} settings={settings} now={now} /> : null;
});
