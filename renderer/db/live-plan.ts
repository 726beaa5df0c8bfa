import Dexie, { type ObservabilitySet } from 'dexie';
import type { TierlineDb } from './db';
import { onWriteIssued, type IssuedWrite } from './change-listeners';
import { mutatedRows, type MutatedRows } from './mutated-keys';
import type { ProvisionalRows } from './provisional-rows';
import { PLAN_STORES, readStoredRows, type StoredRows } from './stored-rows';

/** What readers of a live plan see: nothing yet, the plan, or why the last read failed. */
export type LiveState<T> = { value: T | undefined; failure: Error | undefined };

/** A plan kept in memory and patched after each write, for `useSyncExternalStore`. */
export type LivePlan<T> = {
  subscribe: (listener: () => void) => () => void;
  state: () => LiveState<T>;
  /**
   * The stored rows as the last read found them, read in one transaction and patched by the reads
   * after each write; undefined before the first read and while nobody listens.
   */
  storedRows: () => StoredRows | undefined;
};

/** Turns the stored rows into what readers get; made afresh (with fresh memos) at each start. */
export type Derive<T> = (rows: StoredRows) => T | Promise<T>;

const EMPTY: LiveState<never> = { value: undefined, failure: undefined };

function merge(into: MutatedRows, next: MutatedRows): void {
  for (const [store, change] of next) {
    const had = into.get(store);
    if (had === 'all' || change === 'all') into.set(store, 'all');
    else into.set(store, had ? new Set([...had, ...change]) : change);
  }
}

/**
 * The plan, live, read once and then kept up to date by reading only the rows each write changed
 * (issue 13: re-reading every row of every store after each drop cost ~60 ms at 10,000 items).
 * Dexie reports every committed write's keys in `storagemutated`, this window's at commit and other
 * windows' and tabs' through a BroadcastChannel, which is what its live queries re-run on too. A
 * write it can not narrow to keys (a clear, an import, a restore of a backup, 50 rows or more at
 * once) re-reads its stores whole. Reads run one at a time, each started after the writes it
 * answers, so the last one always reflects every write reported. Listens only while subscribed.
 * This window's own writes show before that, as soon as they are issued (provisional-rows.ts), so
 * the views draw a drop while IndexedDB commits it (issue 13); a refused one is taken back.
 */
export function createLivePlan<T>(db: TierlineDb, makeDerive: () => Derive<T>): LivePlan<T> {
  const listeners = new Set<() => void>();
  let state: LiveState<T> = EMPTY;
  let rows: StoredRows | undefined;
  let derive: Derive<T> = makeDerive();
  let pending: MutatedRows = new Map();
  // This window's writes under way, shown before they commit (made with the first write, whose
  // module brings the code); `redraw` when they changed since.
  let provisional: ProvisionalRows | undefined;
  let redraw = false;
  // What readers' plan was last derived from: a read that changes none of it is not handed on.
  let derivedFrom: StoredRows | undefined;
  let reading = false;
  // Bumped on stop, so a read that outlives its subscribers is not kept.
  let generation = 0;

  let stopIssued = () => {};
  const emit = () => listeners.forEach((listener) => listener());
  const onMutated = (parts: ObservabilitySet) => {
    const changes = mutatedRows(parts, db.name, PLAN_STORES);
    if (changes.size === 0) return;
    merge(pending, changes);
    void pump();
  };
  const onIssued = (write: IssuedWrite) => {
    // Before the first read there is no plan to show it on: the first read will find it.
    if (write.dbName !== db.name || !rows) return undefined;
    provisional ??= new write.Provisional(() => {
      redraw = true;
      void pump();
    });
    return provisional.add(write.rows);
  };

  async function pump(): Promise<void> {
    if (reading) return;
    reading = true;
    try {
      while (listeners.size > 0 && (pending.size > 0 || !rows || redraw)) {
        const changes = pending;
        pending = new Map();
        redraw = false;
        const started = generation;
        const readFinished = provisional?.reading(changes);
        let next: LiveState<T>;
        let read: StoredRows | undefined;
        let shown: StoredRows | null | undefined;
        try {
          read = await readStoredRows(db, rows, changes);
          shown = read;
          if (readFinished) [read, shown] = readFinished(read, derivedFrom);
          if (!shown) {
            // The read found what was already shown (a write seen before its commit): nothing to hand on.
            if (started === generation) rows = read;
            continue;
          }
          next = { value: await derive(shown), failure: undefined };
        } catch (failure) {
          // Closed for good (another window upgraded the plan, open-plan.ts): the last plan stays on
          // screen under the banner that says so, instead of an error taking the window over. A
          // read that raced the close (one a write's commit asked for) is simply not made.
          if (!db.isOpen()) {
            pending = new Map();
            break;
          }
          // Readers see the error (an error boundary shows it); the next write re-reads everything.
          read = undefined;
          shown = undefined;
          next = {
            value: state.value,
            failure:
              failure instanceof Error
                ? failure
                : new Error('The plan could not be read.', { cause: failure }),
          };
        }
        if (started !== generation) continue;
        rows = read;
        derivedFrom = shown ?? undefined;
        state = next;
        emit();
        if (!read) break;
      }
    } finally {
      reading = false;
    }
  }

  function start(): void {
    Dexie.on('storagemutated', onMutated);
    stopIssued = onWriteIssued(onIssued);
    void pump();
  }

  function stop(): void {
    Dexie.on.storagemutated.unsubscribe(onMutated);
    stopIssued();
    provisional = undefined;
    derivedFrom = undefined;
    redraw = false;
    generation++;
    rows = undefined;
    pending = new Map();
    state = EMPTY;
    derive = makeDerive();
  }

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      if (listeners.size === 1) start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    state: () => state,
    storedRows: () => rows,
  };
}
