import 'fake-indexeddb/auto';
import fc from 'fast-check';
import Dexie, { type Transaction } from 'dexie';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runChange } from '../../../renderer/db/change';
import { onWriteIssued } from '../../../renderer/db/change-listeners';
import { db, TierlineDb } from '../../../renderer/db/db';
import { createLivePlan, type LivePlan } from '../../../renderer/db/live-plan';
import { PLAN_STORES, type StoredRows } from '../../../renderer/db/stored-rows';
import type { Announcement } from '../../../shared/types';
import { makeAnnouncement, makeSettings } from '../../builders';

// The app's own database (runChange writes to it), and a second connection: another window.
const otherWindow = new TierlineDb(db.name);
beforeAll(async () => {
  await db.open();
  await otherWindow.open();
});
afterAll(() => otherWindow.close());

const launch = (n: number, title = `Launch ${n}`) =>
  makeAnnouncement({ id: `a-${String(n).padStart(3, '0')}`, title });

beforeEach(async () => {
  await db.transaction('rw', [...PLAN_STORES], async () => {
    await Promise.all(PLAN_STORES.map((store) => db.table(store).clear()));
  });
  await db.settings.put(makeSettings());
  await db.announcements.bulkPut([launch(1), launch(2), launch(3)]);
});

/** A live plan of the stored rows as they are, and every plan it handed to its readers. */
function watch(): { plan: LivePlan<StoredRows>; seen: StoredRows[]; stop: () => void } {
  const plan = createLivePlan(db, () => (rows) => rows);
  const seen: StoredRows[] = [];
  const stop = plan.subscribe(() => {
    const value = plan.state().value;
    if (value) seen.push(value);
  });
  return { plan, seen, stop };
}

async function stored(): Promise<Announcement[]> {
  return otherWindow.announcements.toArray();
}

async function agreesWithStorage(plan: LivePlan<StoredRows>): Promise<StoredRows> {
  await vi.waitFor(async () => expect(plan.state().value?.announcements).toEqual(await stored()), {
    timeout: 2000,
  });
  return plan.state().value as StoredRows;
}

const titleOf = (rows: StoredRows, id: string) =>
  (rows.announcements as Announcement[]).find((row) => row.id === id)?.title;

/** Renames a launch through runChange, as every planner action writes; `during` sees its transaction. */
function rename(n: number, title: string, during?: (transaction: Transaction) => void) {
  return runChange('Rename', async () => {
    const row = await db.announcements.get(launch(n).id);
    if (!row) throw new Error('fixture missing');
    during?.(Dexie.currentTransaction);
    return { announcements: { put: [{ ...row, title }] } };
  });
}

describe("the live plan shows this window's writes while IndexedDB commits them", () => {
  it('shows a write before its commit, and hands on nothing more once it has landed', async () => {
    const { plan, seen, stop } = watch();
    await agreesWithStorage(plan);
    const before = seen.length;
    let committed = false;
    let committedWhenShown: boolean | undefined;
    const unsubscribe = plan.subscribe(() => {
      const value = plan.state().value;
      if (value && titleOf(value, 'a-002') === 'Renamed') committedWhenShown ??= committed;
    });

    await rename(2, 'Renamed', (transaction) => transaction.on('complete', () => (committed = true)));
    const after = await agreesWithStorage(plan);
    // Give a late re-read every chance to hand on a second plan.
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(committedWhenShown).toBe(false);
    expect(seen.length - before).toBe(1);
    // The plan shown before the commit is the plan after it: the very same objects.
    expect(plan.state().value).toBe(seen[seen.length - 1]);
    expect(after.announcements[0]).toBe(seen[before - 1]?.announcements[0]);
    unsubscribe();
    stop();
  });

  it('reads a landed write back once: the read its commit starts also retires the rows shown early', async () => {
    const { plan, seen, stop } = watch();
    await agreesWithStorage(plan);
    const before = seen.length;
    const transactions = vi.spyOn(db, 'transaction');

    await rename(3, 'Read once');
    await agreesWithStorage(plan);
    await new Promise((resolve) => setTimeout(resolve, 50));

    // The live plan's reads are transactions of their own ('r!', stored-rows.ts).
    const reads = transactions.mock.calls.filter(([mode]) => mode === 'r!');
    expect(reads).toHaveLength(1);
    expect(seen.length - before).toBe(1);
    transactions.mockRestore();
    stop();
  });

  it('takes back a write that is refused after it was shown, leaving what storage holds', async () => {
    const { plan, seen, stop } = watch();
    await agreesWithStorage(plan);
    let transaction: Transaction | undefined;
    // The commit fails the moment the renamed launch is on screen, as a full disk would fail it.
    const unsubscribe = plan.subscribe(() => {
      const value = plan.state().value;
      if (value && titleOf(value, 'a-002') === 'Refused') transaction?.abort();
    });

    await expect(rename(2, 'Refused', (during) => (transaction = during))).rejects.toThrow();
    const after = await agreesWithStorage(plan);

    expect(seen.some((rows) => titleOf(rows, 'a-002') === 'Refused')).toBe(true);
    expect(titleOf(after, 'a-002')).toBe('Launch 2');
    expect((await stored()).find((row) => row.id === 'a-002')?.title).toBe('Launch 2');
    unsubscribe();
    stop();
  });

  it('shows a large write (an import) only once it has landed', async () => {
    const { plan, stop } = watch();
    await agreesWithStorage(plan);
    let committed = false;
    let shownEarly = false;
    const unsubscribe = plan.subscribe(() => {
      if ((plan.state().value?.announcements.length ?? 0) > 3 && !committed) shownEarly = true;
    });

    await runChange('Import', () => {
      Dexie.currentTransaction.on('complete', () => (committed = true));
      return Promise.resolve({
        announcements: { put: Array.from({ length: 60 }, (_, n) => launch(n + 10)) },
      });
    });
    const after = await agreesWithStorage(plan);

    expect(after.announcements).toHaveLength(63);
    expect(shownEarly).toBe(false);
    unsubscribe();
    stop();
  });

  it('after any mix of writes landing, refused and overlapping, from either window, holds what storage holds', async () => {
    const step = fc.record({
      n: fc.nat(5),
      title: fc.string({ maxLength: 8 }),
      from: fc.constantFrom('this window', 'refused', 'other window', 'delete'),
      overlap: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 8 }), async (steps) => {
        await db.announcements.clear();
        await db.announcements.bulkPut([launch(1), launch(2), launch(3)]);
        const { plan, stop } = watch();
        await agreesWithStorage(plan);
        let refusing: Transaction | undefined;
        const stopRefusing = onWriteIssued(() => {
          // Refused as soon as it is issued, while the plan may already show it.
          refusing?.abort();
          refusing = undefined;
          return undefined;
        });
        const running: Promise<unknown>[] = [];
        for (const { n, title, from, overlap } of steps) {
          const write =
            from === 'other window'
              ? otherWindow.announcements.put(launch(n, title))
              : from === 'delete'
                ? runChange('Delete', () => Promise.resolve({ announcements: { delete: [launch(n).id] } }))
                : runChange('Put', () => {
                    if (from === 'refused') refusing = Dexie.currentTransaction;
                    return Promise.resolve({ announcements: { put: [launch(n, title)] } });
                  });
          const settled = write.catch(() => undefined);
          if (overlap) running.push(settled);
          else await settled;
        }
        await Promise.all(running);
        await agreesWithStorage(plan);
        stopRefusing();
        stop();
      }),
      { numRuns: 25 },
    );
  });
});
