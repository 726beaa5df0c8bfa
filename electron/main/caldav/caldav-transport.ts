import type { DAVResponse } from 'tsdav';
import {
  createObject,
  deleteObject,
  fetchCalendarObjects,
  propfind,
  syncCollection,
  updateObject,
} from 'tsdav';
import type { CalendarTransport, WriteResult } from '../../../shared/sync/transport';
import { SyncNetworkError } from '../../../shared/sync/transport';
import type { RemoteObject } from '../../../shared/sync/types';

const MULTIGET_BATCH = 100;

/**
 * The path of an href in one percent-encoding, so the same object reads the same whether the server
 * wrote `@` or `%40`. The server's name is kept; only its spelling is made comparable.
 */
export function canonicalHref(href: string, base: string): string {
  const path = new URL(href, base).pathname;
  return path
    .split('/')
    .map((segment) => {
      try {
        return encodeURIComponent(decodeURIComponent(segment)).replace(/%40/g, '@');
      } catch {
        return segment;
      }
    })
    .join('/');
}

function etagOfProps(response: DAVResponse): string | null {
  const value: unknown = response.props?.getetag;
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

/** The parsed multistatus of a tsdav answer; undefined when the server answered something else. */
function multistatusOf(response: DAVResponse | undefined): { syncToken?: unknown } | undefined {
  const raw = response?.raw as { multistatus?: { syncToken?: unknown } } | undefined;
  return raw?.multistatus;
}

function refusedMessage(status: number, body: string): string {
  const reason =
    /<[^>]*?(no-uid-conflict|valid-calendar-data|max-resource-size|valid-calendar-object-resource)/i.exec(
      body,
    )?.[1];
  return reason
    ? `the server refused it (HTTP ${status}, ${reason})`
    : `the server refused it (HTTP ${status})`;
}

/** One calendar collection over CalDAV: sync-collection listing with ETag-listing fallback, conditional writes. */
export class CalDavTransport implements CalendarTransport {
  private readonly cache = new Map<string, string | null>();
  private syncToken: string | undefined;
  private syncSupported = true;

  constructor(
    readonly calendarUrl: string,
    private readonly fetcher: typeof fetch,
  ) {}

  /** How the last listing was taken: incrementally, or by PROPFIND for a server without sync-collection. */
  get listingMode(): 'sync-collection' | 'propfind' {
    return this.syncSupported ? 'sync-collection' : 'propfind';
  }

  /** Forgets the sync token, as a server that expired it would make us (tests drive the fallback with it). */
  expireSyncToken(token = 'http://tierline.invalid/expired-token'): void {
    this.syncToken = token;
  }

  private url(href: string): string {
    return new URL(href, this.calendarUrl).href;
  }

  private isCollection(href: string): boolean {
    const own = canonicalHref(this.calendarUrl, this.calendarUrl).replace(/\/$/, '');
    return href.replace(/\/$/, '') === own;
  }

  /** Every object with its ETag: an incremental sync-collection when the server has one, else PROPFIND. */
  async list(): Promise<RemoteObject[]> {
    if (this.syncSupported) {
      const responses = await syncCollection({
        url: this.calendarUrl,
        props: { 'd:getetag': {} },
        syncLevel: 1,
        ...(this.syncToken ? { syncToken: this.syncToken } : {}),
        fetch: this.fetcher,
      });
      const failed =
        responses.length === 1 &&
        responses[0] &&
        !responses[0].ok &&
        responses[0].status >= 400 &&
        !multistatusOf(responses[0]);
      if (failed && this.syncToken !== undefined) {
        // An expired or refused token (410, valid-sync-token): start over with a full listing.
        this.syncToken = undefined;
        this.cache.clear();
        return this.list();
      }
      if (failed) this.syncSupported = false;
      else {
        if (this.syncToken === undefined) this.cache.clear();
        for (const response of responses) {
          if (!response.href) continue;
          const href = canonicalHref(response.href, this.calendarUrl);
          if (this.isCollection(href)) continue;
          if (response.status === 404) this.cache.delete(href);
          else this.cache.set(href, etagOfProps(response));
        }
        const token = multistatusOf(responses[0])?.syncToken;
        this.syncToken = typeof token === 'string' ? token : undefined;
        return [...this.cache].map(([href, etag]) => ({ href, etag }));
      }
    }
    const responses = await propfind({
      url: this.calendarUrl,
      props: { 'd:getetag': {} },
      depth: '1',
      fetch: this.fetcher,
    });
    if (responses.length === 1 && responses[0] && !responses[0].ok && !multistatusOf(responses[0]))
      throw new SyncNetworkError(`cannot list the calendar (HTTP ${responses[0].status})`);
    this.cache.clear();
    for (const response of responses) {
      if (!response.href || !response.ok) continue;
      const href = canonicalHref(response.href, this.calendarUrl);
      if (!this.isCollection(href)) this.cache.set(href, etagOfProps(response));
    }
    return [...this.cache].map(([href, etag]) => ({ href, etag }));
  }

  /** The objects' texts by calendar-multiget, in batches. */
  async fetch(hrefs: readonly string[]): Promise<RemoteObject[]> {
    const objects: RemoteObject[] = [];
    for (let start = 0; start < hrefs.length; start += MULTIGET_BATCH) {
      const batch = hrefs.slice(start, start + MULTIGET_BATCH).map((href) => this.url(href));
      const fetched = await fetchCalendarObjects({
        calendar: { url: this.calendarUrl },
        objectUrls: batch,
        useMultiGet: true,
        fetch: this.fetcher,
      });
      for (const object of fetched) {
        if (typeof object.data !== 'string') continue;
        objects.push({
          href: canonicalHref(object.url, this.calendarUrl),
          etag: object.etag ?? null,
          text: object.data,
        });
      }
    }
    return objects;
  }

  async put(request: {
    href?: string;
    name: string;
    text: string;
    ifMatch?: string | null;
  }): Promise<WriteResult> {
    const url = this.url(request.href ?? request.name);
    const headers = { 'Content-Type': 'text/calendar; charset=utf-8' };
    const response =
      'ifMatch' in request
        ? await updateObject({
            url,
            data: request.text,
            ...(request.ifMatch ? { etag: request.ifMatch } : {}),
            headers,
            fetch: this.fetcher,
          })
        : await createObject({
            url,
            data: request.text,
            headers: { ...headers, 'If-None-Match': '*' },
            fetch: this.fetcher,
          });
    return this.writeResult(response, url);
  }

  async remove(href: string, ifMatch: string | null): Promise<WriteResult> {
    const url = this.url(href);
    const response = await deleteObject({ url, ...(ifMatch ? { etag: ifMatch } : {}), fetch: this.fetcher });
    if (response.status === 404) return { status: 'ok', href, etag: null };
    return this.writeResult(response, url);
  }

  private async writeResult(response: Response, url: string): Promise<WriteResult> {
    const body = await response.text();
    if (response.ok)
      return { status: 'ok', href: canonicalHref(url, this.calendarUrl), etag: response.headers.get('ETag') };
    // 404 on an update: the object went away meanwhile; a "UID already exists" answer names another
    // object with this UID. Both mean: list again and decide by the rules.
    if (response.status === 412 || response.status === 404 || /no-uid-conflict/i.test(body))
      return { status: 'precondition-failed' };
    if (response.status >= 500)
      throw new SyncNetworkError(`the calendar server failed (HTTP ${response.status})`);
    return { status: 'refused', httpStatus: response.status, message: refusedMessage(response.status, body) };
  }

  async etagOf(href: string): Promise<string | null> {
    const responses = await propfind({
      url: this.url(href),
      props: { 'd:getetag': {} },
      depth: '0',
      fetch: this.fetcher,
    });
    const found = responses.find((response) => response.ok);
    return found ? etagOfProps(found) : null;
  }
}
