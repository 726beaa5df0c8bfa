import type { CalendarApi, EventApi, EventInput } from '@fullcalendar/react';
import { sameValue } from '../../../shared/same-value';

/** What changed between two builds of the calendar's events, by event id. */
export type EventPatch = { removed: string[]; changed: EventInput[]; added: EventInput[] };

// Past this many changed events one refetch (one parse of the range) is as cheap as patching.
export const MAX_PATCH = 40;

/** The events by id, or null when an id is missing or given twice (getEventById could not tell them apart). */
export function eventsById(events: readonly EventInput[]): Map<string, EventInput> | null {
  const map = new Map<string, EventInput>();
  for (const event of events) {
    if (typeof event.id !== 'string' || map.has(event.id)) return null;
    map.set(event.id, event);
  }
  return map;
}

/**
 * The events to remove, replace and add to turn `before` into `after`, or null when a patch would
 * not be cheaper or safe (more than MAX_PATCH changes, or an id that is missing or given twice):
 * then the calendar fetches the whole range again.
 */
export function diffEvents(before: readonly EventInput[], after: readonly EventInput[]): EventPatch | null {
  const old = eventsById(before);
  const next = eventsById(after);
  if (!old || !next) return null;
  const patch: EventPatch = { removed: [], changed: [], added: [] };
  for (const [id, event] of next) {
    const was = old.get(id);
    if (!was) patch.added.push(event);
    else if (was !== event && !sameValue(was, event)) patch.changed.push(event);
  }
  for (const id of old.keys()) if (!next.has(id)) patch.removed.push(id);
  const size = patch.removed.length + patch.changed.length + patch.added.length;
  return size > MAX_PATCH ? null : patch;
}

/** True when the patch changes nothing. */
export function isEmptyPatch(patch: EventPatch): boolean {
  return patch.removed.length + patch.changed.length + patch.added.length === 0;
}

// FullCalendar runs in UTC mode: a day or a wall time we gave it is that instant in UTC.
function timeOf(value: EventInput['start']): number | null {
  if (typeof value !== 'string') return null;
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : `${value}Z`);
}

/** What FullCalendar shows of an event: enough to tell whether a drop already put it there. */
export type ShownEvent = Pick<EventApi, 'allDay' | 'start' | 'end'>;

/**
 * True when FullCalendar already shows `next` as `shown`: only the dates changed since `previous`,
 * and they are where a drag or resize left the event (the drop's own re-render put it there, so
 * handing it over again would only repeat that render, issue 13).
 */
export function alreadyShown(shown: ShownEvent, previous: EventInput, next: EventInput): boolean {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
  for (const key of keys) {
    if (key === 'start' || key === 'end') continue;
    if (!sameValue(previous[key], next[key])) return false;
  }
  if (shown.allDay !== Boolean(next.allDay)) return false;
  const shownEnd = shown.end?.getTime() ?? null;
  return (
    shown.start?.getTime() === timeOf(next.start) && (next.end === undefined || shownEnd === timeOf(next.end))
  );
}

/**
 * Applies `patch` to the calendar's event store, inside its one event source (so the source's next
 * fetch replaces these events instead of adding to them): removed and changed events out, changed
 * and added ones in. Each call queues an action and FullCalendar renders them together, without
 * parsing the other events again. An event a drop already moved to where the data now says is
 * left alone.
 */
export function applyEventPatch(
  api: CalendarApi,
  patch: EventPatch,
  previous: ReadonlyMap<string, EventInput>,
): void {
  for (const id of patch.removed) api.getEventById(id)?.remove();
  for (const event of patch.changed) {
    const shown = api.getEventById(String(event.id));
    const before = previous.get(String(event.id));
    if (shown && before && alreadyShown(shown, before, event)) continue;
    replaceEvents(api, [event]);
  }
  for (const event of patch.added) api.addEvent(event, true);
}

/**
 * Hands FullCalendar each of `events` in place of the one with its id, inside the one event source
 * as a patch does. Removals and additions are actions FullCalendar draws with the next render it
 * makes: made just before its drop render, they cost no render of their own.
 */
export function replaceEvents(api: CalendarApi, events: readonly EventInput[]): void {
  for (const event of events) {
    api.getEventById(String(event.id))?.remove();
    api.addEvent(event, true);
  }
}
