import { useTeamCalendarStore } from './team-calendar-store';
import { teamCalendarStatusText } from './status-text';

/** Where the plan is published, how the last sync went, Sync now, and what the server refused. */
export function SyncPanel({ calendarName, timeZone }: { calendarName: string; timeZone: string }) {
  const phase = useTeamCalendarStore((state) => state.phase);
  const pending = useTeamCalendarStore((state) => state.pending);
  const refused = useTeamCalendarStore((state) => state.refused);
  const syncNow = useTeamCalendarStore((state) => state.syncNow);
  return (
    <section className="team-calendar__section" aria-labelledby="team-calendar-sync">
      <h3 id="team-calendar-sync">Publishing to “{calendarName}”</h3>
      <p className="team-calendar__status" role="status">
        {teamCalendarStatusText(phase, pending, timeZone)}
      </p>
      {phase.kind === 'failed' ? <p className="team-calendar__error">{phase.message}</p> : null}
      <div className="team-calendar__row">
        <button type="button" onClick={() => syncNow()} disabled={phase.kind === 'syncing'}>
          Sync now
        </button>
      </div>
      {refused.length > 0 ? (
        <ul className="team-calendar__refused" aria-label="Not published">
          {refused.map((entry) => (
            <li key={entry.uid}>
              {entry.title}: {entry.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
