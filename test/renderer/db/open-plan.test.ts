import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TierlineDb } from '../../../renderer/db/db';
import { openPlan, type OpenListeners } from '../../../renderer/db/open-plan';
import { readAllStores } from '../../../renderer/db/raw-database';
import { makeAnnouncement, makeChecklistItem } from '../../builders';

/** Tomorrow's Tierline: the schema's next version (5), with an upgrade step of the caller's choosing. */
class NextTierlineDb extends TierlineDb {
  constructor(name: string, upgrade: () => void) {
    super(name);
    this.version(5)
      .stores({ people: 'id' })
      .upgrade(() => upgrade());
  }
}

function listeners(log: string[] = []): OpenListeners & { snapshots: Record<string, unknown[]>[] } {
  const snapshots: Record<string, unknown[]>[] = [];
  return {
    snapshots,
    onBlocked: () => log.push('blocked'),
    onChangedElsewhere: () => log.push('changed elsewhere'),
    beforeUpgrade: (stores) => {
      snapshots.push(stores);
      return Promise.resolve();
    },
  };
}

let counter = 0;
const opened: TierlineDb[] = [];
async function planAtVersionOne(): Promise<string> {
  const name = `plan-${++counter}`;
  const v1 = new TierlineDb(name);
  await v1.announcements.put(makeAnnouncement({ id: 'a-1', title: 'Kept through everything' }));
  await v1.checklistItems.put(makeChecklistItem({ id: 'i-1', parentId: 'a-1' }));
  v1.close();
  return name;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('opening the plan database', () => {
  it('opens a plan of its own version without an upgrade or a snapshot', async () => {
    const name = await planAtVersionOne();
    const events = listeners();
    const db = new TierlineDb(name);
    opened.push(db);
    expect(await openPlan(events, db)).toEqual({ kind: 'ready', upgradedFrom: null });
    expect(events.snapshots).toEqual([]);
    expect(await db.announcements.count()).toBe(1);
  });

  it('hands every old row over for a snapshot before it upgrades, then upgrades', async () => {
    const name = await planAtVersionOne();
    const events = listeners();
    const next = new NextTierlineDb(name, () => undefined);
    opened.push(next);
    expect(await openPlan(events, next)).toEqual({ kind: 'ready', upgradedFrom: 4 });
    expect(events.snapshots).toHaveLength(1);
    expect(events.snapshots[0]?.announcements).toEqual([expect.objectContaining({ id: 'a-1' })]);
    expect(events.snapshots[0]?.checklistItems).toEqual([expect.objectContaining({ id: 'i-1' })]);
  });

  it('hostile input: an upgrade that throws is reported, and the old database is exactly as it was', async () => {
    const name = await planAtVersionOne();
    const before = await readAllStores(name);
    const next = new NextTierlineDb(name, () => {
      throw new Error('the people step failed');
    });
    opened.push(next);
    const outcome = await openPlan(listeners(), next);
    expect(outcome).toMatchObject({ kind: 'upgrade-failed', fromVersion: 4, toVersion: 5 });
    expect(outcome.kind === 'upgrade-failed' && outcome.message).toMatch(/the people step failed/);
    expect(await readAllStores(name)).toEqual(before);
    expect(before.version).toBe(40);
  });

  it('hostile input: refuses a database a newer Tierline wrote, without opening or changing it', async () => {
    const name = await planAtVersionOne();
    const newer = new NextTierlineDb(name, () => undefined);
    await newer.open();
    newer.close();
    const before = await readAllStores(name);
    const older = new TierlineDb(name);
    opened.push(older);
    expect(await openPlan(listeners(), older)).toEqual({
      kind: 'newer',
      storedVersion: 5,
      supportedVersion: 4,
    });
    expect(older.isOpen()).toBe(false);
    expect(await readAllStores(name)).toEqual(before);
  });

  it('closes for good when another connection upgrades the database, and says so', async () => {
    const name = await planAtVersionOne();
    const log: string[] = [];
    const current = new TierlineDb(name);
    opened.push(current);
    await openPlan(listeners(log), current);
    const next = new NextTierlineDb(name, () => undefined);
    opened.push(next);
    await next.open();
    expect(log).toEqual(['changed elsewhere']);
    expect(current.isOpen()).toBe(false);
    // No quiet reopen at the newer version: writing now fails instead of landing unmigrated.
    await expect(current.announcements.put(makeAnnouncement({ id: 'a-2' }))).rejects.toThrow(/closed/i);
    expect(await next.announcements.count()).toBe(1);
  });
});
