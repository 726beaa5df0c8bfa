import type { CalendarApi, EventApi } from '@fullcalendar/react';
import { addCalendarDays } from '../../../shared/calendar-day';
import type { DueDateSettings } from '../../../shared/checklist/due-dates';
import { shiftChecklistForLaunchMove } from '../../../shared/checklist/launch-move';
import type { Announcement, CalendarDay, ChecklistItem, Instant, Settings } from '../../../shared/types';
import { instantOf } from '../../../shared/zoned-time';
import { moveAnnouncementLaunch } from '../../db/announcement-repo';
import { markerEventId } from './calendar-events';

/** What a drop reads of the plan the calendar shows: the launch's checklist follows it. */
export type DropPlan = {
  announcements: readonly Announcement[];
  items: readonly ChecklistItem[];
  settings: Settings;
};

/**
 * Moves a dropped launch's checklist markers to where the launch's move will put their due dates,
 * with the same rule the write uses, while the write is still on its way to the disk. They used
 * to follow only once it had landed: a second drawing of the whole month after the commit, the
 * drop's slowest part with markers shown (issue 13). The write's own patch then finds them where
 * the data says and leaves them be (event-patch.ts, alreadyShown), or corrects them if it differs.
 * Returns what puts them back, for a write that is refused.
 */
export function showMarkersFollowing(
  api: CalendarApi,
  launchItems: readonly ChecklistItem[],
  fromDay: CalendarDay,
  toDay: CalendarDay,
  settings: DueDateSettings,
  now: Instant,
): () => void {
  let moved: ChecklistItem[];
  try {
    moved = shiftChecklistForLaunchMove(launchItems, fromDay, toDay, settings, now);
  } catch {
    // A move the rules refuse (a due date out of range): the write says so, and nothing moved.
    return () => {};
  }
  const putBack: { event: EventApi; start: Date | null; end: Date | null }[] = [];
  moved.forEach((item, index) => {
    if (item.dueDate === launchItems[index]?.dueDate) return;
    // Markers of days the calendar does not show have no event: the patch adds them if they arrive.
    const event = api.getEventById(markerEventId(item.id));
    if (!event) return;
    putBack.push({ event, start: event.start, end: event.end });
    event.setDates(item.dueDate, addCalendarDays(item.dueDate, 1), { allDay: true });
  });
  return () => {
    for (const { event, start, end } of putBack) if (start) event.setDates(start, end, { allDay: true });
  };
}

/**
 * A launch dropped on `day`: its markers move on screen at once (when shown), then the launch and
 * its checklist are written; a refused write puts the markers back (the caller reverts the launch).
 */
export async function moveLaunchWithMarkers(
  calendar: CalendarApi,
  plan: DropPlan,
  launchId: string,
  day: CalendarDay,
): Promise<void> {
  const fromDay = plan.announcements.find((launch) => launch.id === launchId)?.launchDate;
  const putBack =
    fromDay && plan.settings.showChecklistMarkers
      ? showMarkersFollowing(
          calendar,
          plan.items.filter((row) => row.parentKind === 'announcement' && row.parentId === launchId),
          fromDay,
          day,
          plan.settings,
          instantOf(new Date()),
        )
      : () => {};
  try {
    await moveAnnouncementLaunch(launchId, day);
  } catch (error) {
    putBack();
    throw error;
  }
}
