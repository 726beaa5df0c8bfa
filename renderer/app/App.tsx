import { lazy, Suspense } from 'react';
import { AutoBackups } from '../features/backups/AutoBackups';
import { usePlanData } from '../db/usePlanData';
import { usePublishing } from '../features/publish/usePublishing';
import { ConflictsPanel } from '../features/conflicts/ConflictsPanel';
import { useConflicts } from '../features/conflicts/useConflicts';
import { useTeamCalendarStore } from '../features/team-calendar/team-calendar-store';
import { TimeZoneOptions } from '../features/settings/SettingsDialog';
import { DamagedRecordsNotice } from '../features/damaged/DamagedRecordsNotice';
import { DailyDigest } from '../features/work/DailyDigest';
import { PlanViews } from '../features/work/PlanViews';
import { useUiStore } from '../stores/ui-store';
import { instantToDay } from '../../shared/zoned-time';
import { DetailsPanel } from './DetailsPanel';
import { OpenDialog } from './OpenDialog';
import { DialogRecovery } from './recovery/DialogRecovery';
import { ErrorBoundary } from './recovery/ErrorBoundary';
import { RecoveryScreen } from './recovery/RecoveryScreen';
import { Toast } from './Toast';
import { Toolbar } from './Toolbar';
import { useNow } from '../components/useNow';
import { useUndoShortcuts } from './useUndoShortcuts';
import { KeyboardShortcuts } from './KeyboardShortcuts';

// The sync engine and the ICS writer it needs load after the first view (issue 13 keeps that light).
const TeamCalendarSync = lazy(() =>
  import('../features/team-calendar/TeamCalendarSync').then((module) => ({
    default: module.TeamCalendarSync,
  })),
);

/**
 * The app shell: toolbar, calendar, details panel, and whichever dialog is open. Each part has its
 * own error boundary, so a part that fails to render shows a recovery screen and the rest goes on.
 */
export function App() {
  const plan = usePlanData();
  const dialog = useUiStore((state) => state.dialog);
  const now = useNow();
  useUndoShortcuts();
  usePublishing(plan, plan?.settings);
  const conflicts = useConflicts(
    plan,
    plan?.settings,
    plan?.settings && instantToDay(now.toISOString(), plan.settings.timeZone),
  );

  const syncConflicts = useTeamCalendarStore((state) => state.conflicts.length);

  if (!plan) return <main className="loading">Opening your plan…</main>;
  const { settings } = plan;

  return (
    <div className="app">
      <Toolbar
        timeZone={settings.timeZone}
        now={now}
        conflictCount={conflicts.length + syncConflicts}
        plan={plan}
      />
      <KeyboardShortcuts today={instantToDay(now.toISOString(), settings.timeZone)} />
      <DamagedRecordsNotice plan={plan} now={now} />
      <div className="app__body">
        <main className="app__calendar">
          <ErrorBoundary
            where="calendar"
            fallback={(error, reset) => <RecoveryScreen part="The calendar" error={error} reset={reset} />}
          >
            <PlanViews plan={plan} now={now} conflicts={conflicts} />
          </ErrorBoundary>
        </main>
        <ErrorBoundary
          where="side panel"
          fallback={(error, reset) => <RecoveryScreen part="The side panel" error={error} reset={reset} />}
        >
          <ConflictsPanel conflicts={conflicts} plan={plan} settings={settings} />
          <DetailsPanel plan={plan} settings={settings} now={now} />
        </ErrorBoundary>
      </div>
      <ErrorBoundary
        where="dialog"
        key={dialog.kind}
        fallback={(error, reset) => <DialogRecovery error={error} reset={reset} />}
      >
        <OpenDialog plan={plan} now={now} />
      </ErrorBoundary>
      <TimeZoneOptions />
      <Toast />
      <AutoBackups />
      <DailyDigest plan={plan} now={now} />
      <Suspense fallback={null}>
        <TeamCalendarSync plan={plan} />
      </Suspense>
    </div>
  );
}
