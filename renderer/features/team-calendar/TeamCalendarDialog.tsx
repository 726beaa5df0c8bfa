import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { CalendarChoice } from '../../../shared/caldav-ipc';
import type { Settings } from '../../../shared/types';
import { Dialog } from '../../components/Dialog';
import { forgetAccount, loadTeamCalendarAccount } from '../../db/team-calendar-repo';
import { teamCalendarBridge } from '../../platform/team-calendar';
import { useUiStore } from '../../stores/ui-store';
import type { PlanData } from '../../db/usePlanData';
import { CalendarPicker } from './CalendarPicker';
import { ConnectForm } from './ConnectForm';
import { PublishChoicesFields } from './PublishChoicesFields';
import { SyncPanel } from './SyncPanel';
import { useTeamCalendarStore } from './team-calendar-store';
import './team-calendar.css';

/** Settings → Team calendar: connect a CalDAV account, pick the calendar, choose what is published. */
export function TeamCalendarDialog({ plan, settings }: { plan: PlanData; settings: Settings }) {
  const close = useUiStore((state) => state.closeDialog);
  const bridge = useMemo(() => teamCalendarBridge(), []);
  const account = useLiveQuery(loadTeamCalendarAccount);
  const [calendars, setCalendars] = useState<CalendarChoice[] | null>(null);
  const [typing, setTyping] = useState(false);

  if (!bridge) {
    return (
      <Dialog title="Team calendar" onClose={close}>
        <p className="team-calendar__note">
          Team calendars need the desktop app or the command line (<code>tierline publish</code>). A web page
          may only talk to the site it was loaded from, and calendar servers don’t answer other sites; nor
          should a browser tab keep your calendar password. In the browser, use Export to save a calendar file
          instead.
        </p>
      </Dialog>
    );
  }
  if (account === undefined) return null;

  const forget = () => {
    void bridge
      .forget()
      .then(forgetAccount)
      .then(() => {
        setCalendars(null);
        useTeamCalendarStore.getState().reset();
      });
  };
  const chosen = account?.calendarUrl && calendars === null;
  return (
    <Dialog title="Team calendar" onClose={close} wide dirty={typing}>
      <p className="team-calendar__note">
        Publishes the plan to a CalDAV calendar (Nextcloud, Radicale, iCloud, Fastmail…) that your team
        already sees, and takes back teammates’ date changes.
      </p>
      {account && (chosen || calendars) ? (
        <p className="team-calendar__account">
          Signed in as <strong>{account.user}</strong> at {account.serverUrl}{' '}
          <button type="button" onClick={forget}>
            Forget this account
          </button>
        </p>
      ) : (
        <ConnectForm
          bridge={bridge}
          initial={{ serverUrl: account?.serverUrl ?? '', user: account?.user ?? '' }}
          onConnected={setCalendars}
          onDirtyChange={setTyping}
        />
      )}
      {calendars ? (
        <CalendarPicker bridge={bridge} calendars={calendars} onChosen={() => setCalendars(null)} />
      ) : null}
      {account && chosen ? (
        <>
          <SyncPanel
            calendarName={account.calendarName ?? account.calendarUrl ?? ''}
            timeZone={settings.timeZone}
          />
          <PublishChoicesFields choices={account.choices} plan={plan} settings={settings} />
        </>
      ) : null}
    </Dialog>
  );
}
