import type { ChangeRecord } from './change';
import type { ProvisionalRows } from './provisional-rows';

type ChangeListener = (change: ChangeRecord) => void;

// The data layer tells whoever listens (the undo store) that a change landed; it never imports a
// UI store itself, so renderer/db stays below renderer/stores (issue 14's db ⇄ stores cycle).
// Apart from recorded-change.ts so the undo store can listen from the start while the write
// machinery loads with the first write (issue 13: the start-up bundle).
const listeners = new Set<ChangeListener>();

/** Calls `listener` with every recorded change once it has landed. Returns the unsubscribe. */
export function onRecordedChange(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Hands a change that landed to every listener. */
export function announceChange(change: ChangeRecord): void {
  for (const listener of listeners) listener(change);
}

/**
 * A write this window has issued and not yet committed: the rows it puts, or deletes (undefined),
 * and the code that shows them early, which loads with the write machinery rather than at start
 * (issue 13's start-up bundle).
 */
export type IssuedWrite = {
  dbName: string;
  rows: ReadonlyMap<string, ReadonlyMap<string, unknown>>;
  Provisional: typeof ProvisionalRows;
};
/** Told of an issued write; may return what it wants to hear once the write landed or was refused. */
export type IssuedListener = (write: IssuedWrite) => ((landed: boolean) => void) | undefined;

/** Everyone told of a write as it is issued (change.ts tells them, with the write machinery). */
export const issuedListeners = new Set<IssuedListener>();

/** Calls `listener` with every change as it is issued, before its commit (the live plan, issue 13). */
export function onWriteIssued(listener: IssuedListener): () => void {
  issuedListeners.add(listener);
  return () => {
    issuedListeners.delete(listener);
  };
}
