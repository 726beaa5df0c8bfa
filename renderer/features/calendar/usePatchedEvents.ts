import type { CalendarRef, EventInput } from '@fullcalendar/react';
import { useLayoutEffect, useState, type RefObject } from 'react';
import { applyEventPatch, diffEvents, type EventPatch } from './event-patch';

type Handed = {
  /** The array FullCalendar's `events` holds. */
  shown: EventInput[];
  /** The latest build, which the calendar shows once `patch` has landed. */
  built: EventInput[];
  frame: unknown;
  /** What turns the previous build (`before`) into this one, when it is patched in. */
  patch: EventPatch | null;
  before: EventInput[];
};

/**
 * The array to give FullCalendar's `events`, with `events` (this render's build) patched into the
 * calendar instead when little changed. A new array makes FullCalendar parse every event again and
 * re-render every day (about a hundred milliseconds after each drop at 10,000 items, issue 13); a
 * write changes a handful. So after a write the same array is handed back and the changed events
 * are replaced through the calendar's API before paint. `frame` is what a whole new array must
 * follow: another range, filter, zone or marker setting, and anything diffEvents can not patch.
 */
export function usePatchedEvents(
  calendar: RefObject<CalendarRef | null>,
  events: EventInput[],
  frame: unknown,
): EventInput[] {
  const [handed, setHanded] = useState<Handed>(() => ({
    shown: events,
    built: events,
    frame,
    patch: null,
    before: events,
  }));
  let current = handed;
  if (events !== handed.built || frame !== handed.frame) {
    // Adjusting state to new props during render (React's documented pattern): no extra commit.
    const patch = frame === handed.frame ? diffEvents(handed.built, events) : null;
    current = {
      shown: patch ? handed.shown : events,
      built: events,
      frame,
      patch,
      before: handed.built,
    };
    setHanded(current);
  }
  useLayoutEffect(() => {
    const { patch, before } = handed;
    if (!patch) return;
    const previous = new Map(before.map((event) => [String(event.id), event]));
    applyEventPatch(calendar.current?.getApi(), patch, previous);
  }, [calendar, handed]);
  return current.shown;
}
