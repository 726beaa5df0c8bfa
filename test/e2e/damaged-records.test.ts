import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement, ChecklistItem } from '../../shared/types';
import { makeAnnouncement, makeChecklistItem } from '../builders';
import { openApp, screenshot, type AppSession } from './browser';
import { CalendarPage } from './pages/calendar-page';
import { expectNoAxeViolations } from './pages/accessibility';
import { readPlanSnapshot, writeRawRows } from './pages/plan-snapshot';
import { calendarDay, uncheckedDay } from '../dates';

// Rows as the app stores them (test/builders.ts), in December, where the calendar opens.
function launch(patch: Partial<Announcement> & Pick<Announcement, 'id'>): Announcement {
  return makeAnnouncement({ launchDate: calendarDay('2026-12-10'), tierKey: 'minor', ...patch });
}

function item(patch: Partial<ChecklistItem> & Pick<ChecklistItem, 'id' | 'parentId'>): ChecklistItem {
  return makeChecklistItem({ dueDate: calendarDay('2026-12-11'), dueOverridden: true, ...patch });
}

describe('hostile input: damaged records in the database', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
  });
  afterAll(async () => {
    await app.close();
  });

  const notice = () => app.page.getByRole('region', { name: 'Damaged records' });
  const review = () => app.page.getByRole('dialog', { name: 'Records that could not be shown' });

  it('opens with the healthy plan showing and the damaged records reported, never a blank page', async () => {
    const { page } = app;
    const noTitle: Partial<Announcement> = launch({ id: 'no-title', launchDate: calendarDay('2026-12-14') });
    delete noTitle.title;
    await writeRawRows(page, 'announcements', [
      launch({ id: 'healthy', title: 'Healthy launch' }),
      launch({ id: 'year-9999', title: 'Typed 9999', launchDate: calendarDay('9999-12-31') }),
      launch({
        id: 'odd-tier',
        title: 'Tier from nowhere',
        tierKey: 'gigantic',
        launchDate: calendarDay('2026-12-16'),
      }),
      noTitle,
    ]);
    await writeRawRows(page, 'checklistItems', [
      item({ id: 'healthy-item', parentId: 'healthy', title: 'Healthy item' }),
      item({ id: 'rolled-over', parentId: 'healthy', dueDate: uncheckedDay('10000-01-01') }),
    ]);
    await calendar.reload();
    await calendar.expectItemOn('2026-12-10', 'Healthy launch');
    await notice().getByText('4 records could not be shown').waitFor();
    expect(await page.getByText('Typed 9999').count()).toBe(0);
    expect(await page.getByText('Tier from nowhere').count()).toBe(0);
    await screenshot(page, 'damaged-records-notice');
  });

  it('lists each damaged record with what is wrong, in an accessible dialog', async () => {
    await notice().getByRole('button', { name: 'Review damaged records' }).click();
    const dialog = review();
    await dialog.waitFor();
    const headings = await dialog.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings.sort()).toEqual([
      'Announcement no-title',
      'Announcement “Tier from nowhere”',
      'Announcement “Typed 9999”',
      'Checklist item “Write the blog post”',
    ]);
    await dialog.getByText('title is missing').waitFor();
    await dialog
      .getByText('launchDate: 9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).')
      .waitFor();
    await dialog.getByText('its tier “gigantic” is not a tier of template set “handbook-current”').waitFor();
    await screenshot(app.page, 'damaged-records-dialog');
    await expectNoAxeViolations(app.page, 'dialog');
  });

  it('downloads the damaged records as they are stored', async () => {
    const download = app.page.waitForEvent('download');
    await review().getByRole('button', { name: 'Download these records' }).click();
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      key: string;
      row: unknown;
    }[];
    expect(saved.map((record) => record.key).sort()).toEqual([
      'no-title',
      'odd-tier',
      'rolled-over',
      'year-9999',
    ]);
    expect(saved.find((record) => record.key === 'year-9999')?.row).toMatchObject({
      launchDate: '9999-12-31',
    });
  });

  it('repairs a record after showing each change, and the launch appears on the calendar', async () => {
    const dialog = review();
    const record = dialog
      .getByRole('listitem')
      .filter({ has: app.page.getByRole('heading', { name: 'Announcement no-title' }) });
    await record.getByRole('button', { name: 'Repair…' }).click();
    await record.getByText('title was missing: set to “Untitled announcement”').waitFor();
    await record.getByRole('button', { name: 'Apply repair' }).click();
    await calendar.expectItemOn('2026-12-14', 'Untitled announcement');
    const stored = (await readPlanSnapshot(app.page)).announcements as Announcement[];
    expect(stored.find((row) => row.id === 'no-title')?.title).toBe('Untitled announcement');
  });

  it("says why a year-9999 launch can't be repaired, and deletes it as an undoable change", async () => {
    const dialog = review();
    const record = dialog
      .getByRole('listitem')
      .filter({ has: app.page.getByRole('heading', { name: 'Announcement “Typed 9999”' }) });
    await record.getByText("Can't be repaired here: launchDate can't be guessed", { exact: false }).waitFor();
    const before = await readPlanSnapshot(app.page);
    await record.getByRole('button', { name: 'Delete…' }).click();
    await record.getByRole('button', { name: 'Delete it' }).click();
    await expect
      .poll(async () =>
        ((await readPlanSnapshot(app.page)).announcements as Announcement[]).some(
          (row) => row.id === 'year-9999',
        ),
      )
      .toBe(false);
    // The list re-renders after the write: the record's own Cancel is on screen until then.
    await record.waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await notice().getByText('2 records could not be shown').waitFor();
    await app.page.keyboard.press('Control+z');
    await notice().getByText('3 records could not be shown').waitFor();
    expect(await readPlanSnapshot(app.page)).toEqual(before);
  });

  it('keeps working: a new announcement can still be planned beside the damaged records', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Still planning', tier: 'Minor', launchDate: '2026-12-18' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-18', 'Still planning');
  });
});
