import FullCalendar from '@fullcalendar/react';
import type { DatesSetInfo, EventDisplayInfo, PluginInput } from '@fullcalendar/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Conflict } from '../../../shared/conflicts/conflict';
import { instantToDay, instantToLocal, instantOf } from '../../../shared/zoned-time';
import { useUiStore, type CalendarViewName } from '../../stores/ui-store';
import { useWorkStore } from '../../stores/work-store';
import { CalendarItemContent } from './CalendarItemContent';
import { ItemCard } from './ItemCard';
import { useHoverCard } from './useHoverCard';
import { DragHooks, dropHandler, onClick, onSelect, resizeHandler } from './calendar-handlers';
import { useCalendarKeys } from './useCalendarKeys';
import { useFocusableScrollers } from './useFocusableScrollers';
import { dayFromCalendarDate } from './calendar-events';
import type { FeedInputs } from './event-feed';
import { useEventFeed } from './useEventFeed';
import { useCalendarHandle } from './calendar-handle';
import { ensureViewPlugins, useViewPlugins } from './view-plugins';
import { useWindowOccurrences } from '../../db/useWindowOccurrences';
import { SeriesQuestion } from '../recurrence/SeriesQuestion';
import { useConflictCountsStore } from '../conflicts/conflict-counts-store';
import type { PlanData } from '../../db/usePlanData';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';

type Props = {
  plan: PlanData;
  now: Date;
  /** The plan's conflicts (useConflicts), shown as badges on the items they name. */
  conflicts?: readonly Conflict[];
};

const NO_CONFLICTS: readonly Conflict[] = [];

// Module-level (the plugins: view-plugins.tsx) so every render hands FullCalendar the same objects: a new array or object here
// makes it re-read its options and reprocess its whole event store (issue 13).
const HEADER_TOOLBAR = {
  start: 'prev,next today',
  center: 'title',
  end: 'dayGridMonth,timeGridWeek,timeGridDay,listMonth work',
};
// The fifth view switch: the Work view is not a FullCalendar view, so it is a button of ours.
const BUTTONS = { work: { text: 'Work', click: () => useWorkStore.getState().setWorkOpen(true) } };
// Planners across zones read 24-hour times without am/pm ambiguity.
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
const renderItem = (arg: EventDisplayInfo) => <CalendarItemContent info={arg} />;
// "+N more" opens the day as a list: every item on its own full-width row, titles whole.
const MORE_LINK_CLICK = 'listDay';

function onDatesSet(info: DatesSetInfo): void {
  const state = useUiStore.getState();
  ensureViewPlugins(info.view.type);
  state.setView(info.view.type as CalendarViewName);
  state.setVisibleStart(dayFromCalendarDate(info.view.currentStart));
}

/** The planning calendar: month, week and list views of launches and maintenance windows. */
export function CalendarView({ plan, now, conflicts = NO_CONFLICTS }: Props) {
  const { settings } = plan;
  const zone = settings.timeZone;
  const today = instantToDay(instantOf(now), zone);
  const view = useUiStore((state) => state.view);
  // Read once: the calendar opens where it was left and then keeps its own date. A new
  // `initialDate` after each page would be a changed option, re-read on every month (issue 13).
  const [initialDate] = useState(() => useUiStore.getState().visibleStart ?? today);
  const jump = useUiStore((state) => state.jump);
  const filters = useWorkStore((state) => state.filters);
  const occurrences = useWindowOccurrences();
  const { controller, calendar, getApi } = useCalendarHandle();
  const frame = useRef<HTMLDivElement>(null);
  const plugins = useViewPlugins();
  useCalendarKeys(calendar);
  // A time a jump asked for, which the range change it causes must not scroll away from.
  const jumpTime = useRef<{ time: string; until: number } | null>(null);
  useEffect(() => {
    const api = getApi();
    if (!jump || !api) return;
    // Back off an hour so the block's top edge is not glued to the top of the view.
    const time = jump.time
      ? `${String(Math.max(0, Number(jump.time.slice(0, 2)) - 1)).padStart(2, '0')}:00:00`
      : null;
    jumpTime.current = time ? { time, until: performance.now() + 1000 } : null;
    api.gotoDate(jump.day);
    if (time) api.scrollToTime(time);
  }, [getApi, jump]);
  // The Work view's switches set the view while the calendar is hidden; follow them.
  useEffect(() => {
    const api = getApi();
    if (api && api.view.type !== view) api.changeView(view);
  }, [getApi, view]);
  // Badges read their counts from a store of their own, so new conflicts do not rebuild the events.
  useEffect(() => useConflictCountsStore.getState().setConflicts(conflicts), [conflicts]);
  const feedInputs = useMemo<FeedInputs>(
    () => ({
      announcements: plan.announcements,
      windows: plan.windows,
      items: plan.items,
      templateSets: plan.templateSets,
      people: plan.people,
      plannerZone: zone,
      today,
      showChecklistMarkers: settings.showChecklistMarkers,
      filters,
      occurrences,
      weekStart: settings.weekStart,
    }),
    [
      plan.announcements,
      plan.windows,
      plan.items,
      plan.templateSets,
      plan.people,
      zone,
      today,
      filters,
      occurrences,
      settings.showChecklistMarkers,
      settings.weekStart,
    ],
  );
  // A stable function: FullCalendar asks it for each range, and gets later writes as patches.
  const feed = useEventFeed(calendar, feedInputs);
  const events = feed.source;
  const { hovered, onHover, onUnhover, clear: clearHover } = useHoverCard(calendar);
  // A new view (or its real plugins arriving) brings new scrollers: tab stops before they are painted.
  const checkScrollers = useFocusableScrollers(frame, [plugins, view]);
  const datesSet = useCallback(
    (info: DatesSetInfo) => {
      onDatesSet(info);
      // A new view or range (the day list "+N more" opens) takes the hovered chip away under the card.
      clearHover();
      checkScrollers();
      // Week and day views open on their earliest timed item, so a 22:00 window is on screen. The
      // code for it loads with the first of them (month and list views have no time axis).
      if (!info.view.type.startsWith('timeGrid')) return;
      import('./scroll-time').then(
        ({ scrollToEarliest }) =>
          scrollToEarliest(getApi, () => {
            const asked = jumpTime.current;
            jumpTime.current = null;
            return asked && asked.until > performance.now() ? asked.time : null;
          }),
        (error: unknown) => console.error('Tierline: the week view could not scroll', error),
      );
    },
    [getApi, clearHover, checkScrollers],
  );

  // One object for the calendar's life (its handlers are options), told the plan on screen.
  const [drag] = useState(() => new DragHooks(feed));
  useLayoutEffect(() => drag.showing(plan), [drag, plan]);
  const onDragStart = useCallback(() => {
    drag.started();
    onUnhover();
  }, [drag, onUnhover]);
  const onDrop = useMemo(() => dropHandler(zone, feed), [zone, feed]);
  const onResize = useMemo(() => resizeHandler(zone, feed), [zone, feed]);

  const nowLocal = `${instantToLocal(instantOf(now), zone)}:00`;
  // One element for as long as its props are the same. FullCalendar keeps the props object it last
  // found a changed option in, and refines every option again whenever it is handed another one: a
  // new element with equal props would cost that on this render and on each of its own later
  // renders (every drag frame, the drop) until an option really changed (issue 13).
  const calendarElement = useMemo(
    () => (
      <FullCalendar
        controller={controller}
        plugins={plugins as PluginInput[]}
        initialView={view}
        initialDate={initialDate}
        timeZone="UTC"
        now={nowLocal}
        firstDay={settings.weekStart}
        headerToolbar={HEADER_TOOLBAR}
        headerToolbarClass="cal-toolbar"
        buttons={BUTTONS}
        height="100%"
        editable
        selectable
        nowIndicator
        dayMaxEvents={4}
        eventOrder="layer,start,-duration,title"
        scrollTime="08:00:00"
        slotHeaderFormat={TIME_FORMAT}
        eventTimeFormat={TIME_FORMAT}
        events={events}
        eventContent={renderItem}
        datesSet={datesSet}
        eventDrop={onDrop}
        eventResize={onResize}
        select={onSelect}
        eventClick={onClick}
        eventMouseEnter={onHover}
        eventMouseLeave={onUnhover}
        eventDragStart={onDragStart}
        eventDragStop={drag.stopped}
        eventAllow={drag.allow}
        moreLinkClick={MORE_LINK_CLICK}
        todayHint="Today"
      />
    ),
    [
      controller,
      plugins,
      view,
      initialDate,
      nowLocal,
      settings.weekStart,
      events,
      datesSet,
      onDrop,
      onResize,
      onHover,
      onUnhover,
      onDragStart,
      drag,
    ],
  );

  return (
    // `display: contents`: a handle on the calendar's elements that adds no box to the layout.
    <div ref={frame} className="calendar-frame">
      <ItemCard hovered={hovered} />
      <SeriesQuestion />
      {calendarElement}
    </div>
  );
}
