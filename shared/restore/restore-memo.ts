/**
 * What the previous restore of a plan concluded, so the next one (after one write) re-checks only
 * the rows that changed and hands back the very same objects and arrays for the rest: memoised
 * views downstream (events, conflicts, panels) then see which parts of the plan really changed.
 */
export type RestoreMemo = {
  /** Per table, per key: the last stored row that passed its schema. */
  healthy: Map<string, Map<string, unknown>>;
  /** Per name, the last array handed out, reused when its elements are all the same objects. */
  arrays: Map<string, readonly unknown[]>;
  /**
   * Per table, the rows array last checked and its verdict: a reader that hands back the very same
   * array for a table no write touched gets the verdict without a pass over its rows.
   */
  verdicts: Map<string, { rows: readonly unknown[]; verdict: unknown }>;
};

/** An empty memo, to keep for the lifetime of one reader of the plan. */
export function createRestoreMemo(): RestoreMemo {
  return { healthy: new Map(), arrays: new Map(), verdicts: new Map() };
}

/**
 * True when two values read from storage hold the same data: plain objects, arrays and primitives
 * compared structurally (what IndexedDB's structured clone produces for a plan row). Stricter than
 * shared/same-value.ts on purpose: a reused verdict needs the row to be exactly the one that
 * passed (same keys, same prototypes), not merely to mean the same.
 */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // Plain loops, no callbacks: this runs for every field of every row on every write (issue 13).
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameStoredValue(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of keys) {
    if (!Object.hasOwn(right, key) || !sameStoredValue(left[key], right[key])) return false;
  }
  return true;
}

/** True when both arrays hold the very same objects, in the same order. */
export function sameObjects(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** `next`, or the memo's previous array under `name` when it holds the same objects in order. */
export function stableArray<T>(memo: RestoreMemo | undefined, name: string, next: T[]): T[] {
  if (!memo) return next;
  const previous = memo.arrays.get(name);
  if (previous && sameObjects(previous, next)) return previous as T[];
  memo.arrays.set(name, next);
  return next;
}
