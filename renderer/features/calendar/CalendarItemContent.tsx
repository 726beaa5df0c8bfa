import type { EventDisplayInfo } from '@fullcalendar/react';
import type { CalendarItemProps } from './calendar-events';

/** One item on the calendar: its title, tier and checklist progress, in words a screen reader reads. */
export function CalendarItemContent({ info }: { info: EventDisplayInfo }) {
  const item = info.event.extendedProps as CalendarItemProps;
  const progress = item.progress;
  const label = [
    info.event.title,
    item.tierName,
    item.kind === 'maintenance' ? 'maintenance' : undefined,
    progress && progress.total > 0 ? `${progress.done} of ${progress.total} done` : undefined,
    progress && progress.overdue > 0 ? `${progress.overdue} overdue` : undefined,
    item.cancelled ? 'cancelled' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className={`cal-item cal-item--${item.kind}${item.cancelled ? ' cal-item--cancelled' : ''}`} title={label} aria-label={label}>
      {info.timeText && item.kind === 'maintenance' ? <span className="cal-item__time">{info.timeText}</span> : null}
      <span className="cal-item__title">{info.event.title}</span>
      {progress && progress.total > 0 && item.kind !== 'checklist-item' ? (
        <span className="cal-item__progress">
          {progress.done}/{progress.total}
          {progress.overdue > 0 ? <span className="cal-item__overdue"> · {progress.overdue} late</span> : null}
        </span>
      ) : null}
    </div>
  );
}
