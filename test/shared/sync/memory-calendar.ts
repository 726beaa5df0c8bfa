import type { CalendarTransport, WriteResult } from '../../../shared/sync/transport';
import type { RemoteObject } from '../../../shared/sync/types';

/**
 * A calendar collection held in memory with real CalDAV precondition semantics (If-Match,
 * If-None-Match: *, fresh ETags per write), for property tests of the sync engine. The integration
 * tests run the same engine against Radicale and Xandikos.
 */
export class MemoryCalendar implements CalendarTransport {
  readonly objects = new Map<string, { etag: string; text: string }>();
  readonly log: string[] = [];
  private counter = 0;

  /** Another client writes an object (a teammate's calendar app). */
  teammateWrite(href: string, text: string): void {
    this.objects.set(href, { etag: this.nextEtag(), text });
  }

  private nextEtag(): string {
    this.counter++;
    return `"e${this.counter}"`;
  }

  list(): Promise<RemoteObject[]> {
    return Promise.resolve([...this.objects].map(([href, object]) => ({ href, etag: object.etag })));
  }

  fetch(hrefs: readonly string[]): Promise<RemoteObject[]> {
    return Promise.resolve(
      hrefs.flatMap((href) => {
        const object = this.objects.get(href);
        return object ? [{ href, etag: object.etag, text: object.text }] : [];
      }),
    );
  }

  put(request: { href?: string; name: string; text: string; ifMatch?: string | null }): Promise<WriteResult> {
    const href = request.href ?? `/cal/${request.name}`;
    this.log.push(`PUT ${href}`);
    const existing = this.objects.get(href);
    const create = !('ifMatch' in request);
    if (create && existing) return Promise.resolve({ status: 'precondition-failed' });
    if (!create && request.ifMatch !== null && existing?.etag !== request.ifMatch)
      return Promise.resolve({ status: 'precondition-failed' });
    const etag = this.nextEtag();
    this.objects.set(href, { etag, text: request.text });
    return Promise.resolve({ status: 'ok', href, etag });
  }

  remove(href: string, ifMatch: string | null): Promise<WriteResult> {
    this.log.push(`DELETE ${href}`);
    const existing = this.objects.get(href);
    if (existing && ifMatch !== null && existing.etag !== ifMatch)
      return Promise.resolve({ status: 'precondition-failed' });
    this.objects.delete(href);
    return Promise.resolve({ status: 'ok', href, etag: null });
  }

  etagOf(href: string): Promise<string | null> {
    return Promise.resolve(this.objects.get(href)?.etag ?? null);
  }
}

const BASE = Date.UTC(2026, 11, 1);

/** `yyyy-MM-dd` for a day offset from 1 Dec 2026. */
export function dayOf(offset: number): string {
  return new Date(BASE + offset * 86_400_000).toISOString().slice(0, 10);
}

/** A minimal published object like Tierline's: an all-day event with an exclusive end. */
export function eventText(uid: string, day: number, title: string, sequence: number): string {
  const compact = (offset: number): string => dayOf(offset).replaceAll('-', '');
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Tierline//Tierline planner//EN',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20261120T093000Z',
    `DTSTART;VALUE=DATE:${compact(day)}`,
    `DTEND;VALUE=DATE:${compact(day + 1)}`,
    `SUMMARY:${title}`,
    `SEQUENCE:${sequence}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** The text with its event moved to another day, as a teammate's calendar app would write it. */
export function movedText(text: string, day: number): string {
  const compact = (offset: number): string => dayOf(offset).replaceAll('-', '');
  return text
    .replace(/^DTSTART;VALUE=DATE:\d+/m, `DTSTART;VALUE=DATE:${compact(day)}`)
    .replace(/^DTEND;VALUE=DATE:\d+/m, `DTEND;VALUE=DATE:${compact(day + 1)}`);
}
