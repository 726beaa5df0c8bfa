import type { SnapshotCounts, SnapshotMeta, SnapshotReason } from '../../shared/backup/snapshot';
import { isCertainSnapshotMeta } from '../../shared/backup/snapshot-meta-guard';
import type { DesktopApi } from '../../shared/ipc';
import { addSnapshotRows, snapshotDb } from './snapshot-db';
import { streamToWorker, writeInWorker } from './snapshot-writer';
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

/** A snapshot's text handed, a piece at a time as it is made, to whatever will write it. */
export type SnapshotStream = {
  /** Hands over the text's next piece. */
  send: (piece: string) => void;
  /** Stores the snapshot from the pieces sent; null when they did not all arrive (then the caller writes the text whole). */
  write: (meta: SnapshotMetaToWrite) => Promise<SnapshotMeta | null>;
  /** The snapshot will not be written: the pieces are let go of. */
  forget: () => void;
};

type SnapshotMetaToWrite = Omit<SnapshotMeta, 'id'>;

/**
 * Where a snapshot's text can go a slice at a time while it is being made: the main process in
 * the desktop app, the snapshot worker in a browser. Null with neither (no worker).
 */
export function snapshotTextStream(): SnapshotStream | null {
  const desktop = bridge();
  if (desktop) return streamToMainProcess(desktop);
  const worker = streamToWorker();
  if (!worker) return null;
  return {
    send: worker.send,
    forget: worker.forget,
    write: async (meta) => {
      const seq = await worker.write(meta);
      return seq === null ? null : { id: String(seq), ...meta };
    },
  };
}

/**
 * A snapshot's text sent to the main process a piece at a time. Handing the whole 4 MB text of a
 * 10,000-item plan over in one call copies it in one task, as the browser's hand-over to its
 * worker did (~100 ms, issue 13); a piece is a slice's text, copied in that slice. The main
 * process writes only a text whose every piece arrived (the count and length say so).
 */
function streamToMainProcess(desktop: DesktopApi): SnapshotStream {
  const stream = crypto.randomUUID();
  let pieces = 0;
  let length = 0;
  return {
    send: (piece) => {
      pieces += 1;
      length += piece.length;
      // A refused piece shows at the write: the main process finds the stream short and says so.
      desktop.sendSnapshotPiece(stream, piece).catch(() => undefined);
    },
    write: async ({ reason, takenAt, counts }) => {
      if (pieces === 0) return null;
      const result = await desktop.writeSnapshotPieces({ stream, reason, takenAt, counts, pieces, length });
      return result.status === 'written' ? result.snapshot : null;
    },
    forget: () => void desktop.forgetSnapshotPieces(stream).catch(() => undefined),
  };
}

/**
 * Stores a snapshot: in the desktop app as a file in the app's data folder (written atomically by
 * the main process), in a browser in the separate `tierline-backups` database. `bytes`, its UTF-8
 * size, when the caller has already counted it; `stream`, the stream its text was already sent
 * down as it was made (snapshotTextStream). A stream whose pieces did not all arrive, or whose
 * worker stopped, leaves the write to the whole text.
 */
export async function writeSnapshot(
  snapshot: SnapshotToWrite,
  bytes: number = utf8ByteLength(snapshot.text),
  stream?: SnapshotStream | null,
): Promise<SnapshotMeta> {
  const meta = { takenAt: snapshot.takenAt, reason: snapshot.reason, counts: snapshot.counts, bytes };
  const streamed = stream ? await stream.write(meta) : null;
  if (streamed) return streamed;
  const desktop = bridge();
  // The main process counts the bytes it writes itself.
  if (desktop) return desktop.writeSnapshot(snapshot);
  const seq =
    (await writeInWorker(meta, snapshot.text)) ?? (await addSnapshotRows(snapshotDb(), meta, snapshot.text));
  return { id: String(seq), ...meta };
}

/**
 * The stored entries that pass the metadata check, and how many did not. The app's own entries
 * pass a check without zod; only one it cannot vouch for loads the schema (issue 13).
 */
async function checkedEntries(entries: unknown[]): Promise<SnapshotListing> {
  const snapshots: SnapshotMeta[] = [];
  const doubtful: unknown[] = [];
  for (const entry of entries) {
    if (isCertainSnapshotMeta(entry)) snapshots.push(entry);
    else doubtful.push(entry);
  }
  let damaged = 0;
  if (doubtful.length > 0) {
    const { snapshotMetaSchema } = await import('../../shared/backup/snapshot-schema');
    for (const entry of doubtful) {
      const parsed = snapshotMetaSchema.safeParse(entry);
      if (parsed.success) snapshots.push(parsed.data);
      else damaged += 1;
    }
  }
  return { snapshots, damaged };
}

/** Every snapshot, newest first. Entries that fail the metadata check are counted, not shown. */
export async function listSnapshots(): Promise<SnapshotListing> {
  const desktop = bridge();
  if (desktop) return { snapshots: await desktop.listSnapshots(), damaged: 0 };
  const rows = await snapshotDb().snapshots.toArray();
  const { snapshots, damaged } = await checkedEntries(
    rows.map(({ seq, ...rest }) => ({ id: String(seq), ...rest })),
  );
  // Newest first; of one millisecond, the later write first.
  snapshots.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || Number(b.id) - Number(a.id));
  return { snapshots, damaged };
}

/**
 * Every snapshot, as listSnapshots has them, when more than `count` are stored (damaged entries
 * included); null otherwise. In the browser they are counted first: with no more than the rotation
 * always keeps, no entry is read or checked (issue 13: the start snapshot's last step, where a
 * planner may already be dragging). The main process lists them once either way.
 */
export async function listSnapshotsOver(count: number): Promise<SnapshotListing | null> {
  const desktop = bridge();
  if (desktop) {
    const snapshots = await desktop.listSnapshots();
    return snapshots.length > count ? { snapshots, damaged: 0 } : null;
  }
  if ((await snapshotDb().snapshots.count()) <= count) return null;
  return listSnapshots();
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
