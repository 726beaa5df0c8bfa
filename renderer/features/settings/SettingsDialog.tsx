import { AppearanceSetting } from './AppearanceSetting';
import { useState } from 'react';
import {
  settingsToDraft,
  validateSettingsDraft,
  type SettingsDraft,
  type SettingsField,
} from '../../../shared/settings-input';
import type { Settings } from '../../../shared/types';
import { Dialog } from '../../components/Dialog';
import { useIsDirty } from '../../components/useUnsavedGuard';
import { Field } from '../../components/Field';
import { updateSettings } from '../../db/settings-repo';
import { useUiStore } from '../../stores/ui-store';
import { PersonalSettings } from '../work/PersonalSettings';
import { runWrite } from '../../components/run-write';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The planner's preferences: week start, time zone and the planning rules that read them. */
export function SettingsDialog({ settings }: { settings: Settings }) {
  const close = useUiStore((state) => state.closeDialog);
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsToDraft(settings));
  const dirty = useIsDirty(draft);
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const update = (patch: Partial<SettingsDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = () => {
    const result = validateSettingsDraft(draft);
    if (!result.ok) return setErrors(result.errors);
    void runWrite(updateSettings(result.value).then(close), {
      done: 'Settings saved.',
      // One sentence whatever the cause, beside the zone (the field a bad save is most likely about).
      showError: () => setErrors({ timeZone: 'Could not save the settings.' }),
    });
  };
  return (
    <Dialog title="Settings" onClose={close} onSubmit={submit} dirty={dirty}>
      <Field label="Week starts on" error={errors.weekStart}>
        <select value={draft.weekStart} onChange={(event) => update({ weekStart: event.target.value })}>
          {WEEKDAYS.map((day, index) => (
            <option key={day} value={index}>
              {day}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Time zone"
        error={errors.timeZone}
        hint="Every time on the calendar is shown in this zone"
      >
        <input
          value={draft.timeZone}
          list="tierline-zones"
          onChange={(event) => update({ timeZone: event.target.value })}
        />
      </Field>
      <Field
        label="Array goes out on day"
        error={errors.arrayDayOfMonth}
        hint="Day of the month (1–28) the PostHog Array edition is sent; Array items are due then"
      >
        <input
          type="number"
          min={1}
          max={28}
          value={draft.arrayDayOfMonth}
          onChange={(event) => update({ arrayDayOfMonth: event.target.value })}
        />
      </Field>
      <div className="field-row">
        <Field label="Maintenance email, days ahead" error={errors.emailLeadDays}>
          <input
            type="number"
            min={1}
            max={60}
            value={draft.emailLeadDays}
            onChange={(event) => update({ emailLeadDays: event.target.value })}
          />
        </Field>
        <Field label="Reminder, days ahead" error={errors.reminderLeadDays} hint="0 for no reminder">
          <input
            type="number"
            min={0}
            max={59}
            value={draft.reminderLeadDays}
            onChange={(event) => update({ reminderLeadDays: event.target.value })}
          />
        </Field>
      </div>
      <p className="field__hint">Lead times apply to maintenance windows planned from now on.</p>
      <Field
        label="Most items one person can have due on a day"
        error={errors.maxItemsPerPersonPerDay}
        hint="More than this is shown as a conflict"
      >
        <input
          type="number"
          min={1}
          max={100}
          value={draft.maxItemsPerPersonPerDay}
          onChange={(event) => update({ maxItemsPerPersonPerDay: event.target.value })}
        />
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.businessDaysOnly}
          onChange={(event) => update({ businessDaysOnly: event.target.checked })}
        />
        Business days only (weekend due dates move to the Friday before)
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.showChecklistMarkers}
          onChange={(event) => update({ showChecklistMarkers: event.target.checked })}
        />
        Show checklist items on the calendar
      </label>
      <AppearanceSetting />
      <PersonalSettings />
      <button
        type="button"
        className="settings-backups"
        onClick={() => useUiStore.getState().openDialog({ kind: 'backups' })}
      >
        Backups…
      </button>
      <button
        type="button"
        className="settings-backups"
        onClick={() => useUiStore.getState().openDialog({ kind: 'people' })}
      >
        People…
      </button>
      <button
        type="button"
        className="settings-backups"
        onClick={() => useUiStore.getState().openDialog({ kind: 'team-calendar' })}
      >
        Team calendar…
      </button>
    </Dialog>
  );
}
