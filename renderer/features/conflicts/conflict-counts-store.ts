import { create } from 'zustand';
import type { Conflict } from '../../../shared/conflicts/conflict';
import { diffRows } from '../../../shared/conflicts/row-diff';
import { conflictCountsById } from './conflict-view';

type ConflictCountsState = {
  /** How many conflicts name each record, by id (derived from the plan, never stored). */
  counts: ReadonlyMap<string, number>;
  /** The list the counts were taken from: the next list is counted by what it changed. */
  source: readonly Conflict[];
  setConflicts: (conflicts: readonly Conflict[]) => void;
};

/**
 * `conflictCountsById(next)`, from the counts of `previous`: the conflict lists keep every
 * unchanged conflict as the same object (shared/conflicts/conflict-ledger.ts), so after one write
 * only the conflicts it changed are counted again, not the ~3,000 of a large plan (issue 13).
 */
export function recountConflicts(
  previous: readonly Conflict[],
  counts: ReadonlyMap<string, number>,
  next: readonly Conflict[],
): ReadonlyMap<string, number> {
  const { removed, added } = diffRows(previous, next);
  if (removed.length + added.length >= next.length) return conflictCountsById(next);
  const result = new Map(counts);
  const shift = (conflict: Conflict, by: number) => {
    for (const id of new Set(conflict.refs.map((ref) => ref.id))) {
      const count = (result.get(id) ?? 0) + by;
      if (count > 0) result.set(id, count);
      else result.delete(id);
    }
  };
  for (const conflict of removed) shift(conflict, -1);
  for (const conflict of added) shift(conflict, 1);
  return result;
}

/**
 * The calendar's conflict badges, read by each item on its own. Kept out of the calendar's events
 * so a change of conflicts (computed after the calendar's own render, see useConflicts) re-renders
 * only the badges whose count changed, instead of rebuilding every event and making FullCalendar
 * reprocess its store a second time after every drop (issue 13). The same list again changes
 * nothing, so no badge's selector even runs.
 */
export const useConflictCountsStore = create<ConflictCountsState>()((set) => ({
  counts: new Map(),
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
