import { useMemo, useRef, useState } from 'react';
import { validateMaintenanceInput, type MaintenanceField } from '../../../shared/maintenance/window-input';
import {
  DISRUPTIONS,
  MAINTENANCE_STATUSES,
  type MaintenanceWindow,
  type Settings,
} from '../../../shared/types';
import { isKnownTimeZone, isLocalDateTime, localToInstant, minutesBetween } from '../../../shared/zoned-time';
import { Dialog } from '../../components/Dialog';
import { useIsDirty } from '../../components/useUnsavedGuard';
import { Field } from '../../components/Field';
import { createMaintenanceWindow, updateMaintenanceWindow } from '../../db/maintenance-repo';
import { useUiStore } from '../../stores/ui-store';
import type { PlanData } from '../calendar/usePlanData';
import {
  AUDIENCE_LABELS,
  DISRUPTION_LABELS,
  STATUS_LABELS,
  formFromWindow,
  formatDuration,
  newWindowForm,
  toMaintenanceDraft,
  wallClockMinutes,
  type MaintenanceFormText,
} from './maintenance-format';
import './maintenance.css';

type Props =
  | { startLocal: string; endLocal: string; settings: Settings; window?: undefined }
  | { window: MaintenanceWindow; settings: Settings };

const UNREADABLE = 'Not a date and time we can read.';

/** How long the typed window lasts, in real time, with a word when the clocks change inside it. */
function durationHint(form: MaintenanceFormText): string | undefined {
  const zone = form.timeZone.trim();
  if (!isLocalDateTime(form.startLocal) || !isLocalDateTime(form.endLocal) || !isKnownTimeZone(zone))
    return undefined;
  const start = localToInstant(form.startLocal, zone);
  const end = localToInstant(form.endLocal, zone);
  const real = minutesBetween(start, end);
  if (real <= 0) return undefined;
  const wall = wallClockMinutes(start, end, zone);
  const change =
    wall === real
      ? ''
      : ` The clocks change in ${zone} during it, so wall clocks show ${formatDuration(wall)}.`;
  return `Lasts ${formatDuration(real)} of real time.${change}`;
}

/**
 * The maintenance window form, for a new window (“Create window”) or an existing one (“Save
 * changes”). Start and end are wall times in the chosen zone; saving an edit moves the window's
 * open messages with it and brings its checklist in line with a changed disruption, as one undo step.
 */
export function MaintenanceDialog(props: Props) {
  const { settings } = props;
  const editing = props.window;
  const [form, setForm] = useState<MaintenanceFormText>(() =>
    editing ? formFromWindow(editing) : newWindowForm(props.startLocal, props.endLocal, settings),
  );
  const dirty = useIsDirty(form);
  const [errors, setErrors] = useState<Partial<Record<MaintenanceField, string>>>({});
  const [saving, setSaving] = useState(false);
  const startInput = useRef<HTMLInputElement>(null);
  const endInput = useRef<HTMLInputElement>(null);
  const close = useUiStore((state) => state.closeDialog);
  const update = (patch: Partial<MaintenanceFormText>) => setForm((current) => ({ ...current, ...patch }));
  const duration = useMemo(() => durationHint(form), [form]);

  const submit = () => {
    if (saving) return;
    const result = validateMaintenanceInput(toMaintenanceDraft(form));
    const badStart = startInput.current?.validity.badInput === true;
    const badEnd = endInput.current?.validity.badInput === true;
    if (!result.ok || badStart || badEnd) {
      setErrors({
        ...(result.ok ? {} : result.errors),
        ...(badStart ? { startLocal: UNREADABLE } : {}),
        ...(badEnd ? { endLocal: UNREADABLE } : {}),
      });
      return;
    }
    setSaving(true);
    const write = editing
      ? updateMaintenanceWindow(editing.id, result.value).then(() => editing.id)
      : createMaintenanceWindow(result.value);
    write.then(
      (id) => {
        const ui = useUiStore.getState();
        ui.closeDialog();
        ui.select({ kind: 'maintenance', id });
        ui.showToast(editing ? `Saved “${result.value.title}”.` : `Planned “${result.value.title}”.`, true);
      },
      (error: unknown) => {
        setSaving(false);
        setErrors({ title: error instanceof Error ? error.message : 'Could not save the window.' });
      },
    );
  };

  const disruptionChanged = editing !== undefined && editing.disruption !== form.disruption;
  return (
    <Dialog
      title={editing ? 'Edit maintenance window' : 'New maintenance window'}
      onClose={close}
      onSubmit={submit}
      submitLabel={editing ? 'Save changes' : 'Create window'}
      dirty={dirty}
    >
      <Field label="Title" error={errors.title}>
        <input
          value={form.title}
          onChange={(event) => update({ title: event.target.value })}
          autoFocus
          maxLength={400}
        />
      </Field>
      <div className="field-row">
        <Field label="Start" error={errors.startLocal}>
          <input
            ref={startInput}
            type="datetime-local"
            value={form.startLocal}
            onChange={(event) => update({ startLocal: event.target.value })}
          />
        </Field>
        <Field label="End" error={errors.endLocal}>
          <input
            ref={endInput}
            type="datetime-local"
            value={form.endLocal}
            onChange={(event) => update({ endLocal: event.target.value })}
          />
        </Field>
      </div>
      {duration ? (
        <p className="maintenance-form__duration" aria-live="polite">
          {duration}
        </p>
      ) : null}
      <Field
        label="Time zone"
        hint={`Start and end are in this zone. The calendar shows them in yours (${settings.timeZone}).`}
        error={errors.timeZone}
      >
        <input
          value={form.timeZone}
          onChange={(event) => update({ timeZone: event.target.value })}
          list="tierline-zones"
        />
      </Field>
      <Field
        label="Affected services"
        hint="Comma-separated, e.g. EU Cloud, ingestion"
        error={errors.services}
      >
        <input value={form.services} onChange={(event) => update({ services: event.target.value })} />
      </Field>
      <div className="field-row">
        <Field
          label="Disruption"
          hint={
            disruptionChanged
              ? 'Saving updates the communications checklist: messages users would see are added or removed; done or edited ones are kept.'
              : undefined
          }
          error={errors.disruption}
        >
          <select value={form.disruption} onChange={(event) => update({ disruption: event.target.value })}>
            {DISRUPTIONS.map((level) => (
              <option key={level} value={level}>
                {DISRUPTION_LABELS[level]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Audience" error={errors.audience}>
          <select value={form.audience} onChange={(event) => update({ audience: event.target.value })}>
            <option value="affected">{AUDIENCE_LABELS.affected}</option>
            <option value="all">{AUDIENCE_LABELS.all}</option>
          </select>
        </Field>
      </div>
      <div className="field-row">
        <Field label="Owner" error={errors.owner}>
          <input value={form.owner} onChange={(event) => update({ owner: event.target.value })} />
        </Field>
        <Field label="Status" error={errors.status}>
          <select value={form.status} onChange={(event) => update({ status: event.target.value })}>
            {MAINTENANCE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field
        label="Audience zones"
        hint="Extra time zones the drafts quote, comma-separated, e.g. America/New_York, Asia/Tokyo"
        error={errors.audienceZones}
      >
        <input
          value={form.audienceZones}
          onChange={(event) => update({ audienceZones: event.target.value })}
        />
      </Field>
      <Field label="Notes" error={errors.notes}>
        <textarea rows={3} value={form.notes} onChange={(event) => update({ notes: event.target.value })} />
      </Field>
    </Dialog>
  );
}

/** The edit form for a stored window; nothing when the window is gone (deleted, or undone). */
export function EditMaintenanceDialog({
  id,
  plan,
  settings,
}: {
  id: string;
  plan: PlanData;
  settings: Settings;
}) {
  const window = plan.windows.find((candidate) => candidate.id === id);
  return window ? <MaintenanceDialog key={id} window={window} settings={settings} /> : null;
}
