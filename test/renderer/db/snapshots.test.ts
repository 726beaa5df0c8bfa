import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_LATEST } from '../../../shared/backup/rotation';
import { validateBackup } from '../../../shared/backup/validate';
import { createAnnouncement } from '../../../renderer/db/announcement-repo';
import { replaceWithBackup } from '../../../renderer/db/backup-repo';
import { importPlan, preparePlanImport } from '../../../renderer/db/import-repo';
import { saveSnapshotText, takeSnapshot } from '../../../renderer/db/snapshots';
import { snapshotDb } from '../../../renderer/platform/snapshot-db';
import { listSnapshots, listSnapshotsOver, readSnapshot } from '../../../renderer/platform/snapshot-store';
import { useBackupStatus } from '../../../renderer/stores/backup-status-store';
import { validatePlanFile } from '../../../shared/plan-file/validate';
import { announcementInput, freshPlan, snapshot } from './repo-helpers';
import { instantOf } from '../../../shared/zoned-time';

const counts = { announcements: 0, windows: 0, items: 0 };

async function restoreText(text: string): Promise<void> {
  const validation = validateBackup(JSON.parse(text));
  if (!validation.ok) throw new Error('the snapshot is not a valid backup');
  await replaceWithBackup(validation.backup, 'before-restore');
}

beforeEach(async () => {
  await freshPlan();
  await snapshotDb().transaction('rw', [snapshotDb().snapshots, snapshotDb().texts], async () => {
    await snapshotDb().snapshots.clear();
    await snapshotDb().texts.clear();
  });
  useBackupStatus.setState({ failure: null });
});

describe('snapshots in browser mode (the tierline-backups database)', () => {
  it('a snapshot restores the plan it was taken of, and the restore snapshots the plan first', async () => {
    await createAnnouncement(announcementInput({ title: 'Kept' }));
    const taken = await takeSnapshot('start');
    const then = await snapshot();
    expect(taken.counts.announcements).toBe(1);
    expect(taken.counts.items).toBe(then.checklistItems.length);

    await createAnnouncement(announcementInput({ title: 'Added later' }));
    const reading = await readSnapshot(taken.id);
    if (reading.status !== 'read') throw new Error('the snapshot is missing');
    await restoreText(reading.text);
    expect(await snapshot()).toEqual(then);
    const { snapshots } = await listSnapshots();
    expect(snapshots.map((meta) => [meta.reason, meta.counts.announcements])).toEqual([
      ['before-restore', 2],
      ['start', 1],
    ]);
  });

  it('a plan import is preceded by a before-import snapshot of the plan as it was', async () => {
    const plan = validatePlanFile({
      tierline: 1,
      timeZone: 'Europe/London',
      announcements: [{ id: 'a', title: 'Imported', tier: 'minor', launch: '2026-12-10' }],
    });
    if (!plan.ok) throw new Error('the plan file fixture is invalid');
    await importPlan(await preparePlanImport(plan.plan), 'skip');
    const [newest] = (await listSnapshots()).snapshots;
    expect(newest).toMatchObject({ reason: 'before-import', counts: { announcements: 0 } });
  });

  it('keeps only what the retention rule keeps', async () => {
    for (let index = 0; index < KEEP_LATEST + 3; index += 1) {
      await saveSnapshotText('hourly', '{}', counts, instantOf(new Date(Date.UTC(2026, 11, 2, 9, index))));
    }
    const { snapshots } = await listSnapshots();
    expect(snapshots).toHaveLength(KEEP_LATEST);
    expect(snapshots[0]?.takenAt).toBe('2026-12-02T09:12:00.000Z');
    expect(await snapshotDb().texts.count()).toBe(KEEP_LATEST);
  });

  it('counts every stored snapshot, a damaged entry too, so the rotation never skips one it should make', async () => {
    for (let index = 0; index < 3; index += 1) {
      await saveSnapshotText('hourly', '{}', counts, instantOf(new Date(Date.UTC(2026, 11, 2, 9, index))));
    }
    // An entry whose metadata fails the check: listed as damaged, counted all the same.
    await snapshotDb().snapshots.add({ takenAt: 'yesterday', reason: 'hourly', counts, bytes: 2 } as never);
    expect(await listSnapshotsOver(4)).toBeNull();
    const listing = await listSnapshotsOver(3);
    expect(listing).toEqual(await listSnapshots());
    expect(listing?.snapshots).toHaveLength(3);
    expect(listing?.damaged).toBe(1);
  });

  it('lists an entry the quick check cannot vouch for as the schema reads it, in its place by time', async () => {
    for (const minute of [0, 2]) {
      await saveSnapshotText('hourly', '{}', counts, instantOf(new Date(Date.UTC(2026, 11, 2, 9, minute))));
    }
    // Written by hand, without milliseconds: the schema takes it, the zod-free check leaves it to the schema.
    await snapshotDb().snapshots.add({
      takenAt: '2026-12-02T09:01:00Z',
      reason: 'start',
      counts,
      bytes: 2,
    } as never);
    await snapshotDb().snapshots.add({
      takenAt: '2026-12-02T09:03:00Z',
      reason: 'nightly',
      counts,
      bytes: 2,
    } as never);
    const { snapshots, damaged } = await listSnapshots();
    expect(snapshots.map((meta) => [meta.takenAt, meta.reason])).toEqual([
      ['2026-12-02T09:02:00.000Z', 'hourly'],
      ['2026-12-02T09:01:00Z', 'start'],
      ['2026-12-02T09:00:00.000Z', 'hourly'],
    ]);
    expect(damaged).toBe(1);
  });
  it('a failed snapshot does not stop the import, and leaves a message until dismissed', async () => {
    const plan = validatePlanFile({
      tierline: 1,
      timeZone: 'Europe/London',
      announcements: [{ id: 'b', title: 'Still imported', tier: 'minor', launch: '2026-12-10' }],
    });
    if (!plan.ok) throw new Error('the plan file fixture is invalid');
    // The failure is also logged for whoever looks at the console; here it is expected.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    snapshotDb().close();
    try {
      const imported = await importPlan(await preparePlanImport(plan.plan), 'skip');
      expect(imported.announcements).toBe(1);
    } finally {
      await snapshotDb().open();
    }
    expect(logged).toHaveBeenCalledWith('Tierline: snapshot failed', expect.anything());
    logged.mockRestore();
    expect(useBackupStatus.getState().failure).toMatchObject({ reason: 'before-import' });
    expect((await listSnapshots()).snapshots).toHaveLength(0);
  });
});
