import type {
  ChooseCalendarRequest,
  ChooseCalendarResult,
  ConnectRequest,
  ConnectResult,
  SyncRequest,
  SyncResult,
} from '../../shared/caldav-ipc';

/** The team-calendar calls of the desktop bridge. */
export type TeamCalendarBridge = {
  connect(request: ConnectRequest): Promise<ConnectResult>;
  chooseCalendar(request: ChooseCalendarRequest): Promise<ChooseCalendarResult>;
  sync(request: SyncRequest): Promise<SyncResult>;
  forget(): Promise<void>;
};

/**
 * The team calendar through the desktop bridge, or null in a browser: a web page may only talk to
 * the server it came from (the CSP says `connect-src 'self'`, and CalDAV servers do not allow
 * other origins), and it should never hold a calendar password.
 */
export function teamCalendarBridge(): TeamCalendarBridge | null {
  const api = typeof window === 'undefined' ? undefined : window.tierline;
  if (!api) return null;
  return {
    connect: (request) => api.connectTeamCalendar(request),
    chooseCalendar: (request) => api.chooseTeamCalendar(request),
    sync: (request) => api.syncTeamCalendar(request),
    forget: () => api.forgetTeamCalendar(),
  };
}
