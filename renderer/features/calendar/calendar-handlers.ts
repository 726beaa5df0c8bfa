import type { DateSelectInfo, EventClickInfo, EventDropInfo, EventResizeDoneInfo } from '@fullcalendar/react';
import { localToInstant, toLocalDateTime } from '../../../shared/zoned-time';
import { useUiStore } from '../../stores/ui-store';
import { runWrite } from '../../components/run-write';
import { dayFromCalendarDate, wallTimeFromCalendarDate, type CalendarItemProps } from './calendar-events';

/*
 * What the calendar does when an item is dropped, resized or clicked, or an empty range is
 * selected: each write goes through a repo and snaps back with a toast if it is refused.
 */

// Loaded on the first drop or resize, not at start (issue 13). A drop made while it loads waits
// for it: the item stays where it was dropped until the write is done or refused.
const writes = () => import('./calendar-writes');

function propsOf(info: { event: { extendedProps: unknown } }): CalendarItemProps {
  return info.event.extendedProps as CalendarItemProps;
}

// Handlers made once per zone: a new function each render is a changed option, which makes
// FullCalendar re-read all its options after every write (issue 13).
/** A drop moves the launch, the checklist item's due date, or the window (asking which, for a series). */
export function dropHandler(zone: string) {
  return (info: EventDropInfo) => {
    const item = propsOf(info);
    const start = info.event.start;
    if (!start) return info.revert();
    if (item.kind === 'announcement') {
      const day = dayFromCalendarDate(start);
      void runWrite(
        writes().then((write) => write.moveAnnouncementLaunch(item.id, day)),
        {
          done: 'Moved the launch; its checklist followed.',
          revert: info.revert,
        },
      );
      return;
    }
    if (item.kind === 'checklist-item') {
      const day = dayFromCalendarDate(start);
      void runWrite(
        writes().then((write) => write.moveChecklistItemDue(item.id, day)),
        {
          done: 'Changed the due date.',
          revert: info.revert,
        },
      );
      return;
    }
    const newStart = localToInstant(toLocalDateTime(wallTimeFromCalendarDate(start)), zone);
    if (item.kind === 'maintenance' && item.originalStart) {
      const { originalStart } = item;
      const title = info.event.title;
      // No toast of its own: the question's answer brings one; this one only says a failed load.
      return void runWrite(
        writes().then((write) =>
          write.moveOccurrenceAsked(item.id, originalStart, title, newStart, info.revert),
        ),
        { revert: info.revert },
      );
    }
    void runWrite(
      writes().then((write) => write.moveMaintenanceWindow(item.id, newStart)),
      {
        done: 'Moved the maintenance window.',
        revert: info.revert,
      },
    );
  };
}

/** Stretching a maintenance window changes when it ends; nothing else resizes. */
export function resizeHandler(zone: string) {
  return (info: EventResizeDoneInfo) => {
    const item = propsOf(info);
    const end = info.event.end;
    if (item.kind !== 'maintenance' || !end) return info.revert();
    const newEnd = localToInstant(toLocalDateTime(wallTimeFromCalendarDate(end)), zone);
    void runWrite(
      writes().then((write) => write.resizeMaintenanceWindow(item.id, newEnd)),
      {
        done: 'Changed when the maintenance ends.',
        revert: info.revert,
      },
    );
  };
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
  const item = propsOf(info);
  const { select } = useUiStore.getState();
  if (item.kind === 'checklist-item') return select({ kind: 'announcement', id: item.parentId });
  if (item.kind === 'maintenance' && item.originalStart)
    return select({ kind: 'maintenance', id: item.id, occurrence: item.originalStart });
  select({ kind: item.kind, id: item.id });
}
