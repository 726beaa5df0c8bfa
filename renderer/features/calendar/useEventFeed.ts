import type { CalendarRef, EventSourceFunc } from '@fullcalendar/react';
import { useLayoutEffect, useState, type RefObject } from 'react';
import { EventFeed, type FeedInputs } from './event-feed';

/**
 * FullCalendar's `events`: one function for the calendar's life, which builds each range it asks
 * for from the latest committed inputs. After each commit the feed patches the changed events in
 * (or has the calendar fetch its range again), before paint, so a write shows in one frame.
 */
export function useEventFeed(calendar: RefObject<CalendarRef | null>, inputs: FeedInputs): EventSourceFunc {
  const [feed] = useState(() => new EventFeed(inputs));
  useLayoutEffect(() => {
    feed.update(inputs, calendar.current?.getApi());
  }, [feed, calendar, inputs]);
  return feed.source;
}
