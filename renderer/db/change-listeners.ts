import type { ChangeRecord } from './change';

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
