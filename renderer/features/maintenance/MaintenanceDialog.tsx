import { useRef, useState } from 'react';
import { validateMaintenanceInput, type MaintenanceDraft, type MaintenanceField } from '../../../shared/maintenance/window-input';
import { DISRUPTIONS, type Settings } from '../../../shared/types';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { createMaintenanceWindow } from '../../db/maintenance-repo';
import { useUiStore } from '../../stores/ui-store';

type Props = { startLocal: string; endLocal: string; settings: Settings };

const UNREADABLE = 'Not a date and time we can read.';

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The New maintenance window form; start and end are wall times in the chosen zone. */
export function MaintenanceDialog({ startLocal, endLocal, settings }: Props) {
  const [draft, setDraft] = useState({
    title: '',
    startLocal,
    endLocal,
    timeZone: settings.timeZone,
    services: '',
    disruption: 'downtime',
    audience: 'affected',
    owner: '',
    notes: '',
  });
  const [errors, setErrors] = useState<Partial<Record<MaintenanceField, string>>>({});
  const [saving, setSaving] = useState(false);
  const startInput = useRef<HTMLInputElement>(null);
  const endInput = useRef<HTMLInputElement>(null);
  const close = useUiStore((state) => state.closeDialog);
  const update = (patch: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = () => {
    if (saving) return;
    const input: MaintenanceDraft = {
      ...draft,
      services: splitList(draft.services),
      status: 'planned',
      audienceZones: [],
    };
    const result = validateMaintenanceInput(input);
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
    createMaintenanceWindow(result.value).then(
      (id) => {
        const ui = useUiStore.getState();
        ui.closeDialog();
        ui.select({ kind: 'maintenance', id });
        ui.showToast(`Planned “${result.value.title}”.`, true);
      },
      (error: unknown) => {
        setSaving(false);
        setErrors({ title: error instanceof Error ? error.message : 'Could not save the window.' });
      },
    );
  };

  return (
    <Dialog title="New maintenance window" onClose={close} onSubmit={submit} submitLabel="Create window">
      <Field label="Title" error={errors.title}>
        <input value={draft.title} onChange={(event) => update({ title: event.target.value })} autoFocus maxLength={400} />
      </Field>
      <div className="field-row">
        <Field label="Start" error={errors.startLocal}>
          <input ref={startInput} type="datetime-local" value={draft.startLocal} onChange={(event) => update({ startLocal: event.target.value })} />
        </Field>
        <Field label="End" error={errors.endLocal}>
          <input ref={endInput} type="datetime-local" value={draft.endLocal} onChange={(event) => update({ endLocal: event.target.value })} />
        </Field>
      </div>
      <Field label="Time zone" error={errors.timeZone}>
        <input value={draft.timeZone} onChange={(event) => update({ timeZone: event.target.value })} list="tierline-zones" />
      </Field>
      <Field label="Affected services" hint="Comma-separated, e.g. EU Cloud, ingestion" error={errors.services}>
        <input value={draft.services} onChange={(event) => update({ services: event.target.value })} />
      </Field>
      <div className="field-row">
        <Field label="Disruption" error={errors.disruption}>
          <select value={draft.disruption} onChange={(event) => update({ disruption: event.target.value })}>
            {DISRUPTIONS.map((level) => (
              <option key={level} value={level}>
                {level === 'none' ? 'None' : level === 'degraded' ? 'Degraded' : 'Downtime'}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Audience">
          <select value={draft.audience} onChange={(event) => update({ audience: event.target.value })}>
            <option value="affected">Affected users</option>
            <option value="all">All users</option>
          </select>
        </Field>
      </div>
      <Field label="Owner">
        <input value={draft.owner} onChange={(event) => update({ owner: event.target.value })} />
      </Field>
    </Dialog>
  );
}
