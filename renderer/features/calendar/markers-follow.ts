import type { CalendarApi } from '@fullcalendar/react';
import type { CalendarDay, ChecklistItem, Instant } from '../../../shared/types';
import { shiftChecklistForLaunchMove } from '../../../shared/checklist/launch-move';
import type { EventFeed } from './event-feed';

/**
 * The calendar a drop lands on, through its event feed: the rows it shows (a drop made while an
 * earlier one's preview shows starts from there) and the preview of a write under way.
 */
export type DropView = Pick<EventFeed, 'showing' | 'preview' | 'putBack'>;

function replaceById<Row extends { id: string }>(rows: readonly Row[], changed: readonly Row[]): Row[] {
  const byId = new Map(changed.map((row) => [row.id, row]));
  return rows.map((row) => byId.get(row.id) ?? row);
}

/**
 * Shows a launch dropped on `day` with its checklist markers where the move will put their due
 * dates, by the rule the write itself uses, while the write is still on its way to the disk. They
 * used to follow only once it had landed, in a second drawing of the month after the commit: the
 * slowest part of a drop with markers shown (issue 13). A refused write puts them back with the
 * drop (DropView.putBack).
 */
export function previewLaunchMove(
  view: DropView,
  calendar: CalendarApi,
  launchId: string,
  day: CalendarDay,
  now: Instant,
): void {
  const shown = view.showing();
  const launch = shown.announcements.find((row) => row.id === launchId);
  // Without markers on the calendar the launch's own chip is all that moves, and the drop moved it.
  if (!launch || launch.launchDate === day || !shown.showChecklistMarkers) return;
  let moved: ChecklistItem[];
  try {
    moved = shiftChecklistForLaunchMove(
      shown.items.filter((row) => row.parentKind === 'announcement' && row.parentId === launchId),
      launch.launchDate,
      day,
      shown.dueDates,
      now,
    );
  } catch {
    // A move the rules refuse (a due date out of range): the write says why, and nothing moves.
    return;
  }
  view.preview(
    {
      ...shown,
      announcements: replaceById(shown.announcements, [{ ...launch, launchDate: day }]),
      items: replaceById(shown.items, moved),
    },
    calendar,
  );
}
