import type { PlanData } from '../features/calendar/usePlanData';
import { BackupsDialog } from '../features/backups/BackupsDialog';
import { AnnouncementDialog } from '../features/announcements/AnnouncementDialog';
import { ExportDialog } from '../features/export/ExportDialog';
import { ImportDialog } from '../features/import/ImportDialog';
import { EditMaintenanceDialog, MaintenanceDialog } from '../features/maintenance/MaintenanceDialog';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { TemplatesDialog } from '../features/templates/TemplatesDialog';
import { useUiStore } from '../stores/ui-store';

/** Whichever dialog the UI store says is open (at most one), given the plan it works on. */
export function OpenDialog({ plan, now }: { plan: PlanData; now: Date }) {
  const dialog = useUiStore((state) => state.dialog);
  const { settings } = plan;
  return (
    <>
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
    </>
  );
}
