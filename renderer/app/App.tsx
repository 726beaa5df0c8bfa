import { lazy, Suspense } from 'react';
import { usePlanData } from '../db/usePlanData';
import { useConflicts } from '../features/conflicts/useConflicts';
import { useTeamCalendarStore } from '../features/team-calendar/team-calendar-store';
import { PlanViews } from '../features/work/PlanViews';
import { useUiStore } from '../stores/ui-store';
import { instantToDay, instantOf } from '../../shared/zoned-time';
import { ErrorBoundary } from './recovery/ErrorBoundary';
import { LateDialogRecovery, LateRecoveryScreen } from './recovery/LateRecovery';
import { Toast } from './Toast';
import { Toolbar } from './Toolbar';
import { useNow } from '../components/useNow';
import { useUndoShortcuts } from './useUndoShortcuts';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { LazyPart } from './LazyPart';
import { FirstRun } from '../features/welcome/FirstRun';
import {
  LateConflictsPanel,
  LateDailyDigest,
  LateDamagedRecordsNotice,
  LateDetailsPanel,
  LateOpenDialog,
  LatePlanFilterBar,
  LateTimeZoneOptions,
} from './late-parts';

// The automatic snapshots read the whole plan and bring the backup checks (zod) with them: they
// load and take the start snapshot once the first view is painted (issue 13).
const AutoBackups = lazy(() =>
  import('../features/backups/AutoBackups').then((module) => ({ default: module.AutoBackups })),
);

// Folder publishing, too: its first write waits a second after a change in any case.
const Publishing = lazy(() =>
  import('../features/publish/Publishing').then((module) => ({ default: module.Publishing })),
);

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
  // What the first view does not need waits until it is painted (issue 13: cold start).
  const painted = useAfterFirstPaint(plan !== undefined);
  // The conflicts follow each write in a deferred render of this whole component (useConflicts).
  // The parts below that do not show them are memoised, so that render skips them (issue 13).
  const conflicts = useConflicts(
    plan,
    plan?.settings,
    plan?.settings && instantToDay(instantOf(now), plan.settings.timeZone),
    painted,
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
      <KeyboardShortcuts today={instantToDay(instantOf(now), settings.timeZone)} />
      {plan.damaged.length > 0 ? (
        <LazyPart where="damaged records">
          <LateDamagedRecordsNotice plan={plan} now={now} />
        </LazyPart>
      ) : null}
      <div className="app__body">
        <main className="app__calendar">
          {/* At start, not on demand: on an empty plan it is part of the first view, and arriving
              later it pushed the calendar down (issue 13). */}
          <FirstRun plan={plan} today={instantToDay(instantOf(now), settings.timeZone)} />
          <ErrorBoundary
            where="calendar"
            fallback={(error, reset) => (
              <LateRecoveryScreen part="The calendar" error={error} reset={reset} />
            )}
          >
            <PlanViews
              plan={plan}
              now={now}
              conflicts={conflicts}
              filterBar={
                // The filters load just after the month view (issue 13); the placeholder keeps their room.
                <LazyPart
                  where="filter bar"
                  part="The filters"
                  placeholder={<div className="filter-bar-placeholder" />}
                >
                  <LatePlanFilterBar plan={plan} today={instantToDay(instantOf(now), settings.timeZone)} />
                </LazyPart>
              }
            />
          </ErrorBoundary>
        </main>
        {/* Each side panel loads once the month is painted (issue 13), in a boundary of its own. */}
        {painted ? (
          <LazyPart where="conflicts panel" part="The conflicts panel">
            <LateConflictsPanel conflicts={conflicts} plan={plan} settings={settings} />
          </LazyPart>
        ) : null}
        {painted ? (
          <LazyPart where="side panel" part="The side panel">
            <LateDetailsPanel plan={plan} settings={settings} now={now} />
          </LazyPart>
        ) : null}
      </div>
      {/* The dialogs load on the first one opened (issue 13). */}
      {dialog.kind !== 'none' ? (
        <ErrorBoundary
          where="dialog"
          key={dialog.kind}
          fallback={(error, reset) => <LateDialogRecovery error={error} reset={reset} />}
        >
          <Suspense fallback={null}>
            <LateOpenDialog plan={plan} now={now} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      {painted ? (
        <LazyPart where="time zones">
          <LateTimeZoneOptions />
        </LazyPart>
      ) : null}
      <Toast />
      {painted ? (
        <Suspense fallback={null}>
          <AutoBackups />
        </Suspense>
      ) : null}
      {painted ? (
        <LazyPart where="daily digest">
          <LateDailyDigest plan={plan} now={now} />
        </LazyPart>
      ) : null}
      {painted ? (
        <Suspense fallback={null}>
          <TeamCalendarSync plan={plan} />
        </Suspense>
      ) : null}
      {painted ? (
        <Suspense fallback={null}>
          <Publishing plan={plan} />
        </Suspense>
      ) : null}
    </div>
  );
}
