import type { EventInput } from '@fullcalendar/react';
import { addCalendarDays, calendarDaysBetween, trustedCalendarDay } from '../../../shared/calendar-day';
import { checklistProgress } from '../../../shared/checklist/progress';
import { tierOf } from '../../../shared/templates/tier-lookup';
import type {
  Announcement,
  CalendarDay,
  ChecklistItem,
  Disruption,
  LocalDateTime,
  MaintenanceWindow,
  Person,
  TemplateSet,
  WindowOccurrence,
  Instant,
} from '../../../shared/types';
import {
  instantToLocal,
  localToInstant,
  toLocalDateTime,
  trustedLocalDateTime,
  localDay,
} from '../../../shared/zoned-time';
import { plural } from '../../../shared/plural';
import type { WorkFilters } from '../../../shared/work/filter-values';
import { calendarFilter } from './calendar-filter';
import type { WindowSeries } from '../../../shared/recurrence/expand';
import { occurrenceEvents } from './occurrence-events';

/** What a calendar item stands for; FullCalendar hands it back on click, drop and resize. */
export type CalendarItemRef =
  | { kind: 'announcement'; id: string }
  /** `originalStart` marks one occurrence of a repeating window (issue 11); `id` is the series'. */
  | { kind: 'maintenance'; id: string; originalStart?: Instant }
  | { kind: 'checklist-item'; id: string; parentId: string };

export type CalendarItemProps = CalendarItemRef & {
  tierName?: string;
  progress?: { done: number; total: number; overdue: number };
  cancelled: boolean;
  detail?: string;
  /** How many conflicts name this record; 0 or absent shows no badge. */
  conflicts?: number;
  /** `HH:mm–HH:mm` in the planner's zone, with the day count when the end is on a later day. */
  timeRange?: string;
  /** `HH:mm` in the planner's zone for a timed launch: month and list views lead with it. */
  time?: string;
  /** Who owns it, for the hover card: the product owner, the window owner, the item's assignee. */
  owner?: string;
  /** A window's disruption, which picks its look (and its legend entry). */
  disruption?: Disruption;
  /** "repeats monthly" on each occurrence of a repeating window. */
  repeats?: string;
  /** A checklist marker is done. */
  done?: boolean;
  /** Launches and windows first, checklist markers after: a busy day must never hide a launch. */
  layer: 0 | 1;
};

// Three looks a glance tells apart, each with white (or dark) text at 4.5:1 or more (WCAG AA):
// downtime a solid dark slate, degraded the same slate hatched (calendar.css), no impact an
// outlined pale bar. None reuses a tier colour.
const WINDOW_LOOKS: Record<Disruption, { color: string; contrastColor: string }> = {
  downtime: { color: '#3d4350', contrastColor: '#ffffff' },
  degraded: { color: '#4f5666', contrastColor: '#ffffff' },
  none: { color: '#e6e9ef', contrastColor: '#272c36' },
};
const NO_TIER_COLOR = '#6b6b6b';

// FullCalendar runs in its 'UTC' mode and is fed the planner's wall-clock times: the zone maths
// (daylight saving included) stays in shared/zoned-time.ts, which is tested, instead of
// depending on a named-zone plugin.
function wallTime(instant: Instant, zone: string): string {
  return `${instantToLocal(instant, zone)}:00`;
}

/** A window's times in the planner's zone for a label, e.g. `22:00–02:00 (+1 day)`. */
export function timeRangeLabel(start: Instant, end: Instant, zone: string): string {
  const from = instantToLocal(start, zone);
  const to = instantToLocal(end, zone);
  const days = calendarDaysBetween(localDay(from), localDay(to));
  const later = days === 0 ? '' : ` (+${plural(days, 'day')})`;
  return `${from.slice(11)}–${to.slice(11)}${later}`;
}

/** What the calendar's events carry for us, read back from one FullCalendar gives a handler. */
export function itemPropsOf(info: { event: { extendedProps: unknown } }): CalendarItemProps {
  return info.event.extendedProps as CalendarItemProps;
}

/** The calendar event of a checklist item's marker. */
export function markerEventId(itemId: string): string {
  return `item:${itemId}`;
}

/** A marker's dates: the whole of its due day. */
export function markerDates(dueDate: CalendarDay): { start: CalendarDay; end: CalendarDay } {
  return { start: dueDate, end: addCalendarDays(dueDate, 1) };
}

// Each launch's and marker's event, kept while its row (the same object: the plan reader keeps
// unchanged rows) and everything else it shows stay the same. A build after a drop then makes only
// the moved rows' events anew, and the diff tells the rest unchanged by identity (issue 13).
const builtEvents = new WeakMap<object, { shows: string; event: EventInput }>();

function eventOf(row: object, shows: string, build: () => EventInput): EventInput {
  const known = builtEvents.get(row);
  if (known?.shows === shows) return known.event;
  const event = build();
  builtEvents.set(row, { shows, event });
  return event;
}

/** Turns the plan into FullCalendar items in the planner's zone. */
export function toCalendarEvents(args: {
  announcements: readonly Announcement[];
  windows: readonly MaintenanceWindow[];
  items: readonly ChecklistItem[];
  templateSets: readonly TemplateSet[];
  /** Everyone owners point at: the Owner filter matches items by person. */
  people: readonly Pick<Person, 'id' | 'name'>[];
  plannerZone: string;
  today: CalendarDay;
  showChecklistMarkers: boolean;
  /** Conflicts per record id (see conflictCountsById); items named by none get no badge. */
  conflictCounts?: ReadonlyMap<string, number>;
  /**
   * Only records on these days `[start, end]` become events (all of them when absent): FullCalendar
   * reprocesses every event it is given, so a 10,000-item plan is handed the visible weeks only.
   * Checklist progress still counts every item.
   */
  range?: { start: CalendarDay; end: CalendarDay };
  /** The filter bar's values: the calendar hides what they hide. */
  filters?: WorkFilters;
  /** The changed occurrences of repeating windows (moved, cancelled); the rest are generated. */
  occurrences?: readonly WindowOccurrence[];
}): EventInput[] {
  const { range } = args;
  const filter = args.filters ? calendarFilter(args, args.filters, args.today, args.plannerZone) : null;
  // Days and instants are ISO strings, so they compare as text; the range's margin covers zones.
  const inRange = (first: string, last: string = first): boolean =>
    !range || (last.slice(0, 10) >= range.start && first.slice(0, 10) <= range.end);
  const conflictsOf = (id: string): number => args.conflictCounts?.get(id) ?? 0;
  const itemsByParent = new Map<string, ChecklistItem[]>();
  for (const item of args.items) {
    const list = itemsByParent.get(item.parentId) ?? [];
    list.push(item);
    itemsByParent.set(item.parentId, list);
  }
  const events: EventInput[] = [];
  const launchTitles = new Map(args.announcements.map((launch) => [launch.id, launch.title]));
  const personNames = new Map(args.people.map((person) => [person.id, person.name]));
  // The name of whoever an owner id points at; '' for nobody or someone no longer in the list.
  const nameOf = (id: string | null): string => (id === null ? '' : (personNames.get(id) ?? ''));
  const launchEvent = (
    announcement: Announcement,
    tier: ReturnType<typeof tierOf>,
    progress: CalendarItemProps['progress'],
    productOwner: string,
  ): EventInput => {
    const props: CalendarItemProps = {
      kind: 'announcement',
      layer: 0,
      id: announcement.id,
      tierName: tier?.name ?? announcement.tierKey,
      progress,
      cancelled: announcement.status === 'cancelled',
      conflicts: conflictsOf(announcement.id),
    };
    const start =
      announcement.launchTime === null
        ? null
        : wallTime(
            localToInstant(
              toLocalDateTime(`${announcement.launchDate}T${announcement.launchTime}`),
              announcement.timeZone,
            ),
            args.plannerZone,
          );
    const timed = start !== null;
    if (start !== null) props.time = start.slice(11, 16);
    if (productOwner !== '') props.owner = productOwner;
    return {
      id: `announcement:${announcement.id}`,
      title: announcement.title,
      allDay: !timed,
      start: start ?? announcement.launchDate,
      end: timed ? undefined : addCalendarDays(announcement.launchDate, 1),
      color: tier?.color ?? NO_TIER_COLOR,
      contrastColor: '#ffffff',
      durationEditable: false,
      // A timed launch is a tier-coloured bar like an all-day one, not a dot: the colour is the
      // legend's key, and the dot's width is better spent on the title.
      display: 'block',
      extendedProps: props,
    };
  };
  for (const announcement of args.announcements) {
    if (!inRange(announcement.launchDate) || (filter && !filter.announcement(announcement))) continue;
    const tier = tierOf(announcement, args.templateSets);
    const progress = checklistProgress(itemsByParent.get(announcement.id) ?? [], args.today);
    const productOwner = nameOf(announcement.productOwnerId);
    const shows = [
      args.plannerZone,
      tier?.name,
      tier?.color,
      progress.done,
      progress.total,
      progress.overdue,
      productOwner,
      conflictsOf(announcement.id),
    ].join('|');
    events.push(eventOf(announcement, shows, () => launchEvent(announcement, tier, progress, productOwner)));
  }
  const windowEvent = (window: MaintenanceWindow, extra?: Partial<CalendarItemProps>): EventInput => {
    const props: CalendarItemProps = {
      kind: 'maintenance',
      layer: 0,
      id: window.id,
      cancelled: window.status === 'cancelled',
      detail: window.services.join(', '),
      progress: checklistProgress(itemsByParent.get(window.id) ?? [], args.today),
      conflicts: conflictsOf(window.id),
      timeRange: timeRangeLabel(window.start, window.end, args.plannerZone),
      disruption: window.disruption,
    };
    const windowOwner = nameOf(window.ownerId);
    if (windowOwner !== '') props.owner = windowOwner;
    Object.assign(props, extra);
    return {
      id: `maintenance:${window.id}`,
      title: window.title,
      allDay: false,
      start: wallTime(window.start, args.plannerZone),
      end: wallTime(window.end, args.plannerZone),
      ...WINDOW_LOOKS[window.disruption],
      className: `cal-window--${window.disruption}`,
      // A bar, not a dot, in month view: a window is a span of time the planner must see.
      display: 'block',
      extendedProps: props,
    };
  };
  for (const window of args.windows) {
    if (filter && !filter.window(window)) continue;
    if (window.recurrence) {
      events.push(
        ...occurrenceEvents(window as WindowSeries, args.occurrences ?? [], range, args.today, windowEvent),
      );
      continue;
    }
    if (inRange(window.start, window.end)) events.push(windowEvent(window));
  }
  const markerEvent = (
    item: ChecklistItem,
    launchTitle: string | undefined,
    assignee: string,
  ): EventInput => {
    const props: CalendarItemProps = {
      kind: 'checklist-item',
      layer: 1,
      id: item.id,
      parentId: item.parentId,
      cancelled: false,
      conflicts: conflictsOf(item.id),
      done: item.done,
    };
    if (assignee !== '') props.owner = assignee;
    return {
      id: markerEventId(item.id),
      // Its launch and owner ride along: "Blog post · Session replay · Ana" says whose work it is.
      title: [item.title, launchTitle, assignee].filter(Boolean).join(' · '),
      allDay: true,
      ...markerDates(item.dueDate),
      durationEditable: false,
      color: item.done ? '#e3f1e6' : '#eceff4',
      contrastColor: '#2d3340',
      extendedProps: props,
    };
  };
  if (args.showChecklistMarkers) {
    for (const item of args.items) {
      if (item.parentKind !== 'announcement' || !inRange(item.dueDate)) continue;
      if (filter && !filter.marker(item.id)) continue;
      const launchTitle = launchTitles.get(item.parentId);
      const assignee = nameOf(item.assigneeId);
      const shows = [launchTitle, assignee, conflictsOf(item.id)].join('|');
      events.push(eventOf(item, shows, () => markerEvent(item, launchTitle, assignee)));
    }
  }
  return events;
}

/** The planner-zone wall time FullCalendar reports (a UTC-mode Date), as `yyyy-MM-ddTHH:mm`. */
export function wallTimeFromCalendarDate(date: Date): LocalDateTime {
  return trustedLocalDateTime(date.toISOString().slice(0, 16));
}

/** The calendar day FullCalendar reports for an all-day drop, as `yyyy-MM-dd`. */
export function dayFromCalendarDate(date: Date): CalendarDay {
  return trustedCalendarDay(date.toISOString().slice(0, 10));
}
