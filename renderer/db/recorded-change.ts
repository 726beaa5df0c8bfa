import { runChange, type ChangeRecord, type RowChanges } from './change';
import { translateWriteError } from './write-errors';

type ChangeListener = (change: ChangeRecord) => void;

// The data layer tells whoever listens (the undo store) that a change landed; it never imports a
// UI store itself, so renderer/db stays below renderer/stores (issue 14's db ⇄ stores cycle).
const listeners = new Set<ChangeListener>();

/** Calls `listener` with every recorded change once it has landed. Returns the unsubscribe. */
export function onRecordedChange(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Runs a planner action in one transaction and hands it to the listeners (the undo stack) once
 * it has landed. An action that touched no row (an edit that changed nothing) leaves the stack
 * alone, so Undo never spends a press on nothing. A storage failure (a full disk, a database
 * closed by another window) comes back as one plain sentence; nothing of the action was written.
 */
export async function recordedChange(label: string, compute: () => Promise<RowChanges>): Promise<void> {
  let record;
  try {
    record = await runChange(label, compute);
  } catch (error) {
    throw translateWriteError(error);
  }
  if (Object.keys(record.before).length === 0) return;
  for (const listener of listeners) listener(record);
}
