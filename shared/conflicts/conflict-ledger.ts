import { CONFLICT_KINDS, type Conflict } from './conflict';

const KIND_ORDER = new Map(CONFLICT_KINDS.map((kind, index) => [kind, index]));

/** The order a list of conflicts is shown in: by day, then kind, then key. */
export function compareConflicts(a: Conflict, b: Conflict): number {
  return (
    (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** Same key, day, message and refs: nothing a reader of the list could tell apart. */
export function sameConflict(a: Conflict, b: Conflict): boolean {
  return (
    a.key === b.key &&
    a.kind === b.kind &&
    a.day === b.day &&
    a.message === b.message &&
    a.refs.length === b.refs.length &&
    a.refs.every((ref, index) => ref.kind === b.refs[index]?.kind && ref.id === b.refs[index]?.id)
  );
}

// Past this many changes one sort of the whole list is cheaper than inserting them one by one.
const MANY_CHANGES = 64;

/**
 * The plan's conflicts as a sorted list that rules update by key: `remove` and `add` record what a
 * rule stopped or started finding, and `commit` turns them into the next list. A conflict removed
 * and found again unchanged keeps its object, and when nothing changed `commit` returns the very
 * array it returned last, so readers that compare by identity (React memos, the badges' store)
 * do no work at all.
 */
export class ConflictLedger {
  private readonly current = new Map<string, Conflict>();
  // What each key held before the first change since the last commit (null: nothing).
  private readonly before = new Map<string, Conflict | null>();
  private list: Conflict[] = [];

  /** The rule no longer finds `conflict`. */
  remove(conflict: Conflict): void {
    this.touch(conflict.key);
    this.current.delete(conflict.key);
  }

  /** The rule finds `conflict` (keys are unique across rules: the caller makes sure). */
  add(conflict: Conflict): void {
    this.touch(conflict.key);
    this.current.set(conflict.key, conflict);
  }

  /** The sorted list with every change since the last commit applied. */
  commit(): Conflict[] {
    const gone: Conflict[] = [];
    const found: Conflict[] = [];
    for (const [key, old] of this.before) {
      const now = this.current.get(key);
      if (old && now && sameConflict(old, now)) {
        this.current.set(key, old);
        continue;
      }
      if (old) gone.push(old);
      if (now) found.push(now);
    }
    this.before.clear();
    if (gone.length === 0 && found.length === 0) return this.list;
    if (gone.length + found.length > MANY_CHANGES) {
      const goneKeys = new Set(gone.map((conflict) => conflict.key));
      this.list = this.list
        .filter((conflict) => !goneKeys.has(conflict.key))
        .concat(found)
        .sort(compareConflicts);
      return this.list;
    }
    // A few changes: each found by binary search, so the rest of the list is only copied.
    const next = this.list.slice();
    for (const conflict of gone) {
      const sorted = insertionIndex(next, conflict);
      // Keys are unique, so the search lands on it; the scan is a guard, never the rule.
      const index = next[sorted] === conflict ? sorted : next.indexOf(conflict);
      if (index >= 0) next.splice(index, 1);
    }
    for (const conflict of found) next.splice(insertionIndex(next, conflict), 0, conflict);
    this.list = next;
    return this.list;
  }

  private touch(key: string): void {
    if (!this.before.has(key)) this.before.set(key, this.current.get(key) ?? null);
  }
}

/** Where `conflict` goes in the sorted `list`: after every conflict that sorts before it. */
function insertionIndex(list: readonly Conflict[], conflict: Conflict): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const other = list[middle];
    if (other && compareConflicts(other, conflict) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
