import type { RemoteObject } from './types';

/** A write's outcome as the sync rules need it; network and sign-in failures are thrown instead. */
export type WriteResult =
  | { status: 'ok'; href: string; etag: string | null }
  | { status: 'precondition-failed' }
  | { status: 'refused'; httpStatus: number; message: string };

/**
 * The calendar as the sync engine sees it. The Node CalDAV client implements it over HTTP; tests may
 * implement it in memory. Methods throw SyncNetworkError or SyncAuthError when the server cannot be
 * reached or refuses the sign-in.
 */
export type CalendarTransport = {
  /** Every object's href and ETag (texts are fetched separately). */
  list(): Promise<RemoteObject[]>;
  /** The texts (and current ETags) of these objects; missing ones are left out. */
  fetch(hrefs: readonly string[]): Promise<RemoteObject[]>;
  /** PUT to an existing href (If-Match, or If-None-Match: * when `ifMatch` is absent) or a new name. */
  put(request: { href?: string; name: string; text: string; ifMatch?: string | null }): Promise<WriteResult>;
  /** DELETE with If-Match; a 404 counts as done. */
  remove(href: string, ifMatch: string | null): Promise<WriteResult>;
  /** The object's current ETag, for a server that answered a PUT without one. */
  etagOf(href: string): Promise<string | null>;
};

/** The server could not be reached, timed out, or kept answering 429/503 past the backoff. */
export class SyncNetworkError extends Error {}

/** The server refused the user name or password (401), or the account may not use the calendar (403 on discovery). */
export class SyncAuthError extends Error {}
