import { useLiveQuery } from 'dexie-react-hooks';
import { loadTeamCalendarAccount } from '../../db/team-calendar-repo';
import { useUiStore } from '../../stores/ui-store';
import { teamCalendarStatusText } from './status-text';
import { useTeamCalendarStore } from './team-calendar-store';
import './team-calendar.css';

/** The toolbar's team-calendar state, once a calendar is chosen; opens Settings → Team calendar. Never blocks planning. */
export function TeamCalendarStatus({ timeZone }: { timeZone: string }) {
  const account = useLiveQuery(loadTeamCalendarAccount);
  const phase = useTeamCalendarStore((state) => state.phase);
  const pending = useTeamCalendarStore((state) => state.pending);
  if (!account?.calendarUrl) return null;
  const problem = phase.kind === 'failed';
  return (
    <button
      type="button"
      className={`team-calendar-status${problem ? ' team-calendar-status--problem' : ''}`}
      title={problem ? phase.message : `Team calendar: ${account.calendarName ?? account.calendarUrl}`}
      onClick={() => useUiStore.getState().openDialog({ kind: 'team-calendar' })}
    >
      <span role="status">{teamCalendarStatusText(phase, pending, timeZone)}</span>
    </button>
  );
}
