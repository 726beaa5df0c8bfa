import { sameObjects } from '../../shared/restore/restore-memo';
import { sameValue } from '../../shared/same-value';
import type { MutatedRows } from './mutated-keys';
import { PLAN_STORES, patchRows, type StoredRows } from './stored-rows';

/** The rows one write puts (a row) or deletes (undefined), by store and id, as it issues them. */
export type IssuedRows = ReadonlyMap<string, ReadonlyMap<string, unknown>>;

type Entry = { row: unknown; write: object };

// A write of more rows than this (an import, a restore) is shown once it has landed, as before:
// placing thousands of new rows one by one costs more than the round trip it would save, and
// Dexie reports such writes as whole stores, which are read again anyway.
const MOST_ROWS = 50;

/**
 * What this window's writes under way will leave in the plan's stores, shown on top of what is
 * stored while IndexedDB commits them (issue 13: a drop's plan, conflicts and panel used to wait for
 * the commit and a read after it). A write's rows stay until a read started after the write was
 * issued has them from storage, and when those hold the same values the shown objects are kept, so
 * nothing renders twice; a refused write's rows go at once.
 *
 * Why a read started after the write, not after its commit: IndexedDB runs a transaction only once
 * every read-write transaction created before it over the same stores has finished, so that read
 * finds the write's rows if it committed and the rows before it if it was refused. A landed write
 * is retired by the read of its keys that its commit starts (Dexie's `storagemutated`, which the
 * live plan reads after), with no read of its own: asking for one as well read the rows twice
 * after every drop, and handed readers fresh copies of rows they already had.
 */
export class ProvisionalRows {
  private readonly entries = new Map<string, Map<string, Entry>>();

  /** `changed` is called whenever the rows readers should see changed. */
  constructor(private readonly changed: () => void) {}

  /**
   * Shows a write's rows; returns what to call once it landed or was refused, or undefined when
   * it is not shown early (too large, or it touches none of the plan's stores).
   */
  add(rows: IssuedRows): ((landed: boolean) => void) | undefined {
    const shown: [string, string, unknown][] = [];
    for (const [store, byId] of rows)
      if (PLAN_STORES.includes(store as never)) for (const [id, row] of byId) shown.push([store, id, row]);
    if (shown.length === 0 || shown.length > MOST_ROWS) return undefined;
    let copies: unknown[];
    try {
      // The stored form, and a copy of its own: the writer may go on using its objects.
      copies = structuredClone(shown.map(([, , row]) => row));
    } catch {
      // A row IndexedDB can not store either: the write is refused, and shows nothing meanwhile.
      return undefined;
    }
    const write = {};
    shown.forEach(([store, id], index) => {
      const entries = this.entries.get(store) ?? new Map<string, Entry>();
      this.entries.set(store, entries);
      entries.set(id, { row: copies[index], write });
    });
    this.changed();
    return (landed) => {
      if (!landed) this.refuse(write);
    };
  }

  /**
   * Call before a read of `changes` starts; call what it returns with the read's rows and the rows
   * readers last got. It returns the stored rows (keeping the shown object of each row the read found
   * holding the same value) and what readers should see now, or null when that is what they have.
   */
  reading(
    changes: MutatedRows,
  ): (read: StoredRows, before: StoredRows | undefined) => [StoredRows, StoredRows | null] {
    // The writes issued so far: their transactions were created before the read's (see above).
    const issued = this.issued();
    return (read, before) => {
      const stored = this.retire(issued, changes, read);
      return [stored, keepUnchanged(before, this.apply(stored))];
    };
  }

  /** A refused write's rows go at once. */
  private refuse(write: object): void {
    for (const entries of this.entries.values())
      for (const [id, entry] of entries) if (entry.write === write) entries.delete(id);
    this.changed();
  }

  private issued(): [string, string, Entry][] {
    const found: [string, string, Entry][] = [];
    for (const [store, entries] of this.entries)
      for (const [id, entry] of entries) found.push([store, id, entry]);
    return found;
  }

  /** After a read that started once `issued` had been issued and re-read `changes`: their entries go. */
  private retire(issued: [string, string, Entry][], changes: MutatedRows, read: StoredRows): StoredRows {
    // The rows that go, by store and id: each store's read rows are then looked through once.
    const retired = new Map<string, Map<string, unknown>>();
    for (const [store, id, entry] of issued) {
      const change = changes.get(store);
      if (!change || (change !== 'all' && !change.has(id))) continue;
      const entries = this.entries.get(store);
      if (entries?.get(id) === entry) entries.delete(id);
      const byId = retired.get(store) ?? new Map<string, unknown>();
      retired.set(store, byId.set(id, entry.row));
    }
    const keep = new Map<string, Map<string, unknown>>();
    for (const [store, byId] of retired) {
      const kept = new Map<string, unknown>();
      for (const [id, stored] of storedRowsOf(read, store, byId))
        if (sameValue(stored, byId.get(id))) kept.set(id, byId.get(id));
      if (kept.size > 0) keep.set(store, kept);
    }
    return overlay(read, keep);
  }

  /** `rows` as they will be once every write under way has landed. */
  private apply(rows: StoredRows): StoredRows {
    const shown = new Map<string, Map<string, unknown>>();
    for (const [store, entries] of this.entries)
      if (entries.size > 0) shown.set(store, new Map([...entries].map(([id, entry]) => [id, entry.row])));
    return overlay(rows, shown);
  }
}

/** The rows of `store` in `read` whose ids are among `wanted`'s, found in one pass. */
function storedRowsOf(
  read: StoredRows,
  store: string,
  wanted: ReadonlyMap<string, unknown>,
): [string, unknown][] {
  if (store === 'settings') return read.settings === undefined ? [] : [['settings', read.settings]];
  const found: [string, unknown][] = [];
  for (const row of read[store as keyof StoredRows] as unknown[]) {
    const id = (row as { id?: unknown }).id;
    if (typeof id === 'string' && wanted.has(id)) found.push([id, row]);
  }
  return found;
}

function overlay(rows: StoredRows, shown: ReadonlyMap<string, ReadonlyMap<string, unknown>>): StoredRows {
  if (shown.size === 0) return rows;
  const next: Record<string, unknown> = { ...rows };
  for (const [store, byId] of shown) {
    if (store === 'settings') next.settings = byId.get('settings') ?? rows.settings;
    else next[store] = patchRows(rows[store as keyof StoredRows] as unknown[], byId);
  }
  return next as StoredRows;
}

/**
 * `next` with each store's array replaced by `previous`'s when they hold the very same objects,
 * and null when every store does: then the plan readers see has not changed at all.
 */
function keepUnchanged(previous: StoredRows | undefined, next: StoredRows): StoredRows | null {
  if (!previous) return next;
  let changed = false;
  const kept: Record<string, unknown> = {};
  for (const store of PLAN_STORES) {
    const before = previous[store];
    const after = next[store];
    const same =
      before === after || (Array.isArray(before) && Array.isArray(after) && sameObjects(before, after));
    kept[store] = same ? before : after;
    changed ||= !same;
  }
  return changed ? (kept as StoredRows) : null;
}
