import type {
  Announcement,
  ChecklistItem,
  MaintenanceWindow,
  Settings,
  TemplateSet,
} from '../../shared/types';
import { db } from './db';

type Rows = {
  announcements: Announcement;
  checklistItems: ChecklistItem;
  maintenanceWindows: MaintenanceWindow;
  templateSets: TemplateSet;
  settings: Settings;
};
export type TableName = keyof Rows;
const TABLES: TableName[] = [
  'announcements',
  'checklistItems',
  'maintenanceWindows',
  'templateSets',
  'settings',
];

/** The rows one planner action writes and deletes, table by table. */
export type RowChanges = { [T in TableName]?: { put?: Rows[T][]; delete?: string[] } };

/** Everything needed to put the touched rows back exactly as they were. */
export type ChangeRecord = {
  label: string;
  before: { [T in TableName]?: { id: string; row: Rows[T] | undefined }[] };
};

function touchedIds(changes: RowChanges, table: TableName): string[] {
  const entry = changes[table];
  if (!entry) return [];
  const ids = new Set<string>(entry.delete ?? []);
  for (const row of entry.put ?? []) ids.add(row.id);
  return [...ids];
}

/**
 * Runs one planner action as one IndexedDB transaction: `compute` reads what it needs and returns
 * the rows to write; the rows it touches are snapshotted first, so the action can be undone
 * exactly. Either every write lands or none does.
 */
export async function runChange(label: string, compute: () => Promise<RowChanges>): Promise<ChangeRecord> {
  return db.transaction(
    'rw',
    TABLES.map((name) => db.table(name)),
    async () => {
      const changes = await compute();
      const record: ChangeRecord = { label, before: {} };
      for (const table of TABLES) {
        const ids = touchedIds(changes, table);
        if (ids.length === 0) continue;
        const rows = (await db.table(table).bulkGet(ids)) as (Rows[typeof table] | undefined)[];
        (record.before as Record<string, unknown>)[table] = ids.map((id, index) => ({
          id,
          row: rows[index],
        }));
      }
      for (const table of TABLES) {
        const entry = changes[table];
        if (entry?.delete?.length) await db.table(table).bulkDelete(entry.delete);
        if (entry?.put?.length) await db.table(table).bulkPut(entry.put);
      }
      return record;
    },
  );
}

/**
 * Puts back the rows a change touched, in one transaction, and returns the record that would
 * redo it. Rows that did not exist before the change are deleted.
 */
export async function revertChange(record: ChangeRecord): Promise<ChangeRecord> {
  const changes: RowChanges = {};
  for (const table of TABLES) {
    const before = record.before[table];
    if (!before) continue;
    const put = before.flatMap((entry) => (entry.row ? [entry.row] : []));
    const remove = before.filter((entry) => !entry.row).map((entry) => entry.id);
    (changes as Record<string, unknown>)[table] = { put, delete: remove };
  }
  return runChange(record.label, () => Promise.resolve(changes));
}
