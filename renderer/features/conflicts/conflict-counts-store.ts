import { create } from 'zustand';
import type { Conflict } from '../../../shared/conflicts/conflict';
import type * as Counting from './conflict-counts';
import { onDemand } from '../../components/on-demand';

type ConflictCounts = Counting.ConflictCounts;

type ConflictCountsState = {
  /** How many conflicts name each record, by id (derived from the plan, never stored). */
  counts: ConflictCounts;
  /** The list the counts were taken from: the next list is counted by what it changed. */
  source: readonly Conflict[];
  setConflicts: (conflicts: readonly Conflict[]) => void;
};

// No conflicts before the first list is counted: the rules themselves load after the first paint.
const NO_COUNTS: ConflictCounts = { get: () => undefined, entries: () => [] };

const counting = onDemand(() => import('./conflict-counts'));

/** Resolves once the counting has loaded; from then on setConflicts counts at once. */
export async function conflictCountingLoaded(): Promise<void> {
  await counting.load();
}

/**
 * The calendar's conflict badges, read by each item on its own. Kept out of the calendar's events
 * so a change of conflicts (computed after the calendar's own render, see useConflicts) re-renders
 * only the badges whose count changed, instead of rebuilding every event and making FullCalendar
 * reprocess its store a second time after every drop (issue 13). The same list again changes
 * nothing, so no badge's selector even runs.
 */
export const useConflictCountsStore = create<ConflictCountsState>()((set) => {
  const take = (loaded: typeof Counting, conflicts: readonly Conflict[]) =>
    set((state) =>
      conflicts === state.source
        ? state
        : { source: conflicts, counts: loaded.recountConflicts(state.source, state.counts, conflicts) },
    );
  return {
    counts: NO_COUNTS,
    source: [],
    setConflicts: (conflicts) => {
      const loaded = counting.loaded();
      if (loaded) return take(loaded, conflicts);
      // The counting loads with the first conflicts, after the first paint (issue 13's start-up
      // bundle); calls made meanwhile are taken in order once it is there.
      counting.load().then(
        (loaded) => take(loaded, conflicts),
        (error: unknown) => console.error('Tierline: the conflict counts could not load', error),
      );
    },
  };
});

/** How many conflicts name the record `id`; 0 when none. */
export function useConflictCount(id: string): number {
  return useConflictCountsStore((state) => state.counts.get(id) ?? 0);
}
