import { errorMessage } from '../../../shared/error-message';
import { useState } from 'react';
import type { CalendarChoice } from '../../../shared/caldav-ipc';
import { updateAccount } from '../../db/team-calendar-repo';
import type { TeamCalendarBridge } from '../../platform/team-calendar';
import { useTeamCalendarStore } from './team-calendar-store';

const CREATE = 'create:Tierline';

/** The calendars Connect found, and a new "Tierline" one; the choice is where the plan is published. */
export function CalendarPicker({
  bridge,
  calendars,
  onChosen,
}: {
  bridge: TeamCalendarBridge;
  calendars: CalendarChoice[];
  onChosen: () => void;
}) {
  const existing = calendars.find((calendar) => calendar.displayName === 'Tierline');
  const [choice, setChoice] = useState(existing?.url ?? CREATE);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const use = () => {
    setBusy(true);
    setMessage(null);
    bridge
      .chooseCalendar(choice === CREATE ? { kind: 'create' } : { kind: 'existing', url: choice })
      .then(async (result) => {
        if (result.status === 'failed') return setMessage(result.message);
        await updateAccount({ calendarUrl: result.calendar.url, calendarName: result.calendar.displayName });
        useTeamCalendarStore.getState().reset();
        useTeamCalendarStore.getState().syncNow();
        onChosen();
      })
      .catch((error: unknown) => setMessage(errorMessage(error, 'Could not choose it.')))
      .finally(() => setBusy(false));
  };
  return (
    <section className="team-calendar__section" aria-labelledby="team-calendar-pick">
      <fieldset className="export-formats">
        <legend id="team-calendar-pick">Publish to</legend>
        {calendars.map((calendar) => (
          <label key={calendar.url} className="checkbox">
            <input
              type="radio"
              name="team-calendar"
              checked={choice === calendar.url}
              onChange={() => setChoice(calendar.url)}
            />
            {calendar.displayName}
          </label>
        ))}
        {existing ? null : (
          <label className="checkbox">
            <input
              type="radio"
              name="team-calendar"
              checked={choice === CREATE}
              onChange={() => setChoice(CREATE)}
            />
            A new calendar named “Tierline”
          </label>
        )}
      </fieldset>
      <p className="team-calendar__note">
        Tierline adds, changes and deletes only the events it published there; everything else in the calendar
        is left alone.
      </p>
      <div className="team-calendar__row">
        <button type="button" className="button--primary" onClick={use} disabled={busy}>
          Use this calendar
        </button>
      </div>
      {message ? (
        <p className="team-calendar__error" role="alert">
          {message}
        </p>
      ) : null}
    </section>
  );
}
