import { errorMessage } from '../../../shared/error-message';
import type {
  CalDavFailure,
  CalendarChoice,
  ChooseCalendarRequest,
  ChooseCalendarResult,
  ConnectRequest,
  ConnectResult,
  SyncRequest,
  SyncResult,
} from '../../../shared/caldav-ipc';
import { runSync } from '../../../shared/sync/run-sync';
import type { CalendarTransport } from '../../../shared/sync/transport';
import { SyncAuthError, SyncNetworkError } from '../../../shared/sync/transport';
import type { SyncState } from '../../../shared/sync/types';
import { calendarUrlProblem } from '../../../shared/sync/url-policy';
import type { CredentialStore } from './credential-store';
import { NoSecureStorageError } from './credential-store';

/** What the service needs of a signed-in account; CalDavAccount in the app, the same in tests. */
export type AccountLike = {
  calendars(): Promise<CalendarChoice[]>;
  findOrCreateCalendar(name: string): Promise<CalendarChoice>;
  transport(calendarUrl: string): CalendarTransport;
};

export type TeamCalendarDeps = {
  store: CredentialStore;
  connect(options: { serverUrl: string; user: string; password: string }): Promise<AccountLike>;
};

export type TeamCalendarService = {
  connect(request: ConnectRequest): Promise<ConnectResult>;
  chooseCalendar(request: ChooseCalendarRequest): Promise<ChooseCalendarResult>;
  sync(request: SyncRequest): Promise<SyncResult>;
  forget(): Promise<void>;
};

/** The calendar Tierline creates when the planner asks for one of its own. */
export const TIERLINE_CALENDAR_NAME = 'Tierline';

const NOT_CONNECTED: CalDavFailure = {
  status: 'failed',
  reason: 'not-connected',
  message: 'No team calendar is connected on this computer: connect in Settings → Team calendar.',
};

// Messages only: an error's stack or cause could carry a URL with more than the planner typed.
function failure(error: unknown): CalDavFailure {
  if (error instanceof SyncAuthError)
    return {
      status: 'failed',
      reason: 'sign-in',
      message: 'Sign-in failed: check the app password (the server refused the user name or password).',
    };
  if (error instanceof NoSecureStorageError)
    return { status: 'failed', reason: 'no-secure-storage', message: error.message };
  if (error instanceof SyncNetworkError)
    return { status: 'failed', reason: 'network', message: error.message };
  return {
    status: 'failed',
    reason: 'network',
    message: `The team calendar failed: ${errorMessage(error)}`,
  };
}

const sameUrl = (a: string, b: string): boolean => new URL(a).href === new URL(b).href;

/**
 * The team calendar as the main process runs it: signs in with the stored credentials, keeps one
 * signed-in account and one transport (with its sync token) for the run, and answers every failure
 * as a sentence. The renderer never names where the password goes: the server is the one it
 * connected to, the calendar one that server listed or that was created there.
 */
export function createTeamCalendarService(deps: TeamCalendarDeps): TeamCalendarService {
  let session: { key: string; account: AccountLike; transport?: CalendarTransport; url?: string } | null =
    null;

  const accountFor = async (stored: { serverUrl: string; user: string; password: string }) => {
    const key = JSON.stringify([stored.serverUrl, stored.user, stored.password]);
    if (session?.key !== key) session = { key, account: await deps.connect(stored) };
    return session;
  };

  return {
    async connect(request) {
      const problem = calendarUrlProblem(request.serverUrl);
      if (problem) return { status: 'failed', reason: 'refused', message: `Not connected: ${problem}.` };
      try {
        if (!deps.store.available()) throw new NoSecureStorageError();
        session = null;
        const current = await accountFor(request);
        const calendars = await current.account.calendars();
        await deps.store.save({ ...request, calendarUrl: null });
        return { status: 'connected', calendars };
      } catch (error) {
        session = null;
        return failure(error);
      }
    },

    async chooseCalendar(request) {
      const stored = await deps.store.load();
      if (!stored) return NOT_CONNECTED;
      try {
        const { account } = await accountFor(stored);
        let calendar: CalendarChoice | undefined;
        if (request.kind === 'create') calendar = await account.findOrCreateCalendar(TIERLINE_CALENDAR_NAME);
        else calendar = (await account.calendars()).find((listed) => sameUrl(listed.url, request.url));
        if (!calendar)
          return {
            status: 'failed',
            reason: 'refused',
            message:
              'That calendar is not one of this account’s calendars; connect again and pick from the list.',
          };
        await deps.store.save({ ...stored, calendarUrl: calendar.url });
        return { status: 'chosen', calendar };
      } catch (error) {
        return failure(error);
      }
    },

    async sync(request) {
      const stored = await deps.store.load();
      if (!stored?.calendarUrl) return { ...NOT_CONNECTED, state: null };
      let reached: SyncState | null = null;
      try {
        const current = await accountFor(stored);
        if (!current.transport || current.url !== stored.calendarUrl) {
          current.transport = current.account.transport(stored.calendarUrl);
          current.url = stored.calendarUrl;
        }
        const report = await runSync({
          transport: current.transport,
          local: request.objects,
          state: request.state,
          takeRemoteMoves: true,
          allowMassDelete: request.allowMassDelete,
          // The plan lives in the renderer: it takes the moves after this answer, and the next
          // sync publishes the moved items over the ETags adopted here.
          applyMoves: () => Promise.resolve(request.objects),
          onState: (state) => (reached = state),
        });
        return { status: 'synced', report };
      } catch (error) {
        // A sign-in refused now may be a changed password: sign in again next time.
        if (error instanceof SyncAuthError) session = null;
        return { ...failure(error), state: reached };
      }
    },

    async forget() {
      session = null;
      await deps.store.forget();
    },
  };
}
