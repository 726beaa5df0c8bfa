import type {
  DateSelectInfo,
  DateSpanApi,
  EventClickInfo,
  EventDragStopInfo,
  EventDropInfo,
  EventResizeDoneInfo,
} from '@fullcalendar/react';
import { useUiStore } from '../../stores/ui-store';
import { runWrite } from '../../components/run-write';
import { onDemand } from '../../components/on-demand';
import { dayFromCalendarDate, wallTimeFromCalendarDate, itemPropsOf } from './calendar-events';
import type * as CalendarWrites from './calendar-writes';
import type { EventFeed } from './event-feed';

/*
 * What the calendar does when an item is dropped, resized or clicked, or an empty range is
 * selected: each write goes through a repo and snaps back with a toast if it is refused.
 */

// Not in the start-up bundle (issue 13): loaded once the first month is up (preloadCalendarWrites),
// or by the first drop or resize if that comes sooner. A drop made while it loads waits for it: the
// item stays where it was dropped until the write is done or refused.
const writes = onDemand(() => import('./calendar-writes'));

/** Loads the drop and resize code ahead of the first drag; a failed load is tried again by that drag. */
export function preloadCalendarWrites(): void {
  writes.load().catch(() => undefined);
}

type Writes = typeof CalendarWrites;
type DropView = CalendarWrites.DropView;

/**
 * Runs `write` with the write code: at once when it has loaded, so the write starts inside
 * FullCalendar's callback, before FullCalendar draws the drop, as the bare page's does (behind a
 * promise it waited for that drawing and a frame). Else once it loads; a failed load snaps back.
 */
function withWrites(write: (module: Writes) => void, revert: () => void): void {
  const loaded = writes.loaded();
  if (loaded) return write(loaded);
  // This toast only says a failed load of the code; the write brings its own.
  void runWrite(writes.load().then(write), { revert });
}

// Handlers made once per zone: a new function each render is a changed option, which makes
// FullCalendar re-read all its options after every write (issue 13).
/** A drop moves the launch, the checklist item's due date, or the window (asking which, for a series). */
export function dropHandler(zone: string, view: DropView) {
  return (info: EventDropInfo) => withWrites((write) => write.dropItem(info, zone, view), info.revert);
}

/**
 * FullCalendar's drag hooks that move a dragged launch's markers with its drop (drag-followers.ts):
 * `eventAllow` is asked about each place the drag crosses and notes it; `eventDragStop` hands the
 * last one to the write code. Until that code has loaded (it does once the first month is up)
 * nothing moves early: the write moves the markers after.
 */
export class DragHooks {
  private landing: Date | null = null;
  private plan: CalendarWrites.FollowerPlan | null = null;

  constructor(private readonly feed: Pick<EventFeed, 'shownEvents'>) {}

  /** The plan on screen, which the markers' new days are worked out from. */
  showing(plan: CalendarWrites.FollowerPlan): void {
    this.plan = plan;
  }

  /** `eventAllow`: notes the place and allows it (the write refuses what it must). */
  readonly allow = (span: DateSpanApi): boolean => {
    this.landing = span.start;
    return true;
  };

  /** Call when a drag starts: a place noted by an earlier drag or a resize is not this one's. */
  started(): void {
    this.landing = null;
  }

  /** `eventDragStop`. */
  readonly stopped = (info: EventDragStopInfo): void => {
    const { landing, plan } = this;
    this.landing = null;
    if (landing && plan) writes.loaded()?.previewFollowers(info, landing, plan, this.feed);
  };
}

/** Stretching a maintenance window changes when it ends; nothing else resizes. */
export function resizeHandler(zone: string, view: DropView) {
  return (info: EventResizeDoneInfo) =>
    withWrites((write) => write.resizeItem(info, zone, view), info.revert);
}

/** A selected day opens a new announcement on it; a selected time range, a new maintenance window. */
export function onSelect(info: DateSelectInfo): void {
  const { openDialog } = useUiStore.getState();
  if (info.allDay)
    return openDialog({ kind: 'new-announcement', launchDate: dayFromCalendarDate(info.start) });
  openDialog({
    kind: 'new-maintenance',
    startLocal: wallTimeFromCalendarDate(info.start),
    endLocal: wallTimeFromCalendarDate(info.end),
  });
}

/** A click opens the item's side panel (a checklist chip opens its launch's). */
export function onClick(info: EventClickInfo): void {
  info.jsEvent.preventDefault();
  const item = itemPropsOf(info);
  const { select } = useUiStore.getState();
  if (item.kind === 'checklist-item') return select({ kind: 'announcement', id: item.parentId });
  if (item.kind === 'maintenance' && item.originalStart)
    return select({ kind: 'maintenance', id: item.id, occurrence: item.originalStart });
  select({ kind: item.kind, id: item.id });
}
