import type { CalendarApi } from '@fullcalendar/react';
import type { Announcement, CalendarDay, ChecklistItem, Instant, Settings } from '../../../shared/types';
import { shiftChecklistForLaunchMove } from '../../../shared/checklist/launch-move';
import type { EventFeed } from './event-feed';

/** What a drop reads of the plan the calendar shows: the launch's checklist follows it. */
export type DropPlan = {
  announcements: readonly Announcement[];
  items: readonly ChecklistItem[];
  settings: Settings;
};

/** The calendar a drop lands on: the plan it shows, and its feed's preview of a write under way. */
export type DropView = { plan: () => DropPlan; preview: EventFeed['preview'] };

/**
 * Shows a launch dropped on `day` with its checklist markers where the move will put their due
 * dates, by the rule the write itself uses, while the write is still on its way to the disk. They
 * used to follow only once it had landed, in a second drawing of the month after the commit: the
 * slowest part of a drop with markers shown (issue 13). Returns what puts the calendar back for a
 * write that is refused (after FullCalendar's own revert of the drop).
 */
export function previewLaunchMove(
  view: DropView,
  calendar: CalendarApi,
  launchId: string,
  day: CalendarDay,
  now: Instant,
): () => void {
  const plan = view.plan();
  const launch = plan.announcements.find((row) => row.id === launchId);
  // Without markers on the calendar the launch's own chip is all that moves, and the drop moved it.
  if (!launch || launch.launchDate === day || !plan.settings.showChecklistMarkers) return () => {};
  let moved: ChecklistItem[];
  try {
    moved = shiftChecklistForLaunchMove(
      plan.items.filter((row) => row.parentKind === 'announcement' && row.parentId === launchId),
      launch.launchDate,
      day,
      plan.settings,
      now,
    );
  } catch {
    // A move the rules refuse (a due date out of range): the write says why, and nothing moves.
    return () => {};
  }
  return view.preview({ announcements: [{ ...launch, launchDate: day }], items: moved }, calendar);
}
