import { useTeamCalendarStore } from './team-calendar-store';

const REASONS = {
  'both-changed': 'Changed on both sides',
  'deleted-here-changed-there': 'Deleted here, changed there',
} as const;

/** The last sync's conflicts with the team calendar, in the Conflicts panel. */
export function TeamCalendarConflicts() {
  const conflicts = useTeamCalendarStore((state) => state.conflicts);
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="team-calendar-conflicts">
      <h3 id="team-calendar-conflicts">Team calendar ({conflicts.length})</h3>
      <ul className="conflicts-panel__list" aria-label="Team calendar conflicts">
        {conflicts.map((conflict) => (
          <li key={conflict.uid} className="conflict">
            <div className="conflict__head">
              <span className="conflict__kind">
                <span aria-hidden="true">⚠ </span>
                {REASONS[conflict.reason]}
              </span>
            </div>
            <p className="conflict__message">
              {conflict.title}: {conflict.message}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
