import { runChange, type RowChanges } from './change';
import { announceChange } from './change-listeners';
import { translateWriteError } from './write-errors';

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
  announceChange(record);
}
