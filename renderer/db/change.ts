import type {
  Announcement,
  ChecklistItem,
  MaintenanceWindow,
  Person,
  Settings,
  TemplateSet,
  WindowOccurrence,
} from '../../shared/types';
import type { ImportSource } from '../../shared/import/source-identity';
import Dexie from 'dexie';
import { db } from './db';
import { issuedListeners } from './change-listeners';
import { ProvisionalRows } from './provisional-rows';
import { sameValue } from '../../shared/same-value';

type Rows = {
  announcements: Announcement;
  checklistItems: ChecklistItem;
  maintenanceWindows: MaintenanceWindow;
  templateSets: TemplateSet;
  settings: Settings;
  people: Person;
  importSources: ImportSource;
  windowOccurrences: WindowOccurrence;
};
export type TableName = keyof Rows;
const TABLES: TableName[] = [
  'announcements',
  'checklistItems',
  'maintenanceWindows',
  'templateSets',
  'settings',
  'people',
  // An import's remembered sources land and are undone with the records they describe.
  'importSources',
  // A repeating window's changed occurrences land and are undone with the series (issue 11).
  'windowOccurrences',
];

/**
 * The rows one planner action writes and deletes, table by table. `read` may hand back rows the
 * action read in its own transaction and did not alter: the undo snapshot takes them as they are
 * instead of reading them a second time (a round trip a drop waits for, issue 13).
 */
export type RowChanges = {
  [T in TableName]?: { put?: Rows[T][]; delete?: string[]; read?: readonly Rows[T][] };
};

/** The touched rows of each table as they stood at one moment; `undefined` for a row that did not exist. */
export type RowSnapshot = { [T in TableName]?: { id: string; row: Rows[T] | undefined }[] };

/**
 * Everything needed to put the touched rows back exactly as they were (`before`), and what the
 * change left in them (`after`), so a revert can tell whether someone else changed them since.
 */
export type ChangeRecord = {
  label: string;
  before: RowSnapshot;
  after: RowSnapshot;
};

/**
 * A revert found a touched row no longer as its change left it: another window (or tab) has
 * edited it since. Thrown inside the transaction, so nothing of the revert is written.
 */
export class ChangedSinceError extends Error {
  override readonly name = 'ChangedSinceError';
  constructor(readonly label: string) {
    super(`“${label}” was changed since (in another window).`);
  }
}

function touchedIds(changes: RowChanges, table: TableName): string[] {
  const entry = changes[table];
  if (!entry) return [];
  const ids = new Set<string>(entry.delete ?? []);
  for (const row of entry.put ?? []) ids.add(row.id);
  return [...ids];
}

// From this many ids on, a change first learns which of them are stored (one read of the table's
// keys) and fetches only those: an import of 10,000 new rows otherwise asked for each absent row
// one by one, about 0.7 s in Chromium (issue 13). Below it, the lookups are cheaper than the keys.
const MANY_IDS = 200;
// Reading every key of a table costs about a tenth of one lookup per key.
const KEYS_PER_LOOKUP = 8;

/** Which of `ids` may be stored: all of them, or for a large change only those the table holds. */
async function storedIds(table: TableName, ids: string[]): Promise<string[]> {
  if (ids.length < MANY_IDS) return ids;
  const rows = db.table<unknown, string>(table);
  const stored = await rows.count();
  if (stored === 0) return [];
  if (stored > ids.length * KEYS_PER_LOOKUP) return ids;
  const keys = new Set(await rows.toCollection().primaryKeys());
  return ids.filter((id) => keys.has(id));
}

// A lookup per id costs about three rows of one read of the whole table (Chromium: 10,000
// lookups ~0.9 s, the table's getAll ~0.3 s at 10,000 rows; issue 13).
const ROWS_PER_LOOKUP = 3;

/**
 * The stored rows of `ids`, in order (undefined where absent). For many ids of a table not much
 * larger, one read of the whole table instead of a lookup per id: the undo of a 10,000-row import
 * read its rows one by one, twice.
 */
async function readByIds(table: TableName, ids: readonly string[]): Promise<unknown[]> {
  const rows = db.table<{ id: string }, string>(table);
  if (ids.length < MANY_IDS || (await rows.count()) > ids.length * ROWS_PER_LOOKUP)
    return rows.bulkGet([...ids]);
  const byId = new Map((await rows.toArray()).map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

async function readRows(
  touched: (readonly [TableName, string[]])[],
  changes: RowChanges,
): Promise<RowSnapshot> {
  // The tables are read side by side: one round trip for all of them, not one after another
  // (a dropped launch touches two tables; issue 13 counts every millisecond before the commit).
  const read = await Promise.all(
    touched.map(async ([table, ids]) => {
      // A clone of what the action read in this transaction: the stored form, and its own copy.
      const known = new Map(
        (changes[table]?.read ?? []).map((row: { id: string }) => [row.id, structuredClone(row)]),
      );
      const unknown = ids.filter((id) => !known.has(id));
      const present = unknown.length > 0 ? await storedIds(table, unknown) : [];
      const rows = (present.length > 0 ? await readByIds(table, present) : []) as (
        Rows[typeof table] | undefined
      )[];
      const byId = new Map<string, unknown>(known);
      present.forEach((id, index) => byId.set(id, rows[index]));
      return ids.map((id) => ({ id, row: byId.get(id) }));
    }),
  );
  // Assembled in the tables' order, as before, whichever read finished first.
  const snapshot: RowSnapshot = {};
  touched.forEach(([table], index) => {
    (snapshot as Record<string, unknown>)[table] = read[index];
  });
  return snapshot;
}

/**
 * What the rows hold once `changes` are written: deletes first, then puts (the last put of an id
 * wins), as runChange writes them. A clone, so later edits of the objects handed in change nothing;
 * IndexedDB stores the same structured clone, so this is the stored form without reading it back
 * (reading back 10,000 rows one by one cost about a second, issue 13).
 */
function writtenRows(changes: RowChanges, touched: (readonly [TableName, string[]])[]): RowSnapshot {
  const snapshot: RowSnapshot = {};
  for (const [table, ids] of touched) {
    const entry = changes[table] as { put?: { id: string }[] } | undefined;
    const put = new Map((entry?.put ?? []).map((row) => [row.id, row]));
    const rows = structuredClone(ids.map((id) => ({ id, row: put.get(id) })));
    (snapshot as Record<string, unknown>)[table] = rows;
  }
  return snapshot;
}

/** True when every row in `snapshot` is still stored exactly so (or still absent). */
async function stillAsWritten(snapshot: RowSnapshot): Promise<boolean> {
  for (const table of TABLES) {
    const entries = snapshot[table];
    if (!entries) continue;
    const now = await readByIds(
      table,
      entries.map((entry) => entry.id),
    );
    if (entries.some((entry, index) => !sameValue(entry.row, now[index]))) return false;
  }
  return true;
}

/**
 * Runs one planner action as one IndexedDB transaction: `compute` reads what it needs and returns
 * the rows to write; the rows it touches are snapshotted first, so the action can be undone
 * exactly. Either every write lands or none does.
 */
export async function runChange(label: string, compute: () => Promise<RowChanges>): Promise<ChangeRecord> {
  let settle: ((landed: boolean) => void) | undefined;
  try {
    const record = await db.transaction(
      'rw',
      TABLES.map((name) => db.table(name)),
      async () => {
        const changes = await compute();
        const touched = TABLES.map((table) => [table, touchedIds(changes, table)] as const).filter(
          ([, ids]) => ids.length > 0,
        );
        const record: ChangeRecord = { label, before: await readRows(touched, changes), after: {} };
        // Every write is issued at once and awaited together: IndexedDB carries out a transaction's
        // requests in the order they were made (each table's deletes before its puts), so the
        // result is the same as awaiting each in turn, without a round trip per table.
        const writes: Promise<unknown>[] = [];
        for (const table of TABLES) {
          const entry = changes[table];
          if (entry?.delete?.length) writes.push(db.table(table).bulkDelete(entry.delete));
          if (entry?.put?.length) writes.push(db.table(table).bulkPut(entry.put));
        }
        // The views may show the rows while IndexedDB commits them (live-plan.ts). Outside this
        // transaction's zone: what they read meanwhile must not join the write.
        settle = Dexie.ignoreTransaction(() => announceWriteIssued(changes));
        await Promise.all(writes);
        // The stored form is what a later check compares with: the clone IndexedDB stored too.
        record.after = writtenRows(changes, touched);
        return record;
      },
    );
    settle?.(true);
    return record;
  } catch (error) {
    settle?.(false);
    throw error;
  }
}

/** Tells the listeners (the live plan) of a write just issued; returns what tells them how it ended. */
function announceWriteIssued(changes: RowChanges): (landed: boolean) => void {
  const write = { dbName: db.name, rows: issuedRows(changes), Provisional: ProvisionalRows };
  const settles = [...issuedListeners].flatMap((listener) => listener(write) ?? []);
  return (landed) => settles.forEach((settle) => settle(landed));
}

/** What `changes` leaves in each row it touches: the put row, or undefined for a delete. */
function issuedRows(changes: RowChanges): Map<string, Map<string, unknown>> {
  const rows = new Map<string, Map<string, unknown>>();
  for (const table of TABLES) {
    const entry = changes[table] as { put?: { id: string }[]; delete?: string[] } | undefined;
    if (!entry) continue;
    const byId = new Map<string, unknown>((entry.delete ?? []).map((id) => [id, undefined]));
    for (const row of entry.put ?? []) byId.set(row.id, row);
    if (byId.size > 0) rows.set(table, byId);
  }
  return rows;
}

/**
 * Puts back the rows a change touched, in one transaction, and returns the record that would
 * redo it. Rows that did not exist before the change are deleted. If any touched row no longer
 * holds what the change wrote, nothing is written and it rejects with `ChangedSinceError`: an
 * undo must never overwrite a later edit made in another window.
 */
export async function revertChange(record: ChangeRecord): Promise<ChangeRecord> {
  return runChange(record.label, async () => {
    if (!(await stillAsWritten(record.after))) throw new ChangedSinceError(record.label);
    const changes: RowChanges = {};
    for (const table of TABLES) {
      const before = record.before[table];
      if (!before) continue;
      const put = before.flatMap((entry) => (entry.row ? [entry.row] : []));
      const remove = before.filter((entry) => !entry.row).map((entry) => entry.id);
      // The rows are still as the change left them (checked above): the undo snapshot takes them
      // as they are instead of reading them again.
      const read = (record.after[table] ?? []).flatMap((entry) => (entry.row ? [entry.row] : []));
      (changes as Record<string, unknown>)[table] = { put, delete: remove, read };
    }
    return changes;
  });
}
