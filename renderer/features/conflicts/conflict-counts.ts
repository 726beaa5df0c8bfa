import type { Conflict } from '../../../shared/conflicts/conflict';
import { diffRows } from '../../../shared/conflicts/row-diff';
import { conflictCountsById } from './conflict-view';

/** How many conflicts name each record, by id: read one id at a time, as each badge does. */
export type ConflictCounts = {
  get(id: string): number | undefined;
  /** Every record with at least one conflict, with its count. */
  entries(): [string, number][];
};

// Past this many changed ids the layers are folded into one map again.
const MAX_OVERLAY = 512;

/**
 * Counts as a full map from some earlier list plus a small map of what changed since, so a change
 * of a few conflicts costs a copy of the small map, not of the ~3,500 counted ids of a large plan
 * (issue 13: the copy was most of the badges' update after a drop). Never mutated once built.
 */
class LayeredCounts implements ConflictCounts {
  constructor(
    private readonly base: ReadonlyMap<string, number>,
    private readonly overlay: ReadonlyMap<string, number>,
  ) {}

  get(id: string): number | undefined {
    const changed = this.overlay.get(id);
    if (changed === undefined) return this.base.get(id);
    return changed > 0 ? changed : undefined;
  }

  entries(): [string, number][] {
    const all = new Map(this.base);
    for (const [id, count] of this.overlay) {
      if (count > 0) all.set(id, count);
      else all.delete(id);
    }
    return [...all];
  }

  /** These counts with `deltas` added, as new counts. */
  plus(deltas: ReadonlyMap<string, number>): LayeredCounts {
    const overlay = new Map(this.overlay);
    for (const [id, delta] of deltas) if (delta !== 0) overlay.set(id, (this.get(id) ?? 0) + delta);
    if (overlay.size <= MAX_OVERLAY) return new LayeredCounts(this.base, overlay);
    return new LayeredCounts(new Map(new LayeredCounts(this.base, overlay).entries()), new Map());
  }
}

/** The counts of `conflicts`, counted afresh. */
export function countConflicts(conflicts: readonly Conflict[]): ConflictCounts {
  return new LayeredCounts(conflictCountsById(conflicts), new Map());
}

/**
 * The counts of `next`, from the counts of `previous`: the conflict lists keep every unchanged
 * conflict as the same object (shared/conflicts/conflict-ledger.ts), so after one write only the
 * conflicts it changed are counted again.
 */
export function recountConflicts(
  previous: readonly Conflict[],
  counts: ConflictCounts,
  next: readonly Conflict[],
): ConflictCounts {
  const { removed, added } = diffRows(previous, next);
  if (!(counts instanceof LayeredCounts) || removed.length + added.length >= next.length)
    return countConflicts(next);
  const deltas = new Map<string, number>();
  const shift = (conflict: Conflict, by: number) => {
    for (const id of new Set(conflict.refs.map((ref) => ref.id))) deltas.set(id, (deltas.get(id) ?? 0) + by);
  };
  for (const conflict of removed) shift(conflict, -1);
  for (const conflict of added) shift(conflict, 1);
  return counts.plus(deltas);
}
