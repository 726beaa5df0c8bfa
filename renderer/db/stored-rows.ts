import { cmp } from 'dexie';
import type { RawPlanRows } from '../../shared/restore/restore-plan';
import type { TierlineDb } from './db';
import type { MutatedRows } from './mutated-keys';

/** The stores a plan is read from, as Dexie names them. */
export const PLAN_STORES = [
  'announcements',
  'maintenanceWindows',
  'checklistItems',
  'templateSets',
  'settings',
  'people',
  'windowOccurrences',
] as const;

type ListStore = Exclude<(typeof PLAN_STORES)[number], 'settings'>;

/** Every stored row of a plan, unchecked, each list in primary-key order (as `toArray` reads it). */
export type StoredRows = Required<RawPlanRows>;

const LIST_STORES: readonly ListStore[] = PLAN_STORES.filter(
  (store): store is ListStore => store !== 'settings',
);

function keyOf(row: unknown): unknown {
  return typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
}

/** Where `key` is in `rows` (IndexedDB's key order), or where it would go: a binary search. */
function placeOf(rows: readonly unknown[], key: string): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // Dexie's cmp is IndexedDB's own order (numbers before strings, and so on).
    if (cmp(keyOf(rows[middle]), key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `rows` with the rows read again by key put in: a changed row replaces the old object in its
 * place, a deleted one (read as undefined) goes, a new one is inserted where IndexedDB's key order
 * puts it. Every other row stays the very same object, so the restore memo and the views behind
 * it see at once that it did not change.
 *
 * `rows` must be in key order, as every StoredRows list is (`toArray` reads them so, and this
 * keeps them so): each key is then found by a binary search. A drop patches a store of 9,000
 * checklist items several times, and looking up every row's key cost more than the rest of the
 * patch (issue 13).
 */
export function patchRows(rows: readonly unknown[], reread: ReadonlyMap<string, unknown>): unknown[] {
  const next = rows.slice();
  for (const [key, value] of reread) {
    const at = placeOf(next, key);
    const stored = keyOf(next[at]) === key;
    if (value === undefined) {
      if (stored) next.splice(at, 1);
    } else if (stored) next[at] = value;
    else next.splice(at, 0, value);
  }
  return next;
}

/**
 * The plan's stored rows after the writes `changes` describes: with no `before`, every store is
 * read whole; otherwise a store named with keys is read by those keys and patched, one named as a
 * whole is read again, and an untouched one keeps its array. One read-only transaction, so the
 * stores read agree with each other.
 */
export async function readStoredRows(
  db: TierlineDb,
  before: StoredRows | undefined,
  changes: MutatedRows,
): Promise<StoredRows> {
  const whole = (store: string) => !before || changes.get(store) === 'all';
  const stores = PLAN_STORES.filter((store) => !before || changes.has(store));
  if (stores.length === 0 && before) return before;
  // 'r!': a transaction of its own, even when Dexie calls us from inside the zone of the write that
  // just committed (a sub-transaction of a finished one would fail).
  return db.transaction('r!', stores, async () => {
    const lists = await Promise.all(
      LIST_STORES.map(async (store): Promise<readonly unknown[]> => {
        const table = db.table<unknown, string>(store);
        const change = changes.get(store);
        if (whole(store)) return table.toArray();
        if (!before || change === undefined || change === 'all' || change.size === 0)
          return before?.[store] ?? [];
        const keys = [...change];
        const rows = await table.bulkGet(keys);
        return patchRows(before[store], new Map(keys.map((key, index) => [key, rows[index]])));
      }),
    );
    const settings =
      whole('settings') || changes.has('settings') ? await db.settings.get('settings') : before?.settings;
    const read = Object.fromEntries(LIST_STORES.map((store, index) => [store, lists[index]]));
    return { ...(read as Omit<StoredRows, 'settings'>), settings };
  });
}
