import { publishedHash } from './hash';
import { objectDates, objectSequence, objectUid, sameDates, withPublishMarks } from './object-fields';
import type {
  LocalObject,
  ObjectDates,
  PlannedPut,
  RemoteMove,
  RemoteObject,
  SyncConflict,
  SyncPlan,
  SyncState,
  SyncedEntry,
} from './types';
import { entryOf } from './state-entries';

/** The mass-delete guard's limits (issue 12): more than this share or this many stops the sync. */
export const MASS_DELETE_SHARE = 0.25;
export const MASS_DELETE_COUNT = 20;

export type SyncInput = {
  local: readonly LocalObject[];
  state: SyncState;
  /** Every object in the calendar (a full listing, or a sync-collection answer merged onto the last one). */
  remote: readonly RemoteObject[];
  /** Take teammates' date changes into the plan (the app); the CLI's plan file is the truth instead. */
  takeRemoteMoves: boolean;
  /** The planner confirmed a sync that trips the mass-delete guard. */
  allowMassDelete?: boolean;
};

/** The resource name Tierline gives a new object; the server may answer with another href, which is kept. */
export function objectName(uid: string): string {
  return `${encodeURIComponent(uid)}.ics`;
}

/**
 * The hrefs whose text the rules need: objects Tierline published whose ETag changed, and, while some
 * local item has never been published, objects Tierline does not know (one may already carry its UID).
 */
export function hrefsToFetch(input: Omit<SyncInput, 'takeRemoteMoves'>): string[] {
  const known = new Map(Object.values(input.state).map((entry) => [entry.href, entry]));
  const unpublished = input.local.some((object) => !(object.uid in input.state));
  return input.remote
    .filter((object) => {
      const entry = known.get(object.href);
      if (!entry) return unpublished;
      return entry.etag !== null && object.etag !== entry.etag;
    })
    .filter((object) => object.text === undefined)
    .map((object) => object.href);
}

function recordIdOf(uid: string): string {
  return uid.replace(/@tierline$/, '');
}

/**
 * Decides one sync: which objects to PUT (create with If-None-Match: *, update with If-Match on the
 * ETag last seen), which to DELETE (only objects Tierline published, with If-Match), which teammates'
 * date changes to take, and which conflicts to report. Tierline's version wins every disagreement
 * except a date change on an item it did not change; SEQUENCE never goes down. A plan that would
 * delete more than a quarter, or more than 20, of what Tierline published is stopped whole.
 */
export function planSync(input: SyncInput): SyncPlan {
  const { state } = input;
  const remoteByHref = new Map(input.remote.map((object) => [object.href, object]));
  const knownHrefs = new Set(Object.values(state).map((entry) => entry.href));
  // Objects Tierline never recorded but that carry one of its UIDs (a lost state, another laptop's
  // publish, a server that answered "UID already exists"): adopted, never duplicated.
  const strangersByUid = new Map<string, RemoteObject>();
  for (const object of input.remote) {
    if (knownHrefs.has(object.href) || object.text === undefined) continue;
    const uid = objectUid(object.text);
    if (uid !== undefined && !strangersByUid.has(uid)) strangersByUid.set(uid, object);
  }
  const plan: SyncPlan = { puts: [], deletes: [], moves: [], conflicts: [], stateUpdates: [] };
  const localUids = new Set<string>();

  for (const object of input.local) {
    localUids.add(object.uid);
    const hash = publishedHash(object.text);
    const entry = entryOf(state, object.uid);
    const stranger = entry ? undefined : strangersByUid.get(object.uid);
    if (!entry && !stranger) {
      const sequence = Math.max(0, object.sequence);
      plan.puts.push({
        kind: 'create',
        uid: object.uid,
        name: objectName(object.uid),
        text: withPublishMarks(object.text, sequence, hash),
        hash,
        sequence,
      });
      continue;
    }
    if (stranger) {
      const sequence = Math.max(object.sequence, objectSequence(stranger.text ?? '') + 1);
      plan.puts.push({
        kind: 'update',
        uid: object.uid,
        href: stranger.href,
        ifMatch: stranger.etag,
        text: withPublishMarks(object.text, sequence, hash),
        hash,
        sequence,
      });
      continue;
    }
    const published = entry as SyncedEntry;
    decideKnown(plan, input, object, hash, published, remoteByHref.get(published.href));
  }

  for (const [uid, entry] of Object.entries(state)) {
    if (localUids.has(uid)) continue;
    const remote = remoteByHref.get(entry.href);
    if (!remote) {
      plan.stateUpdates.push({ uid, entry: null });
      continue;
    }
    if (entry.etag !== null && remote.etag !== entry.etag) {
      plan.conflicts.push({
        uid,
        reason: 'deleted-here-changed-there',
        message:
          'deleted in Tierline but changed in the team calendar since the last sync; left in the calendar',
      });
      continue;
    }
    plan.deletes.push({ uid, href: entry.href, ifMatch: remote.etag });
  }

  const published = Object.keys(state).length;
  const tooMany =
    plan.deletes.length > MASS_DELETE_COUNT || plan.deletes.length > published * MASS_DELETE_SHARE;
  if (tooMany && !input.allowMassDelete) {
    return {
      puts: [],
      deletes: [],
      moves: [],
      conflicts: [],
      stateUpdates: [],
      stopped: { wouldDelete: plan.deletes.length, published },
    };
  }
  return plan;
}

// A move is taken only from an object that is still this item with a start (or due) Tierline can
// read; anything else (garbage, another UID, a floating time) is republished over, never "moved".
function readableDates(remote: RemoteObject, uid: string): ObjectDates | undefined {
  if (remote.text === undefined || objectUid(remote.text) !== uid) return undefined;
  const dates = objectDates(remote.text);
  const anchor = dates.start ?? dates.due;
  if (!anchor || anchor.kind === 'other' || dates.end?.kind === 'other') return undefined;
  return dates;
}

function decideKnown(
  plan: SyncPlan,
  input: SyncInput,
  object: LocalObject,
  hash: string,
  entry: SyncedEntry,
  remote: RemoteObject | undefined,
): void {
  const localChanged = hash !== entry.hash;
  const next = Math.max(object.sequence, entry.sequence + 1);
  const update = (ifMatch: string | null): PlannedPut => ({
    kind: 'update',
    uid: object.uid,
    href: entry.href,
    ifMatch,
    text: withPublishMarks(object.text, next, hash),
    hash,
    sequence: next,
  });
  if (!remote) {
    // A teammate deleted it from the calendar; the plan still has it, and the plan is the truth.
    plan.puts.push({
      kind: 'create',
      uid: object.uid,
      name: objectName(object.uid),
      href: entry.href,
      text: withPublishMarks(object.text, next, hash),
      hash,
      sequence: next,
    });
    return;
  }
  const remoteChanged = entry.etag !== null && remote.etag !== entry.etag;
  if (!remoteChanged) {
    if (localChanged) plan.puts.push(update(remote.etag));
    return;
  }
  const localDates = objectDates(object.text);
  const remoteDates = readableDates(remote, object.uid) ?? localDates;
  const moved = !sameDates(localDates, remoteDates);
  if (!localChanged && moved && input.takeRemoteMoves) {
    const move: RemoteMove = {
      uid: object.uid,
      recordId: recordIdOf(object.uid),
      href: entry.href,
      etag: remote.etag,
      from: localDates,
      to: remoteDates,
    };
    plan.moves.push(move);
    // The move is taken locally; the next sync sees the changed item and republishes it on this ETag.
    plan.stateUpdates.push({ uid: object.uid, entry: { ...entry, etag: remote.etag } });
    return;
  }
  if (localChanged && moved) {
    plan.conflicts.push({
      uid: object.uid,
      reason: 'both-changed',
      message:
        'changed in Tierline and moved in the team calendar since the last sync; Tierline kept its version',
    } satisfies SyncConflict);
  }
  // Everything but dates is Tierline's: republish over the teammate's edit, conditionally.
  plan.puts.push(update(remote.etag));
}

/** The state after a successful PUT (ETag null when the server gave none and it is still unknown). */
export function entryAfterPut(put: PlannedPut, href: string, etag: string | null): SyncedEntry {
  return { href, etag, hash: put.hash, sequence: put.sequence };
}
