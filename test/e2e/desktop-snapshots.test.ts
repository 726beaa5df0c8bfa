import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupSchema } from '../../shared/backup/schema';
import { IPC_CHANNELS } from '../../shared/ipc';
import type { AppSession } from './browser';
import { expectNewestSnapshot } from './pages/backups-dialog';
import { CalendarPage } from './pages/calendar-page';
import { openDesktopApp, type StandInBridge } from './stand-in-bridge';

/*
 * Issue 13, in the desktop app: the start snapshot's text goes to the main process a slice at a
 * time as it is made, instead of in one call at the end (a 4 MB copy in one task). The desktop
 * bridge is stood in: each call runs the app's real main-process handlers, with a temp data folder.
 */
describe('desktop app: the start snapshot reaches the data folder in pieces', () => {
  let app: AppSession;
  let bridge: StandInBridge;
  let desktop: Awaited<ReturnType<typeof openDesktopApp>> | undefined;
  beforeAll(async () => {
    desktop = await openDesktopApp();
    ({ app, bridge } = desktop);
  });
  afterAll(async () => {
    await desktop?.close();
  });

  it('writes the whole plan as a snapshot file, sent piece by piece, and lists it in Backups', async () => {
    const { page } = app;
    const calendar = new CalendarPage(page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Pieces of a snapshot', launchDate: '2026-12-08' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-08', 'Pieces of a snapshot');
    bridge.channels.length = 0;
    await calendar.reload();

    const backups = await expectNewestSnapshot(page, 'At start');
    const rows = await backups.rowTexts();
    expect(rows[0]).toMatch(/At start\s*1 announcement, 0 windows, \d+ items/);
    await backups.close();

    const calls = bridge.channels;
    expect(calls.filter((channel) => channel === IPC_CHANNELS.sendSnapshotPiece).length).toBeGreaterThan(0);
    expect(calls.filter((channel) => channel === IPC_CHANNELS.writeSnapshotPieces)).toHaveLength(1);
    // No whole-text write: the pieces all arrived.
    expect(calls).not.toContain(IPC_CHANNELS.writeSnapshot);
    // The pieces came before the write that joins them.
    expect(calls.lastIndexOf(IPC_CHANNELS.sendSnapshotPiece)).toBeLessThan(
      calls.indexOf(IPC_CHANNELS.writeSnapshotPieces),
    );

    // The newest file is a whole backup of the plan as the reload opened it.
    const folder = join(bridge.folder, 'backups');
    const newest = readdirSync(folder).sort().at(-1)!;
    const text = readFileSync(join(folder, newest), 'utf8');
    const { data } = backupSchema.parse(JSON.parse(text));
    expect(data.announcements.map((announcement) => announcement.title)).toEqual(['Pieces of a snapshot']);
    expect(data.checklistItems.length).toBeGreaterThan(0);
    expect(newest).toContain(`_start_1-0-${data.checklistItems.length}_`);
    expect(statSync(join(folder, newest)).size).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
