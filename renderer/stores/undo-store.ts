import { create } from 'zustand';
import { revertChange, type ChangeRecord } from '../db/change';

type UndoState = {
  undoStack: ChangeRecord[];
  redoStack: ChangeRecord[];
  record: (change: ChangeRecord) => void;
  undo: () => Promise<string | null>;
  redo: () => Promise<string | null>;
};

// Long enough for a working session, short enough that snapshots never weigh on memory.
const MAX_UNDO = 50;

/** The undo and redo stacks of this window. They live only as long as the window does. */
export const useUndoStore = create<UndoState>((set, get) => ({
  undoStack: [],
  redoStack: [],
  record: (change) =>
    set((state) => ({ undoStack: [...state.undoStack, change].slice(-MAX_UNDO), redoStack: [] })),
  undo: async () => {
    const last = get().undoStack.at(-1);
    if (!last) return null;
    const redo = await revertChange(last);
    set((state) => ({ undoStack: state.undoStack.slice(0, -1), redoStack: [...state.redoStack, redo] }));
    return last.label;
  },
  redo: async () => {
    const last = get().redoStack.at(-1);
    if (!last) return null;
    const undo = await revertChange(last);
    set((state) => ({ redoStack: state.redoStack.slice(0, -1), undoStack: [...state.undoStack, undo] }));
    return last.label;
  },
}));
