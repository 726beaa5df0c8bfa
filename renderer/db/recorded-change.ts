import { useUndoStore } from '../stores/undo-store';
import { runChange, type RowChanges } from './change';

/** Runs a planner action in one transaction and puts it on the undo stack once it has landed. */
export async function recordedChange(label: string, compute: () => Promise<RowChanges>): Promise<void> {
  const record = await runChange(label, compute);
  useUndoStore.getState().record(record);
}
