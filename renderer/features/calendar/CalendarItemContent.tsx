import type { EventDisplayInfo } from '@fullcalendar/react';
import { memo } from 'react';
import { plural } from '../../../shared/plural';
import { useUiStore } from '../../stores/ui-store';
import { useConflictCount } from '../conflicts/conflict-counts-store';
import { conflictCountText } from '../conflicts/conflict-count-text';
import type { CalendarItemProps } from './calendar-events';
import { conflictKey } from './conflict-key';
import './calendar.css';

const DISRUPTION_WORDS = { downtime: 'downtime', degraded: 'degraded service', none: 'no impact' } as const;

/**
 * What a screen reader (and the hover card) says about an item, most important first. `conflicts`
 * comes from the conflict-counts store, which follows writes after the events (issue 13).
 */
export function itemLabel(title: string, item: CalendarItemProps, conflicts = item.conflicts ?? 0): string {
  const progress = item.progress;
  const maintenance = item.kind === 'maintenance';
  return [
    item.time ? `${item.time} ${title}` : title,
    item.tierName,
    maintenance ? 'maintenance' : undefined,
    maintenance && item.disruption ? DISRUPTION_WORDS[item.disruption] : undefined,
    maintenance && item.timeRange ? item.timeRange : undefined,
    item.repeats,
    maintenance && item.detail ? item.detail : undefined,
    item.owner,
    progress && progress.total > 0 ? `${progress.done} of ${progress.total} done` : undefined,
    progress && progress.overdue > 0 ? `${progress.overdue} overdue` : undefined,
    item.kind === 'checklist-item' ? (item.done ? 'done' : 'open') : undefined,
    conflicts > 0 ? conflictCountText(conflicts) : undefined,
    item.cancelled ? 'cancelled' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * One item on the calendar. The title comes first and is the last thing to give way: the
 * conflict, late and progress badges after it shrink away first (calendar.css), and their
 * words stay in the label and the hover card. A window in month view is a labelled bar.
 */
function ItemContent({ info }: { info: EventDisplayInfo }) {
  const item = info.event.extendedProps as CalendarItemProps;
  const originalStart = item.kind === 'maintenance' ? item.originalStart : undefined;
  // One occurrence of a series is selected, not all of them.
  const selected = useUiStore(
    (state) =>
      state.selection?.id === item.id &&
      (originalStart === undefined || state.selection.occurrence === originalStart),
  );
  const progress = item.progress;
  const conflicts = useConflictCount(conflictKey(item));
  const maintenance = item.kind === 'maintenance';
  const monthBar = maintenance && info.view.type === 'dayGridMonth';
  const label = itemLabel(info.event.title, item, conflicts);
  const classes = [
    'cal-item',
    `cal-item--${item.kind}`,
    item.cancelled ? 'cal-item--cancelled' : '',
    info.view.type === 'dayGridMonth' ? 'cal-item--month' : '',
    monthBar ? 'cal-item--bar' : '',
    info.view.type.startsWith('timeGrid') && !info.event.allDay ? 'cal-item--block' : '',
    conflicts > 0 ? 'cal-item--conflict' : '',
    selected ? 'cal-item--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  // Week and day views draw a timed launch at its hour already; list view has a time column.
  const launchTime = info.view.type === 'dayGridMonth' ? item.time : undefined;
  // A month cell has room for one line: the start time and the title; the range and the
  // services are in the label and the hover card.
  const time = monthBar ? item.timeRange?.slice(0, 5) : maintenance ? info.timeText : launchTime;
  const overdue = progress?.overdue ?? 0;
  return (
    <div className={classes} aria-label={label} data-event-id={info.event.id}>
      {item.kind === 'checklist-item' ? (
        <span className="cal-item__check" aria-hidden="true">
          {item.done ? '✓' : '○'}
        </span>
      ) : null}
      {item.repeats ? (
        <span className="cal-item__repeat" role="img" aria-label={item.repeats} title={item.repeats}>
          ↻
        </span>
      ) : null}
      {time ? <span className="cal-item__time">{time}</span> : null}
      <span className="cal-item__title">{info.event.title}</span>
      {conflicts > 0 ? (
        // The conflict mark never shrinks away: it is one glyph, and a clash must not hide.
        <span
          className="cal-item__conflict"
          role="img"
          aria-label={conflictCountText(conflicts)}
          title={conflictCountText(conflicts)}
        >
          ⚠
        </span>
      ) : null}
      {overdue > 0 ? (
        // A clock, not a colour: red already means the Major tier.
        <span
          className="cal-item__badge cal-item__late"
          aria-hidden="true"
          title={`${plural(overdue, 'item')} late`}
        >
          ◷{overdue}
        </span>
      ) : null}
      {progress && progress.total > 0 && item.kind !== 'checklist-item' ? (
        <span className="cal-item__badge cal-item__progress" aria-hidden="true">
          {progress.done}/{progress.total}
        </span>
      ) : null}
      {maintenance && item.detail && !monthBar ? (
        <span className="cal-item__services">{item.detail}</span>
      ) : null}
    </div>
  );
}

/**
 * True when a chip would draw the same: everything ItemContent reads from `info`. FullCalendar
 * hands over a new `info` for every chip of every row it lays out again, and a drop lays out the
 * whole month two or three times: 321 chips drawn for one drop with markers shown at 10,000
 * items. The event's extendedProps object is the one the feed built, kept while it is unchanged.
 */
function drawsTheSame(previous: { info: EventDisplayInfo }, next: { info: EventDisplayInfo }): boolean {
  const before = previous.info;
  const after = next.info;
  return (
    before.event.extendedProps === after.event.extendedProps &&
    before.event.title === after.event.title &&
    before.event.id === after.event.id &&
    before.event.allDay === after.event.allDay &&
    before.timeText === after.timeText &&
    before.view.type === after.view.type
  );
}

/** One item on the calendar, drawn again only when what it shows has changed. */
export const CalendarItemContent = memo(ItemContent, drawsTheSame);
