import type { EventDragStopInfo, EventDropInfo, EventInput } from '@fullcalendar/react';
import { followingDueDays } from '../../../shared/checklist/launch-move';
import type { PlanData } from '../../db/usePlanData';
import { dayFromCalendarDate, itemPropsOf, markerDates, markerEventId } from './calendar-events';
import type { EventFeed } from './event-feed';
import { replaceEvents } from './event-patch';

/*
 * A dragged launch's checklist markers drawn at their new days by FullCalendar's own drop render,
 * not by a second render of the month once the write has worked them out (issue 13: at 10,000
 * items that second render cost as much as the drop's).
 *
 * FullCalendar asks `eventAllow` about each place a drag crosses, so the last place asked is where
 * it lands (DragHooks, calendar-handlers.ts, notes it). `eventDragStop` comes after FullCalendar has
 * cleared the drag and before it draws the drop: markers moved in its store then are drawn in that
 * same render. The write then finds them where it puts them (alreadyShown, event-patch.ts). A drag
 * that ends with no drop, or with a drop somewhere else, puts them back in the same task, before
 * anything is painted.
 */

/** What a dragged launch's followers are worked out from: the plan the calendar shows. */
export type FollowerPlan = Pick<PlanData, 'announcements' | 'items' | 'settings'>;

// One pointer drags one item at a time: the preview waiting for its drop is the page's one.
let previewed: { eventId: string; landing: number } | null = null;

/**
 * Moves a dragged launch's shown markers to the days its drop at `landing` will give them, by the
 * same rules as the write (followingDueDays), unless no drop follows in this same call.
 */
export function previewFollowers(
  info: EventDragStopInfo,
  landing: Date,
  plan: FollowerPlan,
  feed: Pick<EventFeed, 'shownEvents'>,
): void {
  const item = itemPropsOf(info);
  if (item.kind !== 'announcement' || !plan.settings.showChecklistMarkers) return;
  const launch = plan.announcements.find((row) => row.id === item.id);
  if (!launch) return;
  const items = plan.items.filter((row) => row.parentId === item.id);
  const days = followingDueDays(items, launch.launchDate, dayFromCalendarDate(landing), plan.settings);
  const moves = new Map([...days].map(([id, day]) => [markerEventId(id), markerDates(day)]));
  const before = feed.shownEvents().filter((event) => moves.has(String(event.id)));
  if (before.length === 0) return;
  const api = info.view.calendar;
  replaceEvents(
    api,
    before.map((event): EventInput => ({ ...event, ...moves.get(String(event.id)) })),
  );
  const waiting = { eventId: info.event.id, landing: landing.getTime() };
  previewed = waiting;
  // FullCalendar calls eventDrop in the same call as eventDragStop, before any microtask runs: a
  // preview still waiting here has no drop of its own.
  queueMicrotask(() => {
    if (previewed !== waiting) return;
    previewed = null;
    replaceEvents(api, before);
  });
}

/** Call first in `eventDrop`: a drop where the preview put the markers keeps them. */
export function confirmDrop(info: EventDropInfo): void {
  if (previewed?.eventId === info.event.id && previewed.landing === info.event.start?.getTime())
    previewed = null;
}
