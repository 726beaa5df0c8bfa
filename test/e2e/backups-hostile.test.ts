import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { BackupsDialog } from './pages/backups-dialog';
import { CalendarPage } from './pages/calendar-page';
import {
  expectPlanUnchanged,
  readPlanSnapshot,
  writeRawRows,
  type PlanSnapshot,
} from './pages/plan-snapshot';

describe('hostile input: damaged snapshots', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  let goodBackup: { format: string; data: { announcements: Record<string, unknown>[] } } & Record<
    string,
    unknown
  >;
  let seq = 9000;

  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Session replay for mobile', launchDate: '2026-12-08' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-08', 'Session replay for mobile');
    // A real backup to damage: the start snapshot after a reload, read straight from its database.
    await calendar.reload();
    const backups = await BackupsDialog.open(app.page);
    await backups.row('1 announcement').waitFor();
    await backups.close();
    const stored = (await readPlanSnapshot(app.page, 'tierline-backups')).texts as {
      seq: number;
      text: string;
    }[];
    const text = stored.reduce((a, b) => (a.seq > b.seq ? a : b)).text;
    goodBackup = JSON.parse(text) as typeof goodBackup;
    goodBackup.data.announcements.push({ ...goodBackup.data.announcements[0], id: 'extra' });
  });
  afterAll(async () => {
    await app.close();
  });

  /**
   * Writes one snapshot straight into `tierline-backups`, bypassing the app, dated on its own
   * hour of 1 December so its row is easy to find ("Tue 1 Dec 0H:00"); then tries to restore it.
   */
  async function tryRestore(text: unknown, meta: Record<string, unknown> = {}): Promise<BackupsDialog> {
    const { page } = app;
    seq += 1;
    const hour = String(seq - 9000).padStart(2, '0');
    await writeRawRows(
      page,
      'snapshots',
      [
        {
          seq,
          takenAt: `2026-12-01T${hour}:00:00.000Z`,
          reason: 'hourly',
          counts: { announcements: 2, windows: 0, items: 3 },
          bytes: 100,
          ...meta,
        },
      ],
      'tierline-backups',
    );
    if (text !== undefined) await writeRawRows(page, 'texts', [{ seq, text }], 'tierline-backups');
    const backups = await BackupsDialog.open(page);
    await backups.restore(`Tue 1 Dec ${hour}:00`);
    return backups;
  }

  /** The plan did not change and the app still works: a new announcement can be started. */
  async function expectNothingChanged(backups: BackupsDialog, before: PlanSnapshot): Promise<void> {
    await backups.close();
    await expectPlanUnchanged(app.page, before);
    const dialog = await calendar.newAnnouncement();
    await dialog.cancel();
  }

  it('refuses a snapshot whose text is not JSON', async () => {
    const before = await readPlanSnapshot(app.page);
    const backups = await tryRestore('{"format": "tierline-backup", "data": [tru');
    await backups
      .alert()
      .getByText(/is damaged\. The file is not valid JSON at line 1/)
      .waitFor();
    expect(await backups.preview().count()).toBe(0);
    await screenshot(app.page, 'backups-damaged-snapshot');
    await expectNothingChanged(backups, before);
  });

  it('refuses a snapshot that is JSON but not a backup', async () => {
    const before = await readPlanSnapshot(app.page);
    const backups = await tryRestore('[1, 2, 3]');
    await backups
      .alert()
      .getByText('is damaged: it is not a Tierline backup. Nothing was changed.')
      .waitFor();
    await expectNothingChanged(backups, before);
  });

  it('refuses a backup with an impossible date, naming where it is', async () => {
    const before = await readPlanSnapshot(app.page);
    const broken = structuredClone(goodBackup);
    broken.data.announcements[1]!.launchDate = '2026-02-30';
    const backups = await tryRestore(JSON.stringify(broken));
    await backups
      .preview()
      .getByText(/is not a valid Tierline backup: 1 problem\. Nothing was changed\./)
      .waitFor();
    await backups.preview().getByText('$.data.announcements[1].launchDate').waitFor();
    expect(await backups.preview().getByRole('button', { name: 'Replace my plan…' }).count()).toBe(0);
    await expectNothingChanged(backups, before);
  });

  it('refuses a backup with the same id twice', async () => {
    const before = await readPlanSnapshot(app.page);
    const broken = structuredClone(goodBackup);
    broken.data.announcements[1]!.id = broken.data.announcements[0]!.id;
    const backups = await tryRestore(JSON.stringify(broken));
    await backups
      .preview()
      .getByText(/appears twice/)
      .waitFor();
    expect(await backups.preview().getByRole('button', { name: 'Replace my plan…' }).count()).toBe(0);
    await expectNothingChanged(backups, before);
  });

  it('refuses a backup from a newer Tierline', async () => {
    const before = await readPlanSnapshot(app.page);
    const backups = await tryRestore(JSON.stringify({ ...goodBackup, schemaVersion: 99 }));
    await backups
      .preview()
      .getByText(/is not a valid Tierline backup/)
      .waitFor();
    expect(await backups.preview().getByRole('button', { name: 'Replace my plan…' }).count()).toBe(0);
    await expectNothingChanged(backups, before);
  });

  it('says so when a listed snapshot has no text', async () => {
    const before = await readPlanSnapshot(app.page);
    const backups = await tryRestore(undefined);
    await backups
      .alert()
      .getByText('could not be read: it is no longer in the backup store. Nothing was changed.')
      .waitFor();
    await expectNothingChanged(backups, before);
  });

  it('says so when a snapshot text is not text at all', async () => {
    const before = await readPlanSnapshot(app.page);
    const backups = await tryRestore({ evil: true });
    await backups
      .alert()
      .getByText(/could not be read/)
      .waitFor();
    await expectNothingChanged(backups, before);
  });

  it('leaves out a damaged list entry and says how many', async () => {
    const { page } = app;
    const before = await readPlanSnapshot(page);
    await writeRawRows(
      page,
      'snapshots',
      [{ seq: 8999, takenAt: 'yesterday', reason: 'rm -rf', counts: { announcements: -1 }, bytes: 'x' }],
      'tierline-backups',
    );
    const backups = await BackupsDialog.open(page);
    await backups.root.getByText('1 damaged snapshot entry in the backup store was left out.').waitFor();
    for (const text of await backups.rowTexts()) expect(text).not.toContain('rm -rf');
    await expectNothingChanged(backups, before);
  });
});
