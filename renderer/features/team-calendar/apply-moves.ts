import { errorMessage } from '../../../shared/error-message';
import { isPlannableDay, isPlannableInstant, outOfRangeMessage } from '../../../shared/plannable-range';
import { dayOfIcsTime, remoteMoveMessage } from '../../../shared/sync/move-message';
import type { PublishedItem } from '../../../shared/sync/local-objects';
import type { RemoteMove } from '../../../shared/sync/types';
import { moveAnnouncementLaunch } from '../../db/announcement-repo';
import { moveChecklistItemDue } from '../../db/checklist-repo';
import { moveMaintenanceWindow, resizeMaintenanceWindow } from '../../db/maintenance-repo';
import type { PlanData } from '../../db/usePlanData';

/** What taking the moves did: a sentence per move taken, and the UIDs that could not be taken. */
export type MovesOutcome = { messages: string[]; notTaken: { uid: string; message: string }[] };

function titleOf(item: PublishedItem, plan: PlanData): string {
  if (item.kind === 'announcement')
    return plan.announcements.find((record) => record.id === item.recordId)?.title ?? 'an announcement';
  if (item.kind === 'window')
    return plan.windows.find((record) => record.id === item.recordId)?.title ?? 'a maintenance window';
  return plan.items.find((record) => record.id === item.recordId)?.title ?? 'a checklist item';
}

async function takeOne(move: RemoteMove, item: PublishedItem, plan: PlanData): Promise<void> {
  const zone = plan.settings.timeZone;
  if (item.kind === 'window') {
    const start = move.to.start?.kind === 'instant' ? move.to.start.instant : undefined;
    const end = move.to.end?.kind === 'instant' ? move.to.end.instant : undefined;
    if (!start || !isPlannableInstant(start)) throw new Error(outOfRangeMessage(start ?? 'no start time'));
    // The same repo calls as a drag (the start) and a resize (the end), so the window's checklist follows.
    await moveMaintenanceWindow(item.recordId, start);
    const window = plan.windows.find((record) => record.id === item.recordId);
    if (
      end &&
      window &&
      Date.parse(end) - Date.parse(start) !== Date.parse(window.end) - Date.parse(window.start)
    )
      await resizeMaintenanceWindow(item.recordId, end);
    return;
  }
  const announcement =
    item.kind === 'announcement'
      ? plan.announcements.find((record) => record.id === item.recordId)
      : undefined;
  // A timed launch is published at its moment; its day is read in the launch's own zone.
  const day = dayOfIcsTime(move.to.start ?? move.to.due, announcement?.timeZone ?? zone);
  if (!day || !isPlannableDay(day)) throw new Error(outOfRangeMessage(day ?? 'no date'));
  if (item.kind === 'announcement') await moveAnnouncementLaunch(item.recordId, day);
  else await moveChecklistItemDue(item.recordId, day);
}

/**
 * Takes teammates' moves into the plan the way a drag would: a launch moves and its open checklist
 * follows, a window keeps or takes its new length, a checklist item gets the new due date. Each is
 * its own undoable step. A move that cannot be taken (the item is gone, a date outside the
 * plannable range) is left out, and the caller republishes Tierline's version over it.
 */
export async function applyRemoteMoves(
  moves: readonly RemoteMove[],
  published: ReadonlyMap<string, PublishedItem>,
  plan: PlanData,
): Promise<MovesOutcome> {
  const outcome: MovesOutcome = { messages: [], notTaken: [] };
  for (const move of moves) {
    const item = published.get(move.uid);
    if (!item) {
      outcome.notTaken.push({ uid: move.uid, message: 'the item is no longer in the plan' });
      continue;
    }
    try {
      await takeOne(move, item, plan);
      outcome.messages.push(
        remoteMoveMessage(
          titleOf(item, plan),
          move.from.start ?? move.from.due,
          move.to.start ?? move.to.due,
          plan.settings.timeZone,
        ),
      );
    } catch (error) {
      outcome.notTaken.push({
        uid: move.uid,
        message: errorMessage(error),
      });
    }
  }
  return outcome;
}
