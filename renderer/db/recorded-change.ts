import { useUndoStore } from '../stores/undo-store';
import { runChange, type RowChanges } from './change';

/**
 * Runs a planner action in one transaction and puts it on the undo stack once it has landed.
 * An action that touched no row (an edit that changed nothing) leaves the stack alone, so
 * Undo never spends a press on nothing.
 */
export async function recordedChange(label: string, compute: () => Promise<RowChanges>): Promise<void> {
  const record = await runChange(label, compute);
  if (Object.keys(record.before).length === 0) return;
  useUndoStore.getState().record(record);
}
