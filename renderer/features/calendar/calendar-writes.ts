import type { EventDropInfo, EventResizeDoneInfo } from '@fullcalendar/react';
import { localToInstant, toLocalDateTime } from '../../../shared/zoned-time';
import { runWrite } from '../../components/run-write';
import { moveAnnouncementLaunch } from '../../db/announcement-repo';
import { moveChecklistItemDue } from '../../db/checklist-repo';
import { moveMaintenanceWindow, resizeMaintenanceWindow } from '../../db/maintenance-repo';
import { moveOccurrenceAsked } from '../recurrence/occurrence-moves';
import { dayFromCalendarDate, wallTimeFromCalendarDate, itemPropsOf } from './calendar-events';
import type { EventFeed } from './event-feed';
import { confirmDrop } from './drag-followers';

export { previewFollowers, type FollowerPlan } from './drag-followers';

/** The calendar a drop or resize lands on, through its event feed. */
export type DropView = Pick<EventFeed, 'refetch'>;

/*
 * What a drop or a resize writes, in one module that loads on the first of them (issue 13,
 * calendar-handlers.ts): the repositories and the checklist rules behind them are not needed to
 * show the month. Each write goes through a repo, toasts its result, and snaps the item back if it
 * is refused.
 */

/**
 * What snaps a refused drop or resize back: FullCalendar's own revert, then the range fetched
 * again, which leaves each event once. The plan may have shown the write while it was on its way
 * (live-plan.ts), and the revert put FullCalendar's copy of the event back beside the one that
 * patch drew.
 */
function putBack(info: EventDropInfo | EventResizeDoneInfo, view: DropView): () => void {
  return () => {
    info.revert();
    view.refetch(info.view.calendar);
  };
}

/** A drop moves the launch, the checklist item's due date, or the window (asking which, for a series). */
export function dropItem(info: EventDropInfo, zone: string, view: DropView): void {
  confirmDrop(info);
  const item = itemPropsOf(info);
  const start = info.event.start;
  if (!start) return info.revert();
  const revert = putBack(info, view);
  if (item.kind === 'announcement') {
    // Its markers follow as the write is issued, before its commit (live-plan.ts).
    void runWrite(moveAnnouncementLaunch(item.id, dayFromCalendarDate(start)), {
      done: 'Moved the launch; its checklist followed.',
      revert,
    });
    return;
  }
  if (item.kind === 'checklist-item') {
    void runWrite(moveChecklistItemDue(item.id, dayFromCalendarDate(start)), {
      done: 'Changed the due date.',
      revert,
    });
    return;
  }
  const newStart = localToInstant(toLocalDateTime(wallTimeFromCalendarDate(start)), zone);
  if (item.kind === 'maintenance' && item.originalStart) {
    // No toast of its own: the question's answer brings one; this one only says a failure.
    void runWrite(moveOccurrenceAsked(item.id, item.originalStart, info.event.title, newStart, revert), {
      revert,
    });
    return;
  }
  void runWrite(moveMaintenanceWindow(item.id, newStart), {
    done: 'Moved the maintenance window.',
    revert,
  });
}

/** Stretching a maintenance window changes when it ends; nothing else resizes. */
export function resizeItem(info: EventResizeDoneInfo, zone: string, view: DropView): void {
  const item = itemPropsOf(info);
  const end = info.event.end;
  if (item.kind !== 'maintenance' || !end) return info.revert();
  const newEnd = localToInstant(toLocalDateTime(wallTimeFromCalendarDate(end)), zone);
  void runWrite(resizeMaintenanceWindow(item.id, newEnd), {
    done: 'Changed when the maintenance ends.',
    revert: putBack(info, view),
  });
}
