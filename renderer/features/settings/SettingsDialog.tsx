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
    showChecklistMarkers: settings.showChecklistMarkers,
  });
  const [error, setError] = useState<string | undefined>();
  const submit = () => {
    if (!isKnownTimeZone(draft.timeZone)) return setError(`Unknown time zone “${draft.timeZone}”.`);
    updateSettings({
      weekStart: Number(draft.weekStart) as WeekStart,
      timeZone: draft.timeZone,
      businessDaysOnly: draft.businessDaysOnly,
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
        <select value={draft.weekStart} onChange={(event) => setDraft({ ...draft, weekStart: event.target.value })}>
          {WEEKDAYS.map((day, index) => (
            <option key={day} value={index}>
              {day}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Time zone" error={error} hint="Every time on the calendar is shown in this zone">
        <input value={draft.timeZone} list="tierline-zones" onChange={(event) => setDraft({ ...draft, timeZone: event.target.value })} />
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={draft.businessDaysOnly} onChange={(event) => setDraft({ ...draft, businessDaysOnly: event.target.checked })} />
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
