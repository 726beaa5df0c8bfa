import { errorMessage } from '../../shared/error-message';
import { addSnapshotRows, SnapshotDb, type StoredSnapshotMeta } from './snapshot-db';

/** What the page asks: write this snapshot. */
export type WriterRequest = { id: number; meta: Omit<StoredSnapshotMeta, 'seq'>; text: string };

/** What the worker answers: the snapshot's `seq`, or why it was not written. */
export type WriterReply = { id: number; ok: true; seq: number } | { id: number; ok: false; message: string };

// The worker's own connection to `tierline-backups`; the page keeps its own for listing and reading.
let db: SnapshotDb | null = null;

// A dedicated worker's global scope, typed here as far as it is used (the renderer's lib is DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WriterRequest>) => void) | null;
  postMessage: (reply: WriterReply) => void;
};

scope.onmessage = (event) => {
  const { id, meta, text } = event.data;
  db ??= new SnapshotDb();
  addSnapshotRows(db, meta, text).then(
    (seq) => scope.postMessage({ id, ok: true, seq }),
    (error: unknown) => scope.postMessage({ id, ok: false, message: errorMessage(error) }),
  );
};
