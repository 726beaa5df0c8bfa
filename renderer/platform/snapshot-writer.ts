import type { StoredSnapshotMeta } from './snapshot-db';
import type { WriterReply, WriterRequest } from './snapshot-write-worker';

type Pending = { resolve: (seq: number) => void; reject: (error: Error) => void };
type Writer = { worker: Worker; pending: Map<number, Pending>; next: number };

// The worker could not start: the write goes back to the page.
class WriterUnavailable extends Error {}

// Made on the first snapshot; `unavailable` once the worker could not start (then the page writes).
let writer: Writer | 'unavailable' | null = null;

function startWriter(): Writer | null {
  if (writer === 'unavailable') return null;
  if (writer) return writer;
  if (typeof Worker === 'undefined') {
    writer = 'unavailable';
    return null;
  }
  const worker = new Worker(new URL('./snapshot-write-worker.ts', import.meta.url), { type: 'module' });
  const started: Writer = { worker, pending: new Map(), next: 1 };
  worker.onmessage = (event: MessageEvent<WriterReply>) => {
    const reply = event.data;
    const waiting = started.pending.get(reply.id);
    if (!waiting) return;
    started.pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.seq);
    else waiting.reject(new Error(reply.message));
  };
  // The worker's script did not load or run: what it was given is written by the page instead.
  worker.onerror = (event) => {
    event.preventDefault();
    writer = 'unavailable';
    worker.terminate();
    for (const waiting of started.pending.values()) waiting.reject(new WriterUnavailable());
    started.pending.clear();
  };
  writer = started;
  return started;
}

/**
 * Asks the worker to write snapshot `request.id`; null when the worker stopped (before or during
 * the write): then the caller writes it itself.
 */
async function askToWrite(
  started: Writer,
  request: WriterRequest & { kind: 'write' },
): Promise<number | null> {
  if (writer !== started) return null;
  try {
    return await new Promise<number>((resolve, reject) => {
      started.pending.set(request.id, { resolve, reject });
      started.worker.postMessage(request);
    });
  } catch (error) {
    if (error instanceof WriterUnavailable) return null;
    throw error;
  }
}

/**
 * Writes a snapshot's rows from a worker, where the browser has one: IndexedDB copies a value on
 * the thread that puts it, and a 5 MB snapshot's copy held the window for 45–75 ms just after the
 * plan opened, as a planner's first drop came (issue 13). Handing the text to a worker is a copy
 * of about 15 ms for 2 MB (see streamToWorker for a text still being made). Null when there is no
 * worker to write it: the caller writes it itself. A worker that stops mid-write hands the write
 * back to the page, which may leave one snapshot twice: an extra copy, never a lost one.
 */
export function writeInWorker(meta: Omit<StoredSnapshotMeta, 'seq'>, text: string): Promise<number | null> {
  const started = startWriter();
  if (!started) return Promise.resolve(null);
  return askToWrite(started, { kind: 'write', id: started.next++, meta, text });
}

/** A snapshot's text handed to the worker a slice at a time, as it is made. */
export type TextStream = {
  /** Hands the worker the text's next piece. */
  send: (piece: string) => void;
  /** Writes the snapshot from the pieces sent; null when the worker stopped (the page writes it). */
  write: (meta: Omit<StoredSnapshotMeta, 'seq'>) => Promise<number | null>;
  /** The snapshot will not be written: the worker lets go of its pieces. */
  forget: () => void;
};

/**
 * A stream of a snapshot's text to the worker, or null when there is none. Handing over the whole
 * 4 MB text of a 10,000-item plan at the end was the one long task left after it opened (~100 ms,
 * issue 13); a slice's text is a copy of a millisecond or two, made in its own slice.
 */
export function streamToWorker(): TextStream | null {
  const started = startWriter();
  if (!started) return null;
  const id = started.next++;
  const post = (request: WriterRequest) => {
    if (writer === started) started.worker.postMessage(request);
  };
  return {
    send: (text) => post({ kind: 'piece', id, text }),
    write: (meta) => askToWrite(started, { kind: 'write', id, meta }),
    forget: () => post({ kind: 'forget', id }),
  };
}
