import type { CalendarRef } from '@fullcalendar/react';
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { EventFeed, type FeedInputs } from './event-feed';
import { preloadCalendarWrites } from './calendar-handlers';

/**
 * FullCalendar's `events`: one function for the calendar's life, which builds each range it asks
 * for from the latest committed inputs. After each commit the feed patches the changed events in
 * (or has the calendar fetch its range again), before paint, so a write shows in one frame.
 */
export function useEventFeed(calendar: RefObject<CalendarRef | null>, inputs: FeedInputs): EventFeed {
  const [feed] = useState(() => new EventFeed(inputs));
  // The patch code is not needed for the first paint: it loads beside it, and until it has, a
  // write refetches the range instead (issue 13's start-up bundle). The drop code loads with it,
  // so the first drag's write starts as soon as the later ones' do.
  useEffect(() => {
    preloadCalendarWrites();
    import('./event-patch').then(
      (patching) => feed.setPatching(patching),
      (error: unknown) => console.error('Tierline: the calendar patch code could not load', error),
    );
  }, [feed]);
  useLayoutEffect(() => {
    feed.update(inputs, calendar.current?.getApi());
  }, [feed, calendar, inputs]);
  return feed;
}
