import { useEffect, useState } from 'react';
import { ensurePlanReady } from '../db/settings-repo';
import { AutoBackups } from '../features/backups/AutoBackups';
import { BackupsDialog } from '../features/backups/BackupsDialog';
import { AnnouncementDialog } from '../features/announcements/AnnouncementDialog';
import { CalendarView } from '../features/calendar/CalendarView';
import { usePlanData } from '../features/calendar/usePlanData';
import { ExportDialog } from '../features/export/ExportDialog';
import { ImportDialog } from '../features/import/ImportDialog';
import { usePublishing } from '../features/publish/usePublishing';
import { ConflictsPanel } from '../features/conflicts/ConflictsPanel';
import { useConflicts } from '../features/conflicts/useConflicts';
import { EditMaintenanceDialog, MaintenanceDialog } from '../features/maintenance/MaintenanceDialog';
import { SettingsDialog, TimeZoneOptions } from '../features/settings/SettingsDialog';
import { TemplatesDialog } from '../features/templates/TemplatesDialog';
import { useUiStore } from '../stores/ui-store';
import { instantToDay } from '../../shared/zoned-time';
import { DetailsPanel } from './DetailsPanel';
import { Toast } from './Toast';
import { Toolbar } from './Toolbar';
import { useNow } from './useNow';
import { useUndoShortcuts } from './useUndoShortcuts';

/** The app shell: toolbar, calendar, details panel, and whichever dialog is open. */
export function App() {
  const [startupError, setStartupError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    ensurePlanReady().then(
      () => setReady(true),
      (error: unknown) => setStartupError(error instanceof Error ? error.message : String(error)),
    );
  }, []);
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

  if (startupError) {
    return (
      <main className="startup-error" role="alert">
        <h1>Tierline could not open your plan</h1>
        <p>{startupError}</p>
        <p>Your data has not been changed. Close other Tierline windows and try again.</p>
      </main>
    );
  }
  const settings = plan?.settings;
  if (!ready || !plan || !settings) return <main className="loading">Opening your plan…</main>;

  return (
    <div className="app">
      <Toolbar timeZone={settings.timeZone} now={now} conflictCount={conflicts.length} />
      <div className="app__body">
        <main className="app__calendar">
          <CalendarView plan={{ ...plan, settings }} now={now} conflicts={conflicts} />
        </main>
        <ConflictsPanel conflicts={conflicts} plan={plan} settings={settings} />
        <DetailsPanel plan={plan} settings={settings} now={now} />
      </div>
      {dialog.kind === 'new-announcement' ? (
        <AnnouncementDialog
          launchDate={dialog.launchDate}
          settings={settings}
          templateSets={plan.templateSets}
        />
      ) : null}
      {dialog.kind === 'new-maintenance' ? (
        <MaintenanceDialog startLocal={dialog.startLocal} endLocal={dialog.endLocal} settings={settings} />
      ) : null}
      {dialog.kind === 'edit-maintenance' ? (
        <EditMaintenanceDialog id={dialog.id} plan={plan} settings={settings} />
      ) : null}
      {dialog.kind === 'settings' ? <SettingsDialog settings={settings} /> : null}
      {dialog.kind === 'templates' ? (
        <TemplatesDialog templateSets={plan.templateSets} settings={settings} />
      ) : null}
      {dialog.kind === 'export' ? <ExportDialog plan={plan} settings={settings} now={now} /> : null}
      {dialog.kind === 'import' ? <ImportDialog plan={plan} settings={settings} now={now} /> : null}
      {dialog.kind === 'backups' ? <BackupsDialog plan={plan} settings={settings} now={now} /> : null}
      <TimeZoneOptions />
      <Toast />
      <AutoBackups />
    </div>
  );
}
