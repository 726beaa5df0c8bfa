import { addCalendarDays } from '../../shared/calendar-day';
import { instantToLocal, localDay, localToInstant, toLocalDateTime } from '../../shared/zoned-time';
import { getAnnouncement, moveAnnouncementLaunch } from '../db/announcement-repo';
import { getMaintenanceWindow, moveMaintenanceWindow } from '../db/maintenance-repo';
import { useUiStore } from '../stores/ui-store';

// Loaded on the first Alt+arrow (issue 13): the repositories are not needed to show the month.
/** Moves the selected launch or window by whole days, as a drag would: one undoable step. */
export async function moveSelection(days: number): Promise<string> {
  const selection = useUiStore.getState().selection;
  if (!selection) return 'Select a launch or window first.';
  if (selection.kind === 'announcement') {
    const launch = await getAnnouncement(selection.id);
    if (!launch) return 'That announcement no longer exists.';
    await moveAnnouncementLaunch(launch.id, addCalendarDays(launch.launchDate, days));
    return 'Moved the launch; its checklist followed.';
  }
  const window = await getMaintenanceWindow(selection.id);
  if (!window) return 'That maintenance window no longer exists.';
  // Whole days on the wall clock of the window's own zone, so 22:00 stays 22:00 across DST.
  const local = instantToLocal(window.start, window.timeZone);
  const moved = `${addCalendarDays(localDay(local), days)}T${local.slice(11, 16)}`;
  await moveMaintenanceWindow(window.id, localToInstant(toLocalDateTime(moved), window.timeZone));
  return 'Moved the maintenance window.';
}
