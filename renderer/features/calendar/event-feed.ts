import type { CalendarApi, EventInput, EventSourceFuncInfo } from '@fullcalendar/react';
import { addCalendarDays } from '../../../shared/calendar-day';
import type { CalendarDay } from '../../../shared/types';
import { dayFromCalendarDate, toCalendarEvents } from './calendar-events';
import type * as EventPatching from './event-patch';

/** Everything a build of the calendar's events reads, except the days FullCalendar asks for. */
export type FeedInputs = Omit<Parameters<typeof toCalendarEvents>[0], 'range' | 'conflictCounts'> & {
  /** Not read by the build, but a new first day of the week moves the days a view shows. */
  weekStart: number;
};

// A change to any of these touches every event (colours, progress, what the filters hide): the
// calendar fetches its range again. A change to the plan's rows is diffed and patched.
const FRAME_KEYS = ['plannerZone', 'today', 'showChecklistMarkers', 'filters', 'weekStart'] as const;
const ROW_KEYS = ['announcements', 'windows', 'items', 'templateSets', 'people', 'occurrences'] as const;

type Range = { start: CalendarDay; end: CalendarDay };
/** The diff-and-patch functions (event-patch.ts), which load after the first paint (issue 13). */
export type Patching = Pick<
  typeof EventPatching,
  'applyEventPatch' | 'diffEvents' | 'eventsById' | 'isEmptyPatch'
>;
type Build = { inputs: FeedInputs; range: Range; events: EventInput[] };

/** What the last update did, for the calendar and its tests. */
export type FeedUpdate = 'unchanged' | 'patched' | 'refetched';

/**
 * The days whose records may show in FullCalendar's range `[start, end)`: a day's margin either
 * side, since a launch's day is in its own zone and a window's instants are UTC, while the
 * calendar shows both in the planner's zone.
 */
export function recordDays(info: Pick<EventSourceFuncInfo, 'start' | 'end'>): Range {
  return {
    start: addCalendarDays(dayFromCalendarDate(info.start), -1),
    end: dayFromCalendarDate(info.end),
  };
}

/**
 * The calendar's one event source, a function FullCalendar calls with each range it needs (a new
 * month, a view, a refetch, a calendar built anew). It always builds from the latest inputs the
 * calendar committed, so no fetch can bring back events older than the ones on screen: the hazard
 * of handing FullCalendar an array that lags behind the patches made since (issue 13). After a
 * write only the changed events of the range on screen go in, through the calendar's API.
 */
export class EventFeed {
  private inputs: FeedInputs;
  /** What FullCalendar holds from this source: the last fetch, with the patches made since. */
  private shown: Build | null = null;
  /** The last build, which a refetch right after it reuses instead of building again. */
  private built: Build | null = null;
  /** Inputs changed while the calendar was not there to patch: the next update fetches anew. */
  private missed = false;

  /**
   * `patching` may come later (setPatching): until it does, a write has the calendar fetch its
   * range again, which is always right, only slower. The first paint needs no patches.
   */
  constructor(
    inputs: FeedInputs,
    private patching: Patching | null = null,
  ) {
    this.inputs = inputs;
  }

  /** Hands over the patch functions once their module has loaded. */
  setPatching(patching: Patching): void {
    this.patching = patching;
  }

  /** FullCalendar's `events` option: the same function for the calendar's whole life. */
  readonly source = (info: EventSourceFuncInfo, success: (events: EventInput[]) => void): void => {
    const range = recordDays(info);
    const build = this.build(range);
    this.shown = build;
    success(build.events);
  };

  /**
   * Takes the inputs the calendar now shows (call after each commit, before paint): fetches the
   * range again when the frame changed or many events did, else patches the few that changed.
   */
  update(next: FeedInputs, api: CalendarApi | undefined): FeedUpdate {
    const previous = this.inputs;
    this.inputs = next;
    const shown = this.shown;
    if (!api) {
      this.missed ||= previous !== next;
      return 'unchanged';
    }
    if (!shown) return 'unchanged';
    if (this.missed || FRAME_KEYS.some((key) => previous[key] !== next[key])) return this.refetch(api);
    if (ROW_KEYS.every((key) => previous[key] === next[key])) return 'unchanged';
    const patching = this.patching;
    if (!patching) return this.refetch(api);
    const build = this.build(shown.range);
    const patch = patching.diffEvents(shown.events, build.events);
    if (!patch) return this.refetch(api);
    this.shown = build;
    if (patching.isEmptyPatch(patch)) return 'unchanged';
    patching.applyEventPatch(api, patch, patching.eventsById(shown.events) ?? new Map());
    return 'patched';
  }

  /** The events FullCalendar holds from this source (the last fetch and the patches since), if any. */
  shownEvents(): readonly EventInput[] {
    return this.shown?.events ?? [];
  }

  /** Asks FullCalendar to fetch its range again: every event of this source is replaced. */
  refetch(api: CalendarApi): FeedUpdate {
    this.missed = false;
    api.refetchEvents();
    return 'refetched';
  }

  private build(range: Range): Build {
    const cached = this.built;
    if (
      cached &&
      cached.inputs === this.inputs &&
      cached.range.start === range.start &&
      cached.range.end === range.end
    )
      return cached;
    // weekStart rides along unread: toCalendarEvents takes the days it is given.
    this.built = { inputs: this.inputs, range, events: toCalendarEvents({ ...this.inputs, range }) };
    return this.built;
  }
}
