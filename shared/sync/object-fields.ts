import { unfoldIcs } from '../export/ics-text';
import { isKnownTimeZone, localToInstant, toLocalDateTime, instantOf } from '../zoned-time';
import type { IcsTime, ObjectDates } from './types';

type Property = { name: string; params: Map<string, string>; value: string };

// The properties of the first VEVENT or VTODO, unfolded; a calendar object holds one item (RFC 4791 §4.1).
function componentProperties(text: string): Property[] {
  const lines = unfoldIcs(text.replace(/\r?\n/g, '\r\n')).split(/\r\n/);
  const properties: Property[] = [];
  let depth = 0;
  let inside = false;
  for (const line of lines) {
    const upper = line.toUpperCase();
    if (/^BEGIN:(VEVENT|VTODO)$/.test(upper) && !inside) {
      inside = true;
      continue;
    }
    if (!inside) continue;
    if (upper.startsWith('BEGIN:')) depth++;
    else if (upper.startsWith('END:')) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      const [name = '', ...params] = line.slice(0, colon).split(';');
      const map = new Map(
        params.map((param) => {
          const equals = param.indexOf('=');
          return [param.slice(0, equals).toUpperCase(), param.slice(equals + 1).replace(/^"|"$/g, '')];
        }),
      );
      properties.push({ name: name.toUpperCase(), params: map, value: line.slice(colon + 1) });
    }
  }
  return properties;
}

function parseTime(property: Property | undefined): IcsTime | undefined {
  if (!property) return undefined;
  const value = property.value.trim();
  const date = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (date) return { kind: 'date', day: `${date[1]}-${date[2]}-${date[3]}` };
  const time = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(value);
  if (!time) return { kind: 'other', raw: value };
  const [, y, mo, d, h, mi, s, z] = time;
  if (z === 'Z') return { kind: 'instant', instant: instantOf(new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`)) };
  const zone = property.params.get('TZID');
  // Another client may write the same moment in its own zone; compare moments, not spellings.
  if (zone && isKnownTimeZone(zone) && s === '00')
    return { kind: 'instant', instant: localToInstant(toLocalDateTime(`${y}-${mo}-${d}T${h}:${mi}`), zone) };
  return { kind: 'other', raw: `${zone ?? ''}:${value}` };
}

/** The UID of the object's item, or undefined when it has none. */
export function objectUid(text: string): string | undefined {
  return componentProperties(text).find((property) => property.name === 'UID')?.value;
}

/** The item's SEQUENCE (0 when absent or unreadable). */
export function objectSequence(text: string): number {
  const value = componentProperties(text).find((property) => property.name === 'SEQUENCE')?.value;
  const number = Number(value);
  return Number.isSafeInteger(number) && number > 0 ? number : 0;
}

/** The item's DTSTART, DTEND and DUE as comparable times: the same moment spelled two ways is equal. */
export function objectDates(text: string): ObjectDates {
  const properties = componentProperties(text);
  const find = (name: string): Property | undefined => properties.find((property) => property.name === name);
  const dates: ObjectDates = {};
  const start = parseTime(find('DTSTART'));
  const end = parseTime(find('DTEND'));
  const due = parseTime(find('DUE'));
  if (start) dates.start = start;
  if (end) dates.end = end;
  if (due) dates.due = due;
  return dates;
}

function timeKey(time: IcsTime | undefined): string {
  if (!time) return '-';
  return time.kind === 'date'
    ? `d${time.day}`
    : time.kind === 'instant'
      ? `i${time.instant}`
      : `o${time.raw}`;
}

/** Whether two objects' dates name the same days and moments. */
export function sameDates(a: ObjectDates, b: ObjectDates): boolean {
  return (
    timeKey(a.start) === timeKey(b.start) &&
    timeKey(a.end) === timeKey(b.end) &&
    timeKey(a.due) === timeKey(b.due)
  );
}

/**
 * The text as published: its item's SEQUENCE set to `sequence` and an X-TIERLINE-HASH mark carrying
 * `hash`, which later proves the object is Tierline's (the only kind it ever deletes) and lets a
 * sync without local state (the CLI) tell an unchanged object from a changed one.
 */
export function withPublishMarks(text: string, sequence: number, hash: string): string {
  const unmarked = text.replace(/^X-TIERLINE-HASH:[^\r\n]*\r?\n/gm, '');
  const sequenced = /^SEQUENCE:\d+\r?$/m.test(unmarked)
    ? unmarked.replace(/^SEQUENCE:\d+(\r?)$/m, `SEQUENCE:${sequence}$1`)
    : unmarked.replace(/^(UID:[^\r\n]*)(\r?\n)/m, `$1$2SEQUENCE:${sequence}$2`);
  return sequenced.replace(/^(SEQUENCE:\d+)(\r?\n)/m, `$1$2X-TIERLINE-HASH:${hash}$2`);
}

/** The X-TIERLINE-HASH mark of an object Tierline published, or undefined for anyone else's. */
export function objectHashMark(text: string): string | undefined {
  return componentProperties(text).find((property) => property.name === 'X-TIERLINE-HASH')?.value;
}

/** The item's SUMMARY as written (escapes left in place), for listings such as a dry run. */
export function objectSummary(text: string): string {
  return componentProperties(text).find((property) => property.name === 'SUMMARY')?.value ?? '';
}
