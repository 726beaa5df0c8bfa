import { useMemo, useState } from 'react';
import { isKnownTimeZone } from '../../../shared/zoned-time';
import type { Settings, WeekStart } from '../../../shared/types';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { updateSettings } from '../../db/settings-repo';
import { useUiStore } from '../../stores/ui-store';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The planner's preferences: week start, time zone and the planning rules that read them. */
export function SettingsDialog({ settings }: { settings: Settings }) {
  const close = useUiStore((state) => state.closeDialog);
  const [draft, setDraft] = useState({
    weekStart: String(settings.weekStart),
    timeZone: settings.timeZone,
    businessDaysOnly: settings.businessDaysOnly,
    arrayDayOfMonth: String(settings.arrayDayOfMonth),
    showChecklistMarkers: settings.showChecklistMarkers,
  });
  const [error, setError] = useState<string | undefined>();
  const [arrayError, setArrayError] = useState<string | undefined>();
  const submit = () => {
    if (!isKnownTimeZone(draft.timeZone)) return setError(`Unknown time zone “${draft.timeZone}”.`);
    const arrayDay = Number(draft.arrayDayOfMonth);
    // Up to the 28th, so every month, February included, has its edition on that day.
    if (!Number.isInteger(arrayDay) || arrayDay < 1 || arrayDay > 28)
      return setArrayError('Pick a day from 1 to 28.');
    updateSettings({
      weekStart: Number(draft.weekStart) as WeekStart,
      timeZone: draft.timeZone,
      businessDaysOnly: draft.businessDaysOnly,
      arrayDayOfMonth: arrayDay,
      showChecklistMarkers: draft.showChecklistMarkers,
    }).then(
      () => {
        close();
        useUiStore.getState().showToast('Settings saved.', true);
      },
      () => setError('Could not save the settings.'),
    );
  };
  return (
    <Dialog title="Settings" onClose={close} onSubmit={submit}>
      <Field label="Week starts on">
        <select
          value={draft.weekStart}
          onChange={(event) => setDraft({ ...draft, weekStart: event.target.value })}
        >
          {WEEKDAYS.map((day, index) => (
            <option key={day} value={index}>
              {day}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Time zone" error={error} hint="Every time on the calendar is shown in this zone">
        <input
          value={draft.timeZone}
          list="tierline-zones"
          onChange={(event) => setDraft({ ...draft, timeZone: event.target.value })}
        />
      </Field>
      <Field
        label="Array goes out on day"
        error={arrayError}
        hint="Day of the month (1–28) the PostHog Array edition is sent; Array items are due then"
      >
        <input
          type="number"
          min={1}
          max={28}
          value={draft.arrayDayOfMonth}
          onChange={(event) => setDraft({ ...draft, arrayDayOfMonth: event.target.value })}
        />
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.businessDaysOnly}
          onChange={(event) => setDraft({ ...draft, businessDaysOnly: event.target.checked })}
        />
        Business days only (weekend due dates move to the Friday before)
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.showChecklistMarkers}
          onChange={(event) => setDraft({ ...draft, showChecklistMarkers: event.target.checked })}
        />
        Show checklist items on the calendar
      </label>
    </Dialog>
  );
}

/** Every IANA zone the runtime knows, offered as suggestions to zone fields. */
export function TimeZoneOptions() {
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  return (
    <datalist id="tierline-zones">
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
