import { errorMessage } from '../../../shared/error-message';
import { useState } from 'react';
import type { CalendarChoice } from '../../../shared/caldav-ipc';
import { calendarUrlProblem } from '../../../shared/sync/url-policy';
import { Field } from '../../components/Field';
import { connectAccount } from '../../db/team-calendar-repo';
import type { TeamCalendarBridge } from '../../platform/team-calendar';
import { useReportDirty } from '../../components/useReportDirty';

type Props = {
  bridge: TeamCalendarBridge;
  initial: { serverUrl: string; user: string };
  onConnected: (calendars: CalendarChoice[]) => void;
  /** Whether the fields differ from how they opened, for the dialog's "Discard changes?". */
  onDirtyChange?: (dirty: boolean) => void;
};

/** Server URL, user name and app password, and Connect: signs in and discovers the calendars. */
export function ConnectForm({ bridge, initial, onConnected, onDirtyChange }: Props) {
  const [serverUrl, setServerUrl] = useState(initial.serverUrl);
  const [user, setUser] = useState(initial.user);
  const [password, setPassword] = useState('');
  useReportDirty(serverUrl !== initial.serverUrl || user !== initial.user || password !== '', onDirtyChange);
  const [errors, setErrors] = useState<{ serverUrl?: string; user?: string; password?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const connect = () => {
    const url = serverUrl.trim();
    const problem = url === '' ? 'Enter the calendar server’s address.' : calendarUrlProblem(url);
    const found = {
      serverUrl: problem ? `Not usable: ${problem}` : undefined,
      user: user.trim() === '' ? 'Enter your user name on the calendar server.' : undefined,
      password: password === '' ? 'Enter an app password for Tierline.' : undefined,
    };
    setErrors(found);
    setMessage(null);
    if (found.serverUrl || found.user || found.password) return;
    setBusy(true);
    bridge
      .connect({ serverUrl: url, user: user.trim(), password })
      .then(async (result) => {
        if (result.status === 'failed') return setMessage(result.message);
        await connectAccount(url, user.trim());
        setPassword('');
        onConnected(result.calendars);
      })
      .catch((error: unknown) => setMessage(errorMessage(error, 'Could not connect.')))
      .finally(() => setBusy(false));
  };

  return (
    <section className="team-calendar__section" aria-labelledby="team-calendar-account">
      <h3 id="team-calendar-account">Account</h3>
      <Field
        label="Server URL"
        error={errors.serverUrl}
        hint="e.g. https://cloud.example.com/remote.php/dav (http:// only for 127.0.0.1 or localhost)"
      >
        <input type="url" value={serverUrl} onChange={(event) => setServerUrl(event.target.value)} />
      </Field>
      <Field label="User name" error={errors.user}>
        <input value={user} autoComplete="username" onChange={(event) => setUser(event.target.value)} />
      </Field>
      <Field
        label="App password"
        error={errors.password}
        hint="Kept encrypted by your operating system on this computer; never in the plan, its backups or files"
      >
        <input
          type="password"
          value={password}
          autoComplete="current-password"
          onChange={(event) => setPassword(event.target.value)}
        />
      </Field>
      <div className="team-calendar__row">
        <button type="button" className="button--primary" onClick={connect} disabled={busy}>
          {busy ? 'Connecting…' : 'Connect'}
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
