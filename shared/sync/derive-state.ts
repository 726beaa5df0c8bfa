import { publishedHash } from './hash';
import { objectDates, objectHashMark, objectSequence, objectUid, sameDates } from './object-fields';
import type { LocalObject, RemoteObject, SyncState } from './types';

/**
 * The last-synced state read back from the calendar itself, for a publisher that keeps none (the
 * CLI in a pipeline): every fetched object carrying Tierline's hash mark counts as published by
 * Tierline, with its href, ETag and SEQUENCE. An object whose dates no longer match the plan's is
 * marked changed, so the plan file, the truth there, is published over a teammate's move.
 */
export function stateFromServer(remote: readonly RemoteObject[], local: readonly LocalObject[]): SyncState {
  const localByUid = new Map(local.map((object) => [object.uid, object]));
  // A Map, then fromEntries: UIDs such as "__proto__" or "toString" are plain keys, never the prototype's.
  const state = new Map<string, SyncState[string]>();
  for (const object of remote) {
    if (object.text === undefined) continue;
    const uid = objectUid(object.text);
    const mark = objectHashMark(object.text);
    if (uid === undefined || mark === undefined || state.has(uid)) continue;
    const mine = localByUid.get(uid);
    const datesMatch = mine === undefined || sameDates(objectDates(mine.text), objectDates(object.text));
    const hash =
      datesMatch && mine !== undefined && publishedHash(mine.text) === mark ? mark : `changed:${mark}`;
    state.set(uid, { href: object.href, etag: object.etag, hash, sequence: objectSequence(object.text) });
  }
  return Object.fromEntries(state);
}
