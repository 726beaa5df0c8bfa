import { useUiStore } from '../stores/ui-store';
import { useUndoStore, type UndoOutcome } from '../stores/undo-store';

/** What the planner reads after an Undo or Redo press; null when there was nothing to do. */
export function undoMessage(direction: 'undo' | 'redo', outcome: UndoOutcome): string | null {
  if (!outcome) return null;
  if (outcome.status === 'done') return `${direction === 'undo' ? 'Undid' : 'Redid'}: ${outcome.label}`;
  return `Can't ${direction} “${outcome.label}”: it was changed since (in another window).`;
}

/**
 * Runs one Undo or Redo step and tells the planner how it went. The toolbar, the keyboard
 * shortcuts and the toast's Undo button all come through here, so they queue behind each other.
 */
export function runUndoStep(direction: 'undo' | 'redo'): Promise<void> {
  const store = useUndoStore.getState();
  return (direction === 'undo' ? store.undo() : store.redo()).then(
    (outcome) => {
      const message = undoMessage(direction, outcome);
      if (message) useUiStore.getState().showToast(message);
    },
    () => useUiStore.getState().showToast(`Could not ${direction} that change.`),
  );
}
