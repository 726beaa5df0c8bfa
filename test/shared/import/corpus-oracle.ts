import ICAL from 'ical.js';
import { addYears } from 'date-fns';
import type { ImportedEvent } from '../../../shared/import/types';
import { vtimezoneLines } from '../../../shared/recurrence/ics-timezone';
import { instantToLocal, instantOf, isKnownTimeZone } from '../../../shared/zoned-time';
import { utcInstant } from '../../dates';

/**
 * What ical.js reads a file as: one key per occurrence, or why it could not read the file, with what
 * it reads when each VEVENT is given to it on its own (with the file's VTIMEZONEs).
 */
export type OracleReading = { keys: string[] } | { error: string; perEvent: string[] };

const MAX_OCCURRENCES = 500;
const FIRST = Date.parse('1900-01-01T00:00:00Z');
const LAST = Date.parse('2199-12-31T23:59:59Z');

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

// A day for dates; an instant when ical.js knows the zone (UTC or the file's VTIMEZONE); else the
// wall-clock time marked `wall:`, which the importer's side is compared with in the zone it chose.
function keyOf(time: ICAL.Time, known: Set<string>): string | null {
  const day = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  if (time.isDate) return day >= '1900-01-01' && day <= '2199-12-31' ? day : null;
  const tzid = time.zone?.tzid ?? 'floating';
  if (tzid === 'UTC' || tzid === 'Z' || known.has(tzid)) {
    const ms = time.toUnixTime() * 1000;
    return ms >= FIRST && ms <= LAST ? instantOf(new Date(ms)) : null;
  }
  return `wall:${day}T${pad(time.hour)}:${pad(time.minute)}`;
}

/**
 * The occurrences ical.js reads in a calendar text: every VEVENT, series expanded from DTSTART up to
 * MAX_OCCURRENCES or `horizonYears` after `now` (as the importer does), RECURRENCE-ID overrides moved
 * to their own start, cancelled or not.
 */
export function readWithIcalJs(text: string, now: string, horizonYears = 2): OracleReading {
  try {
    return expand(parseRoots(text), now, horizonYears);
  } catch (error) {
    return { error: (error as Error).message, perEvent: readEventByEvent(text, now, horizonYears) };
  }
}

function parseRoots(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  // Several VCALENDARs in one file come back as a list of them.
  return (Array.isArray(parsed[0]) ? (parsed as unknown[][]) : [parsed]).map(
    (raw) => new ICAL.Component(raw),
  );
}

// ical.js gives up on a whole file for one bad value; each VEVENT on its own, with the VTIMEZONEs it
// names, shows what it reads of the rest, the way the importer reads a file event by event. (A
// VTIMEZONE that no event names, one without a TZID included, would make ical.js fail on every event.)
function readEventByEvent(text: string, now: string, horizonYears: number): string[] {
  const zones = (text.match(/^BEGIN:VTIMEZONE\r?$[\s\S]*?^END:VTIMEZONE\r?$/gim) ?? []).map((zone) => ({
    tzid: /^TZID:(.*?)\r?$/im.exec(zone)?.[1]?.trim(),
    zone,
  }));
  const calendarOf = (events: string[]): string => {
    const named = zones.filter(
      ({ tzid }) =>
        tzid && events.some((event) => event.includes(`TZID=${tzid}`) || event.includes(`TZID="${tzid}"`)),
    );
    return ['BEGIN:VCALENDAR', ...named.map(({ zone }) => zone), ...events, 'END:VCALENDAR'].join('\r\n');
  };
  const readable = (text.match(/^BEGIN:VEVENT\r?$[\s\S]*?^END:VEVENT\r?$/gim) ?? []).filter((event) => {
    try {
      // ical.js reads some values only when asked for them: the event is expanded to be sure.
      expand(parseRoots(calendarOf([event])), now, horizonYears);
      return true;
    } catch {
      return false;
    }
  });
  try {
    return expand(parseRoots(calendarOf(readable)), now, horizonYears).keys;
  } catch {
    return [];
  }
}

// RFC 5545 §3.2.19 wants a VTIMEZONE for every TZID, but files name IANA zones without one; ical.js
// then reads their times as floating (a UTC UNTIL is compared with the wall clock), while the importer
// uses the zone itself. The oracle gives ical.js that zone as a VTIMEZONE with the rules of the year
// the event starts, so both sides read the file with the same zone.
function registerNamedZones(vevents: ICAL.Component[], known: Set<string>, now: string): void {
  for (const vevent of vevents) {
    for (const property of vevent.getAllProperties()) {
      const tzid = property.getParameter('tzid');
      if (
        typeof tzid !== 'string' ||
        known.has(tzid) ||
        /^(UTC|Z|GMT)$/i.test(tzid) ||
        !isKnownTimeZone(tzid)
      )
        continue;
      // The raw jCal value: decorating the property now would fix its zone before it is registered.
      const raw: unknown = vevent.getFirstProperty('dtstart')?.jCal[3];
      // The rules of the year the event starts in (checked: a year ical.js can't place falls back to now).
      const july =
        typeof raw === 'string' && /^\d{4}/.test(raw) ? `${raw.slice(0, 4)}-07-01T00:00:00.000Z` : now;
      const year = Number.isNaN(Date.parse(july)) ? utcInstant(now) : utcInstant(july);
      const parsed: unknown = ICAL.parse(vtimezoneLines(tzid, year).join('\r\n'));
      const zone = new ICAL.Component(parsed as unknown[]);
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
      known.add(tzid);
    }
  }
}

function expand(roots: ICAL.Component[], now: string, horizonYears: number): { keys: string[] } {
  // Zones registered for one file must not change how the next one is read.
  ICAL.TimezoneService.reset();
  const known = new Set<string>();
  const vevents: ICAL.Component[] = [];
  for (const root of roots) {
    // A bare VEVENT (khal writes one per file) is read as a calendar of one event.
    if (root.name === 'vevent') {
      vevents.push(root);
      continue;
    }
    if (root.name !== 'vcalendar') continue;
    for (const zone of root.getAllSubcomponents('vtimezone')) {
      try {
        const timezone = new ICAL.Timezone(zone);
        ICAL.TimezoneService.register(timezone);
        known.add(timezone.tzid);
      } catch {
        // A broken VTIMEZONE leaves its events on their wall clock.
      }
    }
    vevents.push(...root.getAllSubcomponents('vevent'));
  }
  registerNamedZones(vevents, known, now);
  const horizon = addYears(new Date(now), horizonYears).toISOString().slice(0, 10);
  const keys: string[] = [];
  const masters = new Map<string, ICAL.Event>();
  const singles: ICAL.Event[] = [];
  // `exceptions: []`: by default ical.js relates every RECURRENCE-ID of the calendar to each series,
  // whatever its UID; RFC 5545 §3.8.4.4 names an instance of the series with the same UID, which the
  // relating below does (a Google export showed one series taking another's moved occurrence).
  const eventOf = (vevent: ICAL.Component): ICAL.Event => new ICAL.Event(vevent, { exceptions: [] });
  for (const vevent of vevents) {
    const event = eventOf(vevent);
    if (event.isRecurrenceException()) continue;
    // Events without a UID are each their own; a repeated UID keeps its highest SEQUENCE.
    const earlier = event.uid ? masters.get(event.uid) : undefined;
    if (!event.uid) singles.push(event);
    else if (!earlier || (event.sequence ?? 0) > (earlier.sequence ?? 0)) masters.set(event.uid, event);
  }
  for (const vevent of vevents) {
    const event = eventOf(vevent);
    if (!event.isRecurrenceException()) continue;
    const master = masters.get(event.uid);
    if (master?.isRecurring()) master.relateException(event);
    else {
      const key = keyOf(event.startDate, known);
      if (key) keys.push(key);
    }
  }
  for (const event of [...masters.values(), ...singles]) {
    if (!event.startDate) continue;
    if (!event.isRecurring()) {
      const key = keyOf(event.startDate, known);
      if (key) keys.push(key);
      continue;
    }
    const iterator = event.iterator();
    let count = 0;
    for (let next = iterator.next(); next && count < MAX_OCCURRENCES; next = iterator.next()) {
      const start = (next as unknown) instanceof ICAL.Period ? (next as unknown as ICAL.Period).start : next;
      if (`${pad(start.year, 4)}-${pad(start.month)}-${pad(start.day)}` > horizon) break;
      const details = event.getOccurrenceDetails(start);
      const key = keyOf(details.startDate, known);
      if (key) keys.push(key);
      count++;
    }
  }
  return { keys: keys.sort() };
}

/** Whether the importer's events are the occurrences ical.js reads, compared one to one. */
export function agrees(events: readonly ImportedEvent[], oracle: string[]): boolean {
  if (events.length !== oracle.length) return false;
  const remaining = new Map<string, number>();
  for (const key of oracle) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  for (const event of events) {
    const candidates = event.allDay
      ? [event.start]
      : [event.start, `wall:${instantToLocal(utcInstant(event.start), event.timeZone)}`];
    const match = candidates.find((key) => (remaining.get(key) ?? 0) > 0);
    if (!match) return false;
    remaining.set(match, (remaining.get(match) ?? 0) - 1);
  }
  return true;
}
