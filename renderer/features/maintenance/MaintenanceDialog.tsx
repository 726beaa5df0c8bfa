import { useMemo, useRef, useState } from 'react';
import { validateMaintenanceInput, type MaintenanceField } from '../../../shared/maintenance/window-input';
import {
  DISRUPTIONS,
  MAINTENANCE_STATUSES,
  type MaintenanceWindow,
  type Settings,
} from '../../../shared/types';
import { DueDateOutOfRangeError } from '../../../shared/checklist/due-range';
import { implausibleDateQuestion } from '../../../shared/plannable-range';
import { TEXT_LIMITS } from '../../../shared/text-limits';
import { instantToDay, instantOf } from '../../../shared/zoned-time';
import { useNow } from '../../components/useNow';
import { Dialog } from '../../components/Dialog';
import { useIsDirty } from '../../components/useUnsavedGuard';
import { Field } from '../../components/Field';
import { PersonPicker } from '../../components/PersonPicker';
import { createMaintenanceWindow, updateMaintenanceWindow } from '../../db/maintenance-repo';
import { useUiStore } from '../../stores/ui-store';
import type { PlanData } from '../../db/usePlanData';
import { DateQuestion } from '../limits/DateQuestion';
import { counterHint, DATETIME_INPUT_LIMITS } from '../limits/input-limits';
import { usePlausibility } from '../limits/usePlausibility';
import {
  AUDIENCE_LABELS,
  DISRUPTION_LABELS,
  STATUS_LABELS,
  formFromWindow,
  newWindowForm,
  toMaintenanceDraft,
  type MaintenanceFormText,
} from './maintenance-format';
import { windowTimeHint } from './window-hints';
import { recurrenceFromForm, repeatFormFrom, type RepeatForm } from '../../../shared/recurrence/repeat-form';
import { RepeatControl } from '../recurrence/RepeatControl';
import './maintenance.css';
import { isCalendarDay } from '../../../shared/calendar-day';
import { runWrite } from '../../components/run-write';

type Props =
  | { startLocal: string; endLocal: string; settings: Settings; window?: undefined }
  | { window: MaintenanceWindow; settings: Settings };

const UNREADABLE = 'Not a date and time we can read.';

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
  const [repeat, setRepeat] = useState<RepeatForm>(() => repeatFormFrom(editing?.recurrence));
  const [repeatError, setRepeatError] = useState<string | undefined>();
  // A one-off window keeps its stored checklist; only new windows and series offer Repeat (issue 11).
  const canRepeat = !editing || editing.recurrence !== undefined;
  const dirty = useIsDirty({ form, repeat });
  const [errors, setErrors] = useState<Partial<Record<MaintenanceField, string>>>({});
  const [saving, setSaving] = useState(false);
  const startInput = useRef<HTMLInputElement>(null);
  const endInput = useRef<HTMLInputElement>(null);
  const close = useUiStore((state) => state.closeDialog);
  const update = (patch: Partial<MaintenanceFormText>) => setForm((current) => ({ ...current, ...patch }));
  const duration = useMemo(() => windowTimeHint(form), [form]);
  const plausibility = usePlausibility();
  const today = instantToDay(instantOf(useNow()), settings.timeZone);

  // `kept` is the start the planner just confirmed, passed along because state updates land later.
  const submit = (kept?: string | null) => {
    if (saving) return;
    const checked = validateMaintenanceInput(toMaintenanceDraft(form));
    const rule = recurrenceFromForm(repeat, form.startLocal);
    setRepeatError(rule.ok ? undefined : rule.error);
    if (!rule.ok) return;
    // The key only when there is a rule to keep or one to take away: a one-off window stays as stored.
    const withRule = rule.value !== undefined || editing?.recurrence !== undefined;
    const result =
      checked.ok && withRule
        ? { ok: true as const, value: { ...checked.value, recurrence: rule.value } }
        : checked;
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
    setErrors({});
    // Only a start the planner changes is questioned; a stored one was settled before.
    const startDay = form.startLocal.slice(0, 10);
    const question =
      (editing && editing.start === result.value.start) || !isCalendarDay(startDay)
        ? null
        : implausibleDateQuestion(startDay, today);
    if (plausibility.needsAsking(form.startLocal, question, kept)) return;
    setSaving(true);
    const write = editing
      ? updateMaintenanceWindow(editing.id, result.value).then(() => editing.id)
      : createMaintenanceWindow(result.value);
    void runWrite(
      write.then((id) => {
        const ui = useUiStore.getState();
        ui.closeDialog();
        // A repeating window opens on its first occurrence, with that occurrence's own steps.
        const first = result.value.recurrence ? { occurrence: result.value.start } : {};
        ui.select({ kind: 'maintenance', id, ...first });
      }),
      {
        done: editing ? `Saved “${result.value.title}”.` : `Planned “${result.value.title}”.`,
        failed: 'Could not save the window.',
        showError: (message, error) => {
          setSaving(false);
          // A message pushed past 2199 is the start's doing: say so beside it.
          setErrors(error instanceof DueDateOutOfRangeError ? { startLocal: message } : { title: message });
        },
      },
    );
  };

  const disruptionChanged = editing !== undefined && editing.disruption !== form.disruption;
  return (
    <Dialog
      title={editing ? 'Edit maintenance window' : 'New maintenance window'}
      onClose={close}
      onSubmit={() => submit()}
      submitLabel={editing ? 'Save changes' : 'Create window'}
      dirty={dirty}
    >
      {/* No maxLength: the browser would cut a long paste without a word; the counter warns instead. */}
      <Field label="Title" error={errors.title} hint={counterHint(form.title, TEXT_LIMITS.title)}>
        <input value={form.title} onChange={(event) => update({ title: event.target.value })} autoFocus />
      </Field>
      <div className="field-row">
        <Field label="Start" error={errors.startLocal}>
          <input
            ref={startInput}
            type="datetime-local"
            {...DATETIME_INPUT_LIMITS}
            value={form.startLocal}
            onChange={(event) => update({ startLocal: event.target.value })}
          />
        </Field>
        <Field label="End" error={errors.endLocal}>
          <input
            ref={endInput}
            type="datetime-local"
            {...DATETIME_INPUT_LIMITS}
            value={form.endLocal}
            onChange={(event) => update({ endLocal: event.target.value })}
          />
        </Field>
      </div>
      <DateQuestion
        plausibility={plausibility}
        current={form.startLocal}
        field={startInput}
        onKeep={submit}
      />
      {duration ? (
        <p className="maintenance-form__duration" aria-live="polite">
          {duration}
        </p>
      ) : null}
      {canRepeat ? (
        <RepeatControl
          form={repeat}
          startLocal={form.startLocal}
          error={repeatError}
          onChange={(patch) => setRepeat((current) => ({ ...current, ...patch }))}
        />
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
        <Field label="Owner" error={errors.ownerId}>
          <PersonPicker label="Owner" value={form.ownerId} onChange={(ownerId) => update({ ownerId })} />
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
      <Field label="Notes" error={errors.notes} hint={counterHint(form.notes, TEXT_LIMITS.notes)}>
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
