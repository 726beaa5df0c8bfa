import { lazy, Suspense } from 'react';
import type { PlanData } from '../db/usePlanData';
import { useUiStore } from '../stores/ui-store';

// Loaded on first open (issue 13): the first month view needs none of them, and import/export
// bring the ICS parser and writers with them.
const AnnouncementDialog = lazy(() =>
  import('../features/announcements/AnnouncementDialog').then((module) => ({
    default: module.AnnouncementDialog,
  })),
);
const MaintenanceDialog = lazy(() =>
  import('../features/maintenance/MaintenanceDialog').then((module) => ({
    default: module.MaintenanceDialog,
  })),
);
const EditMaintenanceDialog = lazy(() =>
  import('../features/maintenance/MaintenanceDialog').then((module) => ({
    default: module.EditMaintenanceDialog,
  })),
);
const SettingsDialog = lazy(() =>
  import('../features/settings/SettingsDialog').then((module) => ({ default: module.SettingsDialog })),
);
const BackupsDialog = lazy(() =>
  import('../features/backups/BackupsDialog').then((module) => ({ default: module.BackupsDialog })),
);
const ExportDialog = lazy(() =>
  import('../features/export/ExportDialog').then((module) => ({ default: module.ExportDialog })),
);
const ImportDialog = lazy(() =>
  import('../features/import/ImportDialog').then((module) => ({ default: module.ImportDialog })),
);
const TeamCalendarDialog = lazy(() =>
  import('../features/team-calendar/TeamCalendarDialog').then((module) => ({
    default: module.TeamCalendarDialog,
  })),
);
const PeopleDialog = lazy(() =>
  import('../features/people/PeopleDialog').then((module) => ({ default: module.PeopleDialog })),
);
const TemplatesDialog = lazy(() =>
  import('../features/templates/TemplatesDialog').then((module) => ({ default: module.TemplatesDialog })),
);

/** Whichever dialog the UI store says is open (at most one), given the plan it works on. */
export function OpenDialog({ plan, now }: { plan: PlanData; now: Date }) {
  const dialog = useUiStore((state) => state.dialog);
  const { settings } = plan;
  return (
    <Suspense fallback={null}>
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
      {dialog.kind === 'people' ? <PeopleDialog plan={plan} /> : null}
      {dialog.kind === 'backups' ? <BackupsDialog plan={plan} settings={settings} now={now} /> : null}
      {dialog.kind === 'team-calendar' ? <TeamCalendarDialog plan={plan} settings={settings} /> : null}
    </Suspense>
  );
}
