import type { SyncedRow, TeamCalendarAccount, Tombstone } from '../../shared/sync/app-state';
import { DEFAULT_PUBLISH_CHOICES, rowsFromState, stateFromRows } from '../../shared/sync/app-state';
import type { SyncState } from '../../shared/sync/types';
import { db } from './db';

// Rows come back from storage unchecked; a damaged one is dropped, which only means that item is
// published again (with If-None-Match, so an existing copy is adopted rather than duplicated).
function isSyncedRow(row: unknown): row is SyncedRow {
  const value = row as Partial<SyncedRow> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.uid === 'string' &&
    typeof value.href === 'string' &&
    (value.etag === null || typeof value.etag === 'string') &&
    typeof value.hash === 'string' &&
    typeof value.sequence === 'number' &&
    Number.isSafeInteger(value.sequence)
  );
}

/** The connected account's settings, or null when none is connected. */
export async function loadTeamCalendarAccount(): Promise<TeamCalendarAccount | null> {
  const row = await db.teamCalendar.get('account');
  if (!row || typeof row.serverUrl !== 'string' || typeof row.user !== 'string') return null;
  return { ...row, choices: { ...DEFAULT_PUBLISH_CHOICES, ...row.choices } };
}

/** The stored sync rows as they are, for a live query (useTeamCalendarSync); unchecked, like the table. */
export function loadSyncRows(): Promise<SyncedRow[]> {
  return db.syncState.toArray();
}

/** The last-synced state of every published item. */
export async function loadSyncState(): Promise<SyncState> {
  return stateFromRows((await db.syncState.toArray()).filter(isSyncedRow));
}

/**
 * A newly connected account. The old account's sync state is dropped with it: its hrefs and ETags
 * belong to another calendar, and trusting them would delete or skip the wrong objects.
 */
export async function connectAccount(serverUrl: string, user: string): Promise<void> {
  await db.transaction('rw', [db.teamCalendar, db.syncState, db.tombstones], async () => {
    const previous = await db.teamCalendar.get('account');
    await Promise.all([db.syncState.clear(), db.tombstones.clear()]);
    await db.teamCalendar.put({
      id: 'account',
      serverUrl,
      user,
      calendarUrl: null,
      calendarName: null,
      choices: previous?.choices ?? DEFAULT_PUBLISH_CHOICES,
      lastSyncAt: null,
    });
  });
}

/** Changes the account's settings (the chosen calendar, the publish choices). */
export async function updateAccount(
  patch: Partial<Omit<TeamCalendarAccount, 'id' | 'serverUrl' | 'user'>>,
): Promise<void> {
  await db.transaction('rw', [db.teamCalendar, db.syncState, db.tombstones], async () => {
    const account = await db.teamCalendar.get('account');
    if (!account) throw new Error('No team calendar is connected.');
    // Another calendar: what was published to the old one says nothing about the new one.
    if (patch.calendarUrl !== undefined && patch.calendarUrl !== account.calendarUrl)
      await Promise.all([db.syncState.clear(), db.tombstones.clear()]);
    await db.teamCalendar.put({ ...account, ...patch });
  });
}

/** Forgets the account on this computer: its settings, sync state and tombstones. */
export async function forgetAccount(): Promise<void> {
  await db.transaction('rw', [db.teamCalendar, db.syncState, db.tombstones], async () => {
    await Promise.all([db.teamCalendar.clear(), db.syncState.clear(), db.tombstones.clear()]);
  });
}

/**
 * Stores the state a sync reached, with a tombstone for each item whose delete was published or
 * that the team calendar changed after it was deleted here.
 */
export async function saveSyncOutcome(outcome: {
  state: SyncState;
  deleted: readonly string[];
  changedThere: readonly string[];
  at: string;
  finished: boolean;
}): Promise<void> {
  await db.transaction('rw', [db.teamCalendar, db.syncState, db.tombstones], async () => {
    const account = await db.teamCalendar.get('account');
    // Forgotten while the sync ran: its answer belongs to nobody now.
    if (!account) return;
    await db.syncState.clear();
    await db.syncState.bulkPut(rowsFromState(outcome.state));
    const tombstones: Tombstone[] = [
      ...outcome.deleted.map((uid) => ({ uid, deletedAt: outcome.at, outcome: 'deleted' as const })),
      ...outcome.changedThere.map((uid) => ({
        uid,
        deletedAt: outcome.at,
        outcome: 'changed-there' as const,
      })),
    ];
    if (tombstones.length > 0) await db.tombstones.bulkPut(tombstones);
    if (outcome.finished) await db.teamCalendar.put({ ...account, lastSyncAt: outcome.at });
  });
}

/** Marks items to be published over the team calendar's copy at the next sync (a move Tierline could not take). */
export async function republish(uids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    for (const uid of uids) {
      const row = await db.syncState.get(uid);
      if (row && isSyncedRow(row) && !row.hash.startsWith('changed:'))
        await db.syncState.put({ ...row, hash: `changed:${row.hash}` });
    }
  });
}
