import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { RangeSet } from 'dexie';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TierlineDb } from '../../../renderer/db/db';
import { createLivePlan, type LivePlan } from '../../../renderer/db/live-plan';
import { mutatedRows } from '../../../renderer/db/mutated-keys';
import { PLAN_STORES, type StoredRows } from '../../../renderer/db/stored-rows';
import { makeAnnouncement, makeChecklistItem, makeSettings } from '../../builders';

// A database of its own, and a second connection to it: what another window holds.
const db = new TierlineDb('live-plan-test');
const otherWindow = new TierlineDb('live-plan-test');
beforeAll(async () => {
  await db.open();
  await otherWindow.open();
});
afterAll(() => {
  db.close();
  otherWindow.close();
});

async function fullRead(): Promise<StoredRows> {
  return {
    announcements: await db.announcements.toArray(),
    maintenanceWindows: await db.maintenanceWindows.toArray(),
    checklistItems: await db.checklistItems.toArray(),
    templateSets: await db.templateSets.toArray(),
    settings: await db.settings.get('settings'),
    people: await db.people.toArray(),
    windowOccurrences: await db.windowOccurrences.toArray(),
  };
}

/** A live plan that hands out the stored rows as they are, counting its reads of whole stores. */
function watch(): { plan: LivePlan<StoredRows>; stop: () => void } {
  const plan = createLivePlan(db, () => (rows) => rows);
  const stop = plan.subscribe(() => undefined);
  return { plan, stop };
}

async function agreesWithStorage(plan: LivePlan<StoredRows>): Promise<StoredRows> {
  await vi.waitFor(async () => expect(plan.state().value).toEqual(await fullRead()), { timeout: 2000 });
  return plan.state().value as StoredRows;
}

const launch = (n: number) =>
  makeAnnouncement({ id: `a-${String(n).padStart(3, '0')}`, title: `Launch ${n}` });
const item = (n: number, parent: number) =>
  makeChecklistItem({
    id: `i-${String(n).padStart(3, '0')}`,
    parentId: `a-${String(parent).padStart(3, '0')}`,
  });

beforeEach(async () => {
  await db.transaction('rw', [...PLAN_STORES], async () => {
    await Promise.all(PLAN_STORES.map((store) => db.table(store).clear()));
  });
  await db.settings.put(makeSettings());
  await db.announcements.bulkPut([launch(1), launch(2), launch(3)]);
  await db.checklistItems.bulkPut([item(1, 1), item(2, 1), item(3, 2)]);
});

describe('the live plan', () => {
  it('reads every store once, then a one-row write re-reads that row and keeps every other object', async () => {
    const { plan, stop } = watch();
    const before = await agreesWithStorage(plan);

    await db.announcements.update('a-002', { title: 'Renamed' });
    const after = await agreesWithStorage(plan);

    expect(after.announcements[1]).toMatchObject({ id: 'a-002', title: 'Renamed' });
    expect(after.announcements[0]).toBe(before.announcements[0]);
    expect(after.announcements[2]).toBe(before.announcements[2]);
    // Untouched stores keep their arrays, so the restore step skips them whole.
    expect(after.checklistItems).toBe(before.checklistItems);
    expect(after.people).toBe(before.people);
    stop();
  });

  it('puts new rows in key order and drops deleted ones, as a full read would', async () => {
    const { plan, stop } = watch();
    await agreesWithStorage(plan);

    await db.announcements.put(launch(0));
    await db.announcements.put(launch(9));
    await db.checklistItems.delete('i-002');
    const after = await agreesWithStorage(plan);

    expect(after.announcements.map((row) => (row as { id: string }).id)).toEqual([
      'a-000',
      'a-001',
      'a-002',
      'a-003',
      'a-009',
    ]);
    stop();
  });

  it("follows another window's writes, a clear and a bulk write of many rows", async () => {
    const { plan, stop } = watch();
    await agreesWithStorage(plan);

    await otherWindow.announcements.update('a-001', { title: 'From the other window' });
    await agreesWithStorage(plan);
    await db.checklistItems.clear();
    await agreesWithStorage(plan);
    await db.checklistItems.bulkPut(Array.from({ length: 60 }, (_, n) => item(n + 10, 3)));
    const after = await agreesWithStorage(plan);

    expect(after.checklistItems).toHaveLength(60);
    expect(after.announcements[0]).toMatchObject({ title: 'From the other window' });
    stop();
  });

  it('after any sequence of writes, from either window, holds exactly what storage holds', async () => {
    const write = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), n: fc.nat(8), other: fc.boolean(), title: fc.string() }),
      fc.record({ kind: fc.constant('delete' as const), n: fc.nat(8), other: fc.boolean() }),
      fc.record({ kind: fc.constant('item' as const), n: fc.nat(8), parent: fc.nat(3) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(write, { maxLength: 8 }), async (writes) => {
        const { plan, stop } = watch();
        await agreesWithStorage(plan);
        for (const step of writes) {
          if (step.kind === 'item') await db.checklistItems.put(item(step.n, step.parent));
          else {
            const target = step.other ? otherWindow : db;
            if (step.kind === 'put') await target.announcements.put({ ...launch(step.n), title: step.title });
            else await target.announcements.delete(launch(step.n).id);
          }
        }
        await agreesWithStorage(plan);
        stop();
      }),
      { numRuns: 15 },
    );
  });
});

describe('a plan closed for good', () => {
  it('keeps the last plan on screen, without a failure, once another window has upgraded it', async () => {
    const { plan, stop } = watch();
    const before = await agreesWithStorage(plan);
    // What open-plan.ts does when another window upgrades the database.
    db.close({ disableAutoOpen: true });
    try {
      // A write reported after the close (here another window's) asks for a read that can only fail.
      await otherWindow.announcements.update('a-001', { title: 'After the close' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(plan.state().failure).toBeUndefined();
      expect(plan.state().value).toBe(before);
    } finally {
      stop();
      await db.open();
    }
  });
});

describe('hostile input: what a storagemutated event may say', () => {
  const stores = [...PLAN_STORES];

  it('names the written keys of each store, from a tree cloned without its prototype', () => {
    const keys = new RangeSet().addKeys(['a-1', 'a-2']);
    const cloned = structuredClone({ ...keys });
    const changes = mutatedRows(
      { 'idb://tierline/announcements/': cloned, 'idb://tierline/announcements/launchDate': new RangeSet() },
      'tierline',
      stores,
    );
    expect(changes).toEqual(new Map([['announcements', new Set(['a-1', 'a-2'])]]));
  });

  it('reads a range, a number key, an index-only part or the "all" part as the whole store', () => {
    expect(
      mutatedRows({ 'idb://tierline/checklistItems/': new RangeSet(-Infinity, [[]]) }, 'tierline', stores),
    ).toEqual(new Map([['checklistItems', 'all']]));
    expect(mutatedRows({ 'idb://tierline/people/:dels': new RangeSet(7, 7) }, 'tierline', stores)).toEqual(
      new Map([['people', 'all']]),
    );
    expect(
      mutatedRows({ 'idb://tierline/announcements/status': new RangeSet('a', 'a') }, 'tierline', stores),
    ).toEqual(new Map([['announcements', 'all']]));
    expect(mutatedRows({ all: new RangeSet(-Infinity, [[]]) }, 'tierline', stores).size).toBe(stores.length);
  });

  it("ignores other databases' and other stores' parts", () => {
    expect(
      mutatedRows(
        {
          'idb://tierline-other/announcements/': new RangeSet('a', 'a'),
          'idb://tierline/syncState/': new RangeSet('u', 'u'),
        },
        'tierline',
        stores,
      ).size,
    ).toBe(0);
  });
});
