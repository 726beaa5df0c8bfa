import type { DateSelectInfo, EventClickInfo, EventDropInfo, EventResizeDoneInfo } from '@fullcalendar/react';
import { localToInstant } from '../../../shared/zoned-time';
import { moveAnnouncementLaunch } from '../../db/announcement-repo';
import { moveChecklistItemDue } from '../../db/checklist-repo';
import { moveMaintenanceWindow, resizeMaintenanceWindow } from '../../db/maintenance-repo';
import { useUiStore } from '../../stores/ui-store';
import { moveOccurrenceAsked } from '../recurrence/occurrence-moves';
import { dayFromCalendarDate, wallTimeFromCalendarDate, type CalendarItemProps } from './calendar-events';

/*
 * What the calendar does when an item is dropped, resized or clicked, or an empty range is
 * selected: each write goes through a repo and snaps back with a toast if it is refused.
 */

function propsOf(info: { event: { extendedProps: unknown } }): CalendarItemProps {
  return info.event.extendedProps as CalendarItemProps;
}

/** Runs a write started by a drag; if it fails, the item snaps back and the planner is told why. */
function persistOrRevert(write: Promise<void>, revert: () => void, done: string): void {
  const { showToast } = useUiStore.getState();
  write.then(
    () => showToast(done, true),
    (error: unknown) => {
      revert();
      showToast(error instanceof Error ? error.message : 'That change could not be saved.');
    },
  );
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
      return persistOrRevert(
        moveAnnouncementLaunch(item.id, dayFromCalendarDate(start)),
        info.revert,
        'Moved the launch; its checklist followed.',
      );
    }
    if (item.kind === 'checklist-item') {
      return persistOrRevert(
        moveChecklistItemDue(item.id, dayFromCalendarDate(start)),
        info.revert,
        'Changed the due date.',
      );
    }
    const newStart = localToInstant(wallTimeFromCalendarDate(start), zone);
    if (item.kind === 'maintenance' && item.originalStart) {
      return void moveOccurrenceAsked(item.id, item.originalStart, info.event.title, newStart, info.revert);
    }
    persistOrRevert(moveMaintenanceWindow(item.id, newStart), info.revert, 'Moved the maintenance window.');
  };
}

/** Stretching a maintenance window changes when it ends; nothing else resizes. */
export function resizeHandler(zone: string) {
  return (info: EventResizeDoneInfo) => {
    const item = propsOf(info);
    const end = info.event.end;
    if (item.kind !== 'maintenance' || !end) return info.revert();
    persistOrRevert(
      resizeMaintenanceWindow(item.id, localToInstant(wallTimeFromCalendarDate(end), zone)),
      info.revert,
      'Changed when the maintenance ends.',
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
