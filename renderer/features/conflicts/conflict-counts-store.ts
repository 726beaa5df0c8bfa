import { create } from 'zustand';
import type { Conflict } from '../../../shared/conflicts/conflict';
import { countConflicts, recountConflicts, type ConflictCounts } from './conflict-counts';

type ConflictCountsState = {
  /** How many conflicts name each record, by id (derived from the plan, never stored). */
  counts: ConflictCounts;
  /** The list the counts were taken from: the next list is counted by what it changed. */
  source: readonly Conflict[];
  setConflicts: (conflicts: readonly Conflict[]) => void;
};

/**
 * The calendar's conflict badges, read by each item on its own. Kept out of the calendar's events
 * so a change of conflicts (computed after the calendar's own render, see useConflicts) re-renders
 * only the badges whose count changed, instead of rebuilding every event and making FullCalendar
 * reprocess its store a second time after every drop (issue 13). The same list again changes
 * nothing, so no badge's selector even runs.
 */
export const useConflictCountsStore = create<ConflictCountsState>()((set) => ({
  counts: countConflicts([]),
  source: [],
  setConflicts: (conflicts) =>
    set((state) =>
      conflicts === state.source
        ? state
        : { source: conflicts, counts: recountConflicts(state.source, state.counts, conflicts) },
    ),
}));

/** How many conflicts name the record `id`; 0 when none. */
export function useConflictCount(id: string): number {
  return useConflictCountsStore((state) => state.counts.get(id) ?? 0);
}
