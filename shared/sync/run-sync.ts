import { entryAfterPut, hrefsToFetch, planSync } from './plan-sync';
import type { CalendarTransport } from './transport';
import type {
  LocalObject,
  MassDeleteStop,
  RemoteMove,
  RemoteObject,
  SyncConflict,
  SyncPlan,
  SyncState,
} from './types';
import { setEntry } from './state-entries';

/** How many list-plan-write rounds one sync may take: a 412 or a taken move asks for one more. */
export const MAX_SYNC_ROUNDS = 3;

export type SyncOptions = {
  transport: CalendarTransport;
  local: readonly LocalObject[];
  state: SyncState;
  takeRemoteMoves: boolean;
  allowMassDelete?: boolean;
  /** Takes teammates' moves into the plan and returns the local objects as they are now. */
  applyMoves?: (moves: RemoteMove[]) => Promise<readonly LocalObject[]>;
  /** Called after every change of state, so an interrupted sync keeps what it already did. */
  onState?: (state: SyncState) => void;
};

export type SyncReport = {
  created: string[];
  updated: string[];
  deleted: string[];
  moves: RemoteMove[];
  conflicts: SyncConflict[];
  refused: { uid: string; httpStatus: number; message: string }[];
  stopped?: MassDeleteStop;
  /** How many PUT and DELETE requests were sent. */
  writes: number;
  state: SyncState;
};

/** Lists the calendar and fetches the texts the rules need, then returns the plan without writing. */
export async function previewSync(options: Omit<SyncOptions, 'applyMoves' | 'onState'>): Promise<SyncPlan> {
  const remote = await listWithTexts(options.transport, options.local, options.state);
  return planSync({ ...options, remote });
}

async function listWithTexts(
  transport: CalendarTransport,
  local: readonly LocalObject[],
  state: SyncState,
): Promise<RemoteObject[]> {
  const remote = await transport.list();
  const wanted = hrefsToFetch({ local, state, remote });
  if (wanted.length === 0) return remote;
  const fetched = new Map((await transport.fetch(wanted)).map((object) => [object.href, object]));
  return remote.map((object) => fetched.get(object.href) ?? object);
}

/**
 * One sync to the end: plan by the rules, write, and plan again after a 412 (the object changed
 * under us: fetch, compare, decide) or after taking a teammate's move (republish it), at most
 * MAX_SYNC_ROUNDS times. An object the server refuses is reported and skipped; network and sign-in
 * failures are thrown, with every write already done recorded through onState.
 */
export async function runSync(options: SyncOptions): Promise<SyncReport> {
  const state: SyncState = { ...options.state };
  let local = options.local;
  const report: SyncReport = {
    created: [],
    updated: [],
    deleted: [],
    moves: [],
    conflicts: [],
    refused: [],
    writes: 0,
    state,
  };
  const save = (): void => options.onState?.({ ...state });
  for (let round = 0; round < MAX_SYNC_ROUNDS; round++) {
    const remote = await listWithTexts(options.transport, local, state);
    const plan = planSync({
      local,
      state,
      remote,
      takeRemoteMoves: options.takeRemoteMoves,
      allowMassDelete: options.allowMassDelete,
    });
    if (plan.stopped) {
      report.stopped = plan.stopped;
      return report;
    }
    for (const { uid, entry } of plan.stateUpdates) {
      if (entry) setEntry(state, uid, entry);
      else delete state[uid];
    }
    if (plan.stateUpdates.length > 0) save();
    for (const conflict of plan.conflicts)
      if (!report.conflicts.some((known) => known.uid === conflict.uid)) report.conflicts.push(conflict);
    let again = false;
    for (const put of plan.puts) {
      const request =
        put.kind === 'create'
          ? { name: put.name, text: put.text, ...(put.href ? { href: put.href } : {}) }
          : { name: '', href: put.href, text: put.text, ifMatch: put.ifMatch };
      const result = await options.transport.put(request);
      report.writes++;
      if (result.status === 'precondition-failed') again = true;
      else if (result.status === 'refused')
        report.refused.push({ uid: put.uid, httpStatus: result.httpStatus, message: result.message });
      else {
        // A server that answers without an ETag is asked before the next write depends on it.
        const etag = result.etag ?? (await options.transport.etagOf(result.href));
        setEntry(state, put.uid, entryAfterPut(put, result.href, etag));
        (put.kind === 'create' ? report.created : report.updated).push(put.uid);
        save();
      }
    }
    for (const planned of plan.deletes) {
      const result = await options.transport.remove(planned.href, planned.ifMatch);
      report.writes++;
      if (result.status === 'precondition-failed') again = true;
      else if (result.status === 'refused')
        report.refused.push({ uid: planned.uid, httpStatus: result.httpStatus, message: result.message });
      else {
        delete state[planned.uid];
        report.deleted.push(planned.uid);
        save();
      }
    }
    if (plan.moves.length > 0 && options.applyMoves) {
      report.moves.push(...plan.moves);
      local = await options.applyMoves(plan.moves);
      again = true;
    }
    if (!again) break;
  }
  return report;
}
