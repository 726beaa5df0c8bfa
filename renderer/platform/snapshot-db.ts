import Dexie, { type EntityTable } from 'dexie';
import type { Instant } from '../../shared/types';

/** A snapshot's list entry in browser mode; `seq` orders snapshots of one millisecond. */
export type StoredSnapshotMeta = {
  seq?: number;
  takenAt: Instant;
  reason: string;
  counts: { announcements: number; windows: number; items: number };
  bytes: number;
};

/** A snapshot's text, kept apart so listing never loads megabytes. */
export type StoredSnapshotText = { seq: number; text: string };

/**
 * Browser mode's snapshot store: its own IndexedDB database, `tierline-backups`, apart from the
 * plan's `tierline`, so a damaged or deleted plan database does not take its backups with it.
 * Rows are read back through the same checks as a backup file; nothing here is trusted.
 */
export class SnapshotDb extends Dexie {
  snapshots!: EntityTable<StoredSnapshotMeta, 'seq'>;
  texts!: EntityTable<StoredSnapshotText, 'seq'>;

  constructor(name = 'tierline-backups') {
    super(name);
    this.version(1).stores({ snapshots: '++seq, takenAt', texts: 'seq' });
  }
}

let instance: SnapshotDb | null = null;

/** Opened on first use: a planner who never takes a snapshot never creates the database. */
export function snapshotDb(): SnapshotDb {
  instance ??= new SnapshotDb();
  return instance;
}

/**
 * Adds one snapshot, its list entry and its text, in one transaction: both or neither. Returns
 * its `seq`. The page and the snapshot writer's worker both write through it.
 */
export function addSnapshotRows(
  db: SnapshotDb,
  meta: Omit<StoredSnapshotMeta, 'seq'>,
  text: string,
): Promise<number> {
  return db.transaction('rw', [db.snapshots, db.texts], async () => {
    const seq = await db.snapshots.add(meta);
    // `++seq` numbers every row it adds; Dexie's type allows for stores that do not.
    if (typeof seq !== 'number') throw new Error('the snapshot store gave the snapshot no number');
    await db.texts.put({ seq, text });
    return seq;
  });
}
