import { errorMessage } from '../../../shared/error-message';
import type { SyncReport } from '../../../shared/sync/run-sync';
import type { PublishedItem } from '../../../shared/sync/local-objects';
import { loadSyncState, republish, saveSyncOutcome } from '../../db/team-calendar-repo';
import type { TeamCalendarBridge } from '../../platform/team-calendar';
import { useUiStore } from '../../stores/ui-store';
import type { PlanData } from '../../db/usePlanData';
import { applyRemoteMoves } from './apply-moves';
import { useTeamCalendarStore } from './team-calendar-store';
import { instantOf } from '../../../shared/zoned-time';
import type { Instant } from '../../../shared/types';

export type SyncInputs = {
  bridge: TeamCalendarBridge;
  published: readonly PublishedItem[];
  plan: PlanData;
  allowMassDelete: boolean;
};

function titleOf(uid: string, published: ReadonlyMap<string, PublishedItem>, plan: PlanData): string {
  const item = published.get(uid);
  const id = item?.recordId;
  return (
    plan.announcements.find((record) => record.id === id)?.title ??
    plan.windows.find((record) => record.id === id)?.title ??
    plan.items.find((record) => record.id === id)?.title ??
    'An item deleted in Tierline'
  );
}

async function takeReport(report: SyncReport, inputs: SyncInputs, at: Instant): Promise<void> {
  const { plan } = inputs;
  const byUid = new Map(inputs.published.map((item) => [item.uid, item]));
  const changedThere = report.conflicts
    .filter((conflict) => conflict.reason === 'deleted-here-changed-there')
    .map((conflict) => conflict.uid);
  await saveSyncOutcome({
    state: report.state,
    deleted: report.deleted,
    changedThere,
    at,
    finished: !report.stopped,
  });
  const store = useTeamCalendarStore.getState();
  store.reported({
    conflicts: report.conflicts.map((conflict) => ({
      ...conflict,
      title: titleOf(conflict.uid, byUid, plan),
    })),
    refused: report.refused.map((refused) => ({
      uid: refused.uid,
      title: titleOf(refused.uid, byUid, plan),
      message: refused.message,
    })),
    massDelete: report.stopped ?? null,
  });
  if (report.moves.length === 0) return;
  const outcome = await applyRemoteMoves(report.moves, byUid, plan);
  // The state now holds the teammate's ETag but the hash of what Tierline published before, so an
  // Undo (or a move not taken) would look unchanged and the calendar would keep the teammate's
  // dates. Marked changed, the item is published again at the next sync, whatever it is by then.
  await republish(report.moves.map((move) => move.uid));
  const last = outcome.messages.at(-1);
  if (last) {
    const more = outcome.messages.length > 1 ? ` (and ${outcome.messages.length - 1} more)` : '';
    useUiStore.getState().showToast(`${last}${more}`, true);
  }
}

/**
 * One sync from the app: hands the published objects and the stored state to the desktop bridge,
 * stores the state it answers (also after a failure part-way, so finished writes are not redone),
 * takes teammates' moves and reports conflicts, refusals and the mass-delete guard.
 */
export async function runTeamSync(inputs: SyncInputs): Promise<void> {
  const store = useTeamCalendarStore.getState();
  store.setPhase({ kind: 'syncing' });
  const at = instantOf(new Date());
  try {
    // Read now, not from a render: the previous sync's answer may have landed a moment ago.
    const state = await loadSyncState();
    const result = await inputs.bridge.sync({
      objects: inputs.published.map(({ uid, text, sequence }) => ({ uid, text, sequence })),
      state,
      allowMassDelete: inputs.allowMassDelete,
    });
    if (result.status === 'failed') {
      if (result.state)
        await saveSyncOutcome({ state: result.state, deleted: [], changedThere: [], at, finished: false });
      store.setPhase({ kind: 'failed', reason: result.reason, message: result.message });
      return;
    }
    await takeReport(result.report, inputs, at);
    store.setPhase({ kind: 'synced', at });
  } catch (error) {
    store.setPhase({
      kind: 'failed',
      reason: 'network',
      message: errorMessage(error, 'The team calendar could not be reached.'),
    });
  }
}
