import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { dayCell, dragTo } from './calendar-helpers';
import { readStore } from './idb';

describe('planning an announcement on the calendar', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('creates an announcement through the dialog, by label', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New announcement' }).click();
    const dialog = page.getByRole('dialog', { name: 'New announcement' });
    await dialog.getByLabel('Title').fill('Session replay for mobile');
    await dialog.getByLabel('Tier').selectOption({ label: 'Major' });
    await dialog.getByLabel('Launch date').fill('2026-12-08');
    await dialog.getByRole('button', { name: 'Create announcement' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await dayCell(page, '2026-12-08').getByText('Session replay for mobile').waitFor();
    const stored = await readStore<Announcement>(page, 'announcements');
    expect(stored.map((row) => [row.title, row.tierKey, row.launchDate])).toEqual([
      ['Session replay for mobile', 'major', '2026-12-08'],
    ]);
  });

  it('drags the launch three days later with the mouse, and the move survives a reload', async () => {
    const { page } = app;
    const item = dayCell(page, '2026-12-08').getByText('Session replay for mobile');
    await dragTo(page, item, dayCell(page, '2026-12-11'));
    await dayCell(page, '2026-12-11').getByText('Session replay for mobile').waitFor();
    await expect
      .poll(async () => (await readStore<Announcement>(page, 'announcements'))[0]?.launchDate)
      .toBe('2026-12-11');

    await page.reload();
    await dayCell(page, '2026-12-11').getByText('Session replay for mobile').waitFor();
    expect(await dayCell(page, '2026-12-08').getByText('Session replay for mobile').count()).toBe(0);
    const stored = await readStore<Announcement>(page, 'announcements');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.launchDate).toBe('2026-12-11');
    await screenshot(page, 'month-after-drag');
  });

  it('opens the new-announcement dialog prefilled when a day is selected', async () => {
    const { page } = app;
    await dayCell(page, '2026-12-17').click({ position: { x: 40, y: 60 } });
    const dialog = page.getByRole('dialog', { name: 'New announcement' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Launch date').inputValue()).toBe('2026-12-17');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await readStore(page, 'announcements')).toHaveLength(1);
  });
});
