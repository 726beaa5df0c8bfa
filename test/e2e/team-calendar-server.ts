import { CalDavAccount } from '../../electron/main/caldav/caldav-account';
import type { RemoteObject } from '../../shared/sync/types';
import type { CalDavServer } from '../caldav/servers';

/** What the team calendar holds now, read by the test straight from the server (not through the app). */
export async function serverObjects(
  server: CalDavServer,
  calendarName = 'Tierline',
): Promise<RemoteObject[]> {
  const account = await CalDavAccount.connect({
    serverUrl: server.url,
    user: server.user,
    password: server.password,
  });
  const calendar = (await account.calendars()).find((listed) => listed.displayName === calendarName);
  if (!calendar) return [];
  const transport = account.transport(calendar.url);
  const listed = await transport.list();
  return transport.fetch(listed.map((object) => object.href));
}

/**
 * A teammate drags the event in their own calendar app: the object is rewritten on the server with
 * new all-day dates (and a new ETag), conditionally, as a CalDAV client does.
 */
export async function teammateMovesAllDay(
  server: CalDavServer,
  summary: string,
  toDay: string,
): Promise<void> {
  const object = (await serverObjects(server)).find((candidate) =>
    candidate.text?.includes(`SUMMARY:${summary}`),
  );
  if (!object?.text) throw new Error(`no object "${summary}" on the server`);
  const compact = (day: string) => day.replaceAll('-', '');
  const next = new Date(Date.parse(`${toDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const text = object.text
    .replace(/^DTSTART;VALUE=DATE:\d{8}/m, `DTSTART;VALUE=DATE:${compact(toDay)}`)
    .replace(/^DTEND;VALUE=DATE:\d{8}/m, `DTEND;VALUE=DATE:${compact(next)}`);
  const response = await fetch(new URL(object.href, server.url), {
    method: 'PUT',
    headers: {
      Authorization: `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`,
      'Content-Type': 'text/calendar; charset=utf-8',
      ...(object.etag ? { 'If-Match': object.etag } : {}),
    },
    body: text,
  });
  if (!response.ok) throw new Error(`the teammate's PUT failed: HTTP ${response.status}`);
}
