import { create } from 'zustand';
import type { ChangeRecord } from '../db/change';
import { onRecordedChange } from '../db/change-listeners';

/**
 * What one Undo or Redo press did: `done` put the rows back; `stale` found them edited since
 * (another window) and wrote nothing, and the step left the stack; null means there was no step.
 */
export type UndoOutcome = { status: 'done' | 'stale'; label: string } | null;

type UndoState = {
  undoStack: ChangeRecord[];
  redoStack: ChangeRecord[];
  record: (change: ChangeRecord) => void;
  undo: () => Promise<UndoOutcome>;
  redo: () => Promise<UndoOutcome>;
};

// Long enough for a working session, short enough that snapshots never weigh on memory.
const MAX_UNDO = 50;

// One press at a time. Two reverts running together both read the same top of the stack, so
// held Ctrl+Z (key repeat) undid one step twice and lost another. Presses are queued rather than
// ignored while one runs: each press is exactly one step, as in every editor, whatever the disk's
// speed, and an overshoot is one Redo away.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** The undo and redo stacks of this window. They live only as long as the window does. */
export const useUndoStore = create<UndoState>((set, get) => {
  const step = (from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack') =>
    oneAtATime(async (): Promise<UndoOutcome> => {
      const last = get()[from].at(-1);
      if (!last) return null;
      // By identity: a change recorded while this one ran must not be the one dropped.
      const without = (stack: ChangeRecord[]) => stack.filter((entry) => entry !== last);
      // The write machinery loads with the first write or undo, not at start (issue 13).
      const { ChangedSinceError, revertChange } = await import('../db/change');
      try {
        const inverse = await revertChange(last);
        set((state) => ({ [from]: without(state[from]), [to]: [...state[to], inverse] }));
        return { status: 'done', label: last.label };
      } catch (error) {
        if (!(error instanceof ChangedSinceError)) throw error;
        set((state) => ({ [from]: without(state[from]) }));
        return { status: 'stale', label: last.label };
      }
    });
  return {
    undoStack: [],
    redoStack: [],
    record: (change) =>
      set((state) => ({ undoStack: [...state.undoStack, change].slice(-MAX_UNDO), redoStack: [] })),
    undo: () => step('undoStack', 'redoStack'),
    redo: () => step('redoStack', 'undoStack'),
  };
});

// Every change a repo records lands on this window's stack; subscribed once, when the store loads.
onRecordedChange((change) => useUndoStore.getState().record(change));
