import type { DAVAccount } from 'tsdav';
import { createAccount, fetchCalendars, makeCalendar } from 'tsdav';
import { SyncAuthError, SyncNetworkError } from '../../../shared/sync/transport';
import { calendarUrlProblem } from '../../../shared/sync/url-policy';
import type { CalDavFetchOptions } from './caldav-fetch';
import { calDavFetch } from './caldav-fetch';
import { CalDavTransport } from './caldav-transport';

export type CalendarInfo = { url: string; displayName: string };

export type ConnectOptions = Omit<CalDavFetchOptions, 'user' | 'password'> & {
  serverUrl: string;
  user: string;
  password: string;
};

/** tsdav throws plain Errors for a server it cannot make sense of; those are the server's fault. */
function asSyncError(error: unknown, serverUrl: string): Error {
  if (error instanceof SyncAuthError || error instanceof SyncNetworkError) return error;
  return new SyncNetworkError(
    `${serverUrl} does not answer like a CalDAV server (${(error as Error).message})`,
  );
}

function displayNameOf(value: unknown, url: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? url);
}

/** A signed-in CalDAV account: its calendar home, its calendars, and a transport per calendar. */
export class CalDavAccount {
  private constructor(
    private readonly account: DAVAccount,
    private readonly fetcher: typeof fetch,
  ) {}

  /**
   * Discovers the account the way RFC 6764 and RFC 4791 describe it: the well-known URL (or the URL
   * given), the current user's principal, then the calendar home. Throws SyncAuthError for a
   * refused sign-in and SyncNetworkError for anything else.
   */
  static async connect(options: ConnectOptions): Promise<CalDavAccount> {
    const problem = calendarUrlProblem(options.serverUrl);
    if (problem) throw new SyncNetworkError(problem);
    const fetcher = calDavFetch(options);
    try {
      const account = await createAccount({
        account: { serverUrl: options.serverUrl, accountType: 'caldav', credentials: {} },
        fetch: fetcher,
      });
      if (!account.homeUrl) throw new Error('no calendar home was found');
      return new CalDavAccount(account, fetcher);
    } catch (error) {
      throw asSyncError(error, options.serverUrl);
    }
  }

  get homeUrl(): string {
    return this.account.homeUrl as string;
  }

  /** The calendars in the home that can hold events. */
  async calendars(): Promise<CalendarInfo[]> {
    try {
      const calendars = await fetchCalendars({ account: this.account, fetch: this.fetcher });
      return calendars.map((calendar) => ({
        url: new URL(calendar.url, this.homeUrl).href,
        displayName: displayNameOf(calendar.displayName, calendar.url),
      }));
    } catch (error) {
      throw asSyncError(error, this.homeUrl);
    }
  }

  /** The calendar named `name`, created in the calendar home (MKCALENDAR) when there is none. */
  async findOrCreateCalendar(name = 'Tierline'): Promise<CalendarInfo> {
    const existing = (await this.calendars()).find((calendar) => calendar.displayName === name);
    if (existing) return existing;
    const slug = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-') || 'tierline';
    const url = new URL(`${slug}/`, this.homeUrl.endsWith('/') ? this.homeUrl : `${this.homeUrl}/`).href;
    const responses = await makeCalendar({
      url,
      props: {
        displayname: name,
        'c:supported-calendar-component-set': {
          'c:comp': [{ _attributes: { name: 'VEVENT' } }, { _attributes: { name: 'VTODO' } }],
        },
      },
      fetch: this.fetcher,
    }).catch((error: unknown) => {
      throw asSyncError(error, url);
    });
    const failed = responses.find((response) => !response.ok);
    if (failed) throw new SyncNetworkError(`cannot create the calendar "${name}" (HTTP ${failed.status})`);
    return { url, displayName: name };
  }

  /** The sync engine's view of one calendar. */
  transport(calendarUrl: string): CalDavTransport {
    const problem = calendarUrlProblem(calendarUrl);
    if (problem) throw new SyncNetworkError(problem);
    return new CalDavTransport(calendarUrl, this.fetcher);
  }
}
