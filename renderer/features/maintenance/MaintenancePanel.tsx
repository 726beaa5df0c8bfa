import { runWrite } from '../../components/run-write';
import { useState } from 'react';
import { PersonName } from '../../components/PersonName';
import type { MaintenanceWindow, Settings } from '../../../shared/types';
import { formatInstantInZone, instantToDay, instantOf } from '../../../shared/zoned-time';
import { windowDurationMinutes } from '../../../shared/maintenance/window-moves';
import { PanelFrame } from '../../components/PanelFrame';
import { deleteMaintenanceWindow } from '../../db/maintenance-repo';
import { useSelectedItemKeys } from '../keyboard/useSelectedItemKeys';
import { useUiStore } from '../../stores/ui-store';
import type { PlanData } from '../../db/usePlanData';
import { ChecklistEditor } from '../checklist/ChecklistEditor';
import { CopyChecklistButton } from '../export/CopyChecklistButton';
import { MaintenanceDrafts } from './MaintenanceDrafts';
import {
  AUDIENCE_LABELS,
  DISRUPTION_LABELS,
  STATUS_LABELS,
  formatDuration,
  wallClockMinutes,
} from './maintenance-format';
import './maintenance.css';
import { plural } from '../../../shared/plural';

type Props = { window: MaintenanceWindow; plan: PlanData; settings: Settings; now: Date };

function range(window: MaintenanceWindow, zone: string): string {
  return `${formatInstantInZone(window.start, zone)} – ${formatInstantInZone(window.end, zone)}`;
}

/** Zones (the planner's and the window's) whose clocks change during the window, with what they show. */
function clockChanges(window: MaintenanceWindow, zones: readonly string[], real: number): string[] {
  return [...new Set(zones)].flatMap((zone) => {
    const wall = wallClockMinutes(window.start, window.end, zone);
    return wall === real
      ? []
      : [`Clocks change in ${zone} during the window: wall clocks there show ${formatDuration(wall)}.`];
  });
}

function DeleteWindow({ window, itemCount }: { window: MaintenanceWindow; itemCount: number }) {
  const [confirming, setConfirming] = useState(false);
  useSelectedItemKeys({ remove: () => setConfirming(true) });
  if (!confirming) {
    return (
      <button type="button" className="button--danger-quiet" onClick={() => setConfirming(true)}>
        Delete window
      </button>
    );
  }
  const remove = () => {
    void runWrite(deleteMaintenanceWindow(window.id), {
      done: `Deleted “${window.title}”.`,
      failed: 'Could not delete the window.',
    }).then((ok) => {
      if (ok) useUiStore.getState().select(null);
    });
  };
  return (
    <div className="maint-confirm" role="group" aria-label="Confirm delete">
      <p>
        Delete “{window.title}” and its {plural(itemCount, 'communications item')}? Undo brings them back.
      </p>
      {/* Focused, so Delete then Enter deletes from the keyboard (the question is the guard). */}
      <button type="button" className="button--danger" onClick={remove} autoFocus>
        Delete
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Keep it
      </button>
    </div>
  );
}

/**
 * A maintenance window: when (in the planner's zone, the window's own zone and UTC), how long in
 * real time, what it touches and who hears about it, its communications checklist and drafts.
 */
export function MaintenancePanel({ window, plan, settings, now }: Props) {
  const items = plan.items.filter((item) => item.parentId === window.id && item.parentKind === 'maintenance');
  const zone = settings.timeZone;
  const today = instantToDay(instantOf(now), zone);
  const minutes = windowDurationMinutes(window);
  const changes = clockChanges(window, [zone, window.timeZone], minutes);
  const openDialog = useUiStore((state) => state.openDialog);
  useSelectedItemKeys({ edit: () => openDialog({ kind: 'edit-maintenance', id: window.id }) });
  return (
    <PanelFrame label="Maintenance details">
      <h2>{window.title}</h2>
      <p className="maint-chips">
        <span className={`maint-chip maint-chip--${window.disruption}`}>
          {DISRUPTION_LABELS[window.disruption]}
        </span>
        <span className={`maint-chip maint-chip--status-${window.status}`}>
          {STATUS_LABELS[window.status]}
        </span>
      </p>
      <dl className="maint-facts">
        <dt>Your zone ({zone})</dt>
        <dd>{range(window, zone)}</dd>
        {window.timeZone !== zone ? (
          <>
            <dt>Window’s zone ({window.timeZone})</dt>
            <dd>{range(window, window.timeZone)}</dd>
          </>
        ) : null}
        <dt>UTC</dt>
        <dd>{range(window, 'UTC')}</dd>
        <dt>Duration</dt>
        <dd>
          <span className="maint-duration">{formatDuration(minutes)}</span>
          {changes.map((text) => (
            <span key={text} className="maint-hint maint-hint--block">
              {text}
            </span>
          ))}
        </dd>
        <dt>Services</dt>
        <dd>{window.services.join(', ') || 'none listed'}</dd>
        <dt>Audience</dt>
        <dd>
          {AUDIENCE_LABELS[window.audience]}
          {window.audienceZones.length > 0 ? ` · drafts also quote ${window.audienceZones.join(', ')}` : ''}
        </dd>
        <dt>Owner</dt>
        <dd>
          <PersonName id={window.ownerId} />
        </dd>
        {window.notes ? (
          <>
            <dt>Notes</dt>
            <dd className="maint-notes">{window.notes}</dd>
          </>
        ) : null}
      </dl>
      <div className="maint-actions">
        <button type="button" onClick={() => openDialog({ kind: 'edit-maintenance', id: window.id })}>
          Edit window
        </button>
        <CopyChecklistButton
          parent={{ kind: 'maintenance', window }}
          items={items}
          templateSets={plan.templateSets}
          settings={settings}
        />
        <DeleteWindow key={window.id} window={window} itemCount={items.length} />
      </div>
      <section className="maint-section" aria-labelledby={`comms-${window.id}`}>
        <h3 id={`comms-${window.id}`}>Communications checklist</h3>
        <p className="maint-hint">Due times are in your zone; open items move with the window.</p>
        <ChecklistEditor
          items={items}
          today={today}
          timeZone={zone}
          label="Communications checklist"
          emptyText="No communications items: add your own below."
          parent={{ id: window.id, kind: 'maintenance', defaultDueDate: instantToDay(window.start, zone) }}
        />
      </section>
      <MaintenanceDrafts key={window.id} window={window} />
    </PanelFrame>
  );
}
