import { errorMessage } from '../../shared/error-message';
import { addSnapshotRows, SnapshotDb, type StoredSnapshotMeta } from './snapshot-db';

/**
 * What the page asks: a piece of snapshot `id`'s text (sent as it is made), then its write, with
 * the text whole or (none given) the pieces sent before it joined; or to forget the pieces of a
 * snapshot that will not be written.
 */
export type WriterRequest =
  | { kind: 'piece'; id: number; text: string }
  | { kind: 'write'; id: number; meta: Omit<StoredSnapshotMeta, 'seq'>; text?: string }
  | { kind: 'forget'; id: number };

/** What the worker answers: the snapshot's `seq`, or why it was not written. */
export type WriterReply = { id: number; ok: true; seq: number } | { id: number; ok: false; message: string };

// The worker's own connection to `tierline-backups`; the page keeps its own for listing and reading.
let db: SnapshotDb | null = null;
// The pieces of each snapshot whose text is still coming, in the order they came.
const pieces = new Map<number, string[]>();

// A dedicated worker's global scope, typed here as far as it is used (the renderer's lib is DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WriterRequest>) => void) | null;
  postMessage: (reply: WriterReply) => void;
};

scope.onmessage = (event) => {
  const request = event.data;
  const { id } = request;
  if (request.kind === 'piece') {
    const sent = pieces.get(id) ?? [];
    pieces.set(id, sent);
    sent.push(request.text);
    return;
  }
  const sent = pieces.get(id);
  pieces.delete(id);
  if (request.kind === 'forget') return;
  const text = request.text ?? sent?.join('');
  // No text and no pieces: an empty snapshot would look like safety and restore nothing.
  if (text === undefined) {
    scope.postMessage({ id, ok: false, message: 'the snapshot reached its writer without its text' });
    return;
  }
  db ??= new SnapshotDb();
  addSnapshotRows(db, request.meta, text).then(
    (seq) => scope.postMessage({ id, ok: true, seq }),
    (error: unknown) => scope.postMessage({ id, ok: false, message: errorMessage(error) }),
  );
};
