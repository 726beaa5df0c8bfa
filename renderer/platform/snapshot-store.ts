import type { SnapshotCounts, SnapshotMeta, SnapshotReason } from '../../shared/backup/snapshot';
import { snapshotMetaSchema } from '../../shared/backup/snapshot';
import type { DesktopApi } from '../../shared/ipc';
import { addSnapshotRows, snapshotDb } from './snapshot-db';
import { streamToWorker, writeInWorker, type TextStream } from './snapshot-writer';
import { utf8ByteLength } from '../../shared/backup/limits';
import type { Instant } from '../../shared/types';

/** What the store hands back when listing: the good entries and how many were damaged. */
export type SnapshotListing = { snapshots: SnapshotMeta[]; damaged: number };

export type SnapshotToWrite = {
  reason: SnapshotReason;
  takenAt: Instant;
  counts: SnapshotCounts;
  text: string;
};

export type SnapshotReading = { status: 'read'; text: string } | { status: 'missing' };

// Node tests run the repos without a window; they get the browser store (on fake-indexeddb).
function bridge(): DesktopApi | undefined {
  return typeof window === 'undefined' ? undefined : window.tierline;
}

/**
 * Where a snapshot's text can go a slice at a time while it is being made: the browser's snapshot
 * worker. Null in the desktop app (its snapshots go whole to the main process) or with no worker.
 */
export function snapshotTextStream(): TextStream | null {
  return bridge() ? null : streamToWorker();
}

/**
 * Stores a snapshot: in the desktop app as a file in the app's data folder (written atomically by
 * the main process), in a browser in the separate `tierline-backups` database. `bytes`, its UTF-8
 * size, when the caller has already counted it; `stream`, the worker stream its text was already
 * sent down (snapshotTextStream).
 */
export async function writeSnapshot(
  snapshot: SnapshotToWrite,
  bytes: number = utf8ByteLength(snapshot.text),
  stream?: TextStream | null,
): Promise<SnapshotMeta> {
  const desktop = bridge();
  // The main process counts the bytes it writes itself.
  if (desktop) return desktop.writeSnapshot(snapshot);
  const meta = { takenAt: snapshot.takenAt, reason: snapshot.reason, counts: snapshot.counts, bytes };
  const seq =
    (await (stream ? stream.write(meta) : writeInWorker(meta, snapshot.text))) ??
    (await addSnapshotRows(snapshotDb(), meta, snapshot.text));
  return { id: String(seq), ...meta };
}

/** Every snapshot, newest first. Entries that fail the metadata check are counted, not shown. */
export async function listSnapshots(): Promise<SnapshotListing> {
  const desktop = bridge();
  if (desktop) return { snapshots: await desktop.listSnapshots(), damaged: 0 };
  const rows = await snapshotDb().snapshots.toArray();
  const snapshots: SnapshotMeta[] = [];
  let damaged = 0;
  for (const row of rows) {
    const { seq, ...rest } = row;
    const parsed = snapshotMetaSchema.safeParse({ id: String(seq), ...rest });
    if (parsed.success) snapshots.push(parsed.data);
    else damaged += 1;
  }
  // Newest first; of one millisecond, the later write first.
  snapshots.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || Number(b.id) - Number(a.id));
  return { snapshots, damaged };
}

/** The text of one snapshot, or `missing` when it is gone or its text is not text. */
export async function readSnapshot(id: string): Promise<SnapshotReading> {
  const desktop = bridge();
  if (desktop) return desktop.readSnapshot(id);
  const row = await snapshotDb().texts.get(Number(id));
  return row && typeof row.text === 'string' ? { status: 'read', text: row.text } : { status: 'missing' };
}

/** Deletes one snapshot (its list entry and its text together). */
export async function deleteSnapshot(id: string): Promise<void> {
  const desktop = bridge();
  if (desktop) return desktop.deleteSnapshot(id);
  const db = snapshotDb();
  await db.transaction('rw', [db.snapshots, db.texts], async () => {
    await db.snapshots.delete(Number(id));
    await db.texts.delete(Number(id));
  });
}
