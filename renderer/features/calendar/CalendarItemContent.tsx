import type { EventDisplayInfo } from '@fullcalendar/react';
import { useUiStore } from '../../stores/ui-store';
import { useConflictCount } from '../conflicts/conflict-counts-store';
import { conflictCountText } from '../conflicts/conflict-view';
import type { CalendarItemProps } from './calendar-events';
import './calendar.css';

/**
 * One item on the calendar: its title, tier, checklist progress and conflicts, in words a screen
 * reader reads. A maintenance window in month view is a labelled bar: time range, title, services.
 */
export function CalendarItemContent({ info }: { info: EventDisplayInfo }) {
  const item = info.event.extendedProps as CalendarItemProps;
  const selected = useUiStore((state) => state.selection?.id === item.id);
  const progress = item.progress;
  const conflicts = useConflictCount(item.id);
  const maintenance = item.kind === 'maintenance';
  const monthBar = maintenance && info.view.type === 'dayGridMonth';
  const label = [
    info.event.title,
    item.tierName,
    maintenance ? 'maintenance' : undefined,
    maintenance && item.timeRange ? item.timeRange : undefined,
    maintenance && item.detail ? item.detail : undefined,
    progress && progress.total > 0 ? `${progress.done} of ${progress.total} done` : undefined,
    progress && progress.overdue > 0 ? `${progress.overdue} overdue` : undefined,
    conflicts > 0 ? conflictCountText(conflicts) : undefined,
    item.cancelled ? 'cancelled' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const classes = [
    'cal-item',
    `cal-item--${item.kind}`,
    item.cancelled ? 'cal-item--cancelled' : '',
    monthBar ? 'cal-item--bar' : '',
    info.view.type.startsWith('timeGrid') && !info.event.allDay ? 'cal-item--block' : '',
    conflicts > 0 ? 'cal-item--conflict' : '',
    selected ? 'cal-item--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const time = monthBar ? item.timeRange : maintenance ? info.timeText : '';
  return (
    <div className={classes} title={label} aria-label={label}>
      {conflicts > 0 ? (
        <span
          className="cal-item__conflict"
          role="img"
          aria-label={conflictCountText(conflicts)}
          title={conflictCountText(conflicts)}
        >
          ⚠
        </span>
      ) : null}
      {time ? <span className="cal-item__time">{time}</span> : null}
      <span className="cal-item__title">{info.event.title}</span>
      {maintenance && item.detail ? <span className="cal-item__services">{item.detail}</span> : null}
      {progress && progress.total > 0 && item.kind !== 'checklist-item' ? (
        <span className="cal-item__progress">
          {progress.done}/{progress.total}
          {progress.overdue > 0 ? (
            <span className="cal-item__overdue"> · {progress.overdue} late</span>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
