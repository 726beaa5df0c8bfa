import type { SyncedEntry, SyncState } from './types';

/*
 * A sync state is a plain JSON object keyed by UID, and UIDs come from servers and plan files: one
 * can be "__proto__" or "toString". Reading and writing through these two keeps such a UID an
 * ordinary key instead of Object.prototype's member or the object's prototype.
 */

/** The state's own entry for `uid`; never something inherited from Object.prototype. */
export function entryOf(state: SyncState, uid: string): SyncedEntry | undefined {
  return Object.prototype.hasOwnProperty.call(state, uid) ? state[uid] : undefined;
}

/** Stores `uid`'s entry as an own property, so "__proto__" is kept like any other UID. */
export function setEntry(state: SyncState, uid: string, entry: SyncedEntry): void {
  Object.defineProperty(state, uid, { value: entry, enumerable: true, writable: true, configurable: true });
}
