import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupText, readBackup, replaceWithBackup } from '../../../renderer/db/backup-repo';
import { db } from '../../../renderer/db/db';
import { rawBackupText } from '../../../renderer/db/raw-backup';
import { readAllStores } from '../../../renderer/db/raw-database';
import {
  connectAccount,
  forgetAccount,
  loadSyncState,
  loadTeamCalendarAccount,
  republish,
  saveSyncOutcome,
  updateAccount,
} from '../../../renderer/db/team-calendar-repo';
import { createAnnouncement } from '../../../renderer/db/announcement-repo';
import { announcementInput, freshPlan } from './repo-helpers';
import { utcInstant } from '../../dates';

const AT = utcInstant('2026-12-02T10:00:00.000Z');
const STATE = {
  'a@tierline': { href: '/cal/tierline/a.ics', etag: '"e1"', hash: 'h1', sequence: 2 },
  'b@tierline': { href: '/cal/tierline/b.ics', etag: null, hash: 'h2', sequence: 0 },
};

async function syncedPlan(): Promise<void> {
  await connectAccount('https://dav.example/', 'ana');
  await updateAccount({ calendarUrl: 'https://dav.example/cal/tierline/', calendarName: 'Tierline' });
  await saveSyncOutcome({
    state: STATE,
    deleted: ['gone@tierline'],
    changedThere: [],
    at: AT,
    finished: true,
  });
}

describe('team calendar repo', () => {
  beforeEach(freshPlan);

  it('keeps the state a sync reached, a tombstone per published delete, and the sync time', async () => {
    await syncedPlan();
    expect(await loadSyncState()).toEqual(STATE);
    expect(await db.tombstones.toArray()).toEqual([
      { uid: 'gone@tierline', deletedAt: AT, outcome: 'deleted' },
    ]);
    expect((await loadTeamCalendarAccount())?.lastSyncAt).toBe(AT);
  });

  it('forgets the old calendar’s state when another calendar or account is chosen', async () => {
    await syncedPlan();
    await updateAccount({ calendarUrl: 'https://dav.example/cal/other/' });
    expect(await loadSyncState()).toEqual({});
    await saveSyncOutcome({ state: STATE, deleted: [], changedThere: [], at: AT, finished: true });
    await connectAccount('https://other.example/', 'bo');
    expect(await loadSyncState()).toEqual({});
    expect(await loadTeamCalendarAccount()).toMatchObject({
      serverUrl: 'https://other.example/',
      calendarUrl: null,
    });
  });

  it('drops a sync’s answer that lands after the account was forgotten', async () => {
    await syncedPlan();
    await forgetAccount();
    await saveSyncOutcome({ state: STATE, deleted: [], changedThere: [], at: AT, finished: true });
    expect(await loadSyncState()).toEqual({});
    expect(await loadTeamCalendarAccount()).toBeNull();
  });

  it('marks an item to be published again without losing its href and ETag', async () => {
    await syncedPlan();
    await republish(['a@tierline', 'unknown@tierline']);
    await republish(['a@tierline']);
    expect((await loadSyncState())['a@tierline']).toEqual({ ...STATE['a@tierline'], hash: 'changed:h1' });
  });

  it('reads past a damaged row instead of failing the sync', async () => {
    await syncedPlan();
    await db.syncState.put({ uid: 'c@tierline', href: 7 } as never);
    expect(await loadSyncState()).toEqual(STATE);
  });
});

describe('sync state stays out of backups', () => {
  beforeEach(freshPlan);

  it('a backup has the plan but no account, href, ETag or tombstone, and restores with the sync state in place', async () => {
    await createAnnouncement(announcementInput({ title: 'Session replay' }));
    await syncedPlan();
    const text = backupText(await readBackup(AT));
    expect(text).toContain('Session replay');
    for (const secret of ['dav.example', '/cal/tierline/a.ics', '"e1"', 'gone@tierline', 'syncState'])
      expect(text).not.toContain(secret);
    await replaceWithBackup(await readBackup(AT));
    expect(await db.announcements.count()).toBe(1);
  });

  it('the raw backup (for a plan the app cannot open) leaves the team-calendar stores out too', async () => {
    await syncedPlan();
    const { version, stores } = await readAllStores(db.name);
    expect(stores.syncState).toHaveLength(2);
    const text = rawBackupText(stores, version / 10, AT);
    for (const secret of ['dav.example', '/cal/tierline/a.ics', 'teamCalendar', 'tombstones'])
      expect(text).not.toContain(secret);
    expect(text).toContain('"announcements"');
  });
});
