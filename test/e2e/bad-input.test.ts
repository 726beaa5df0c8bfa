import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';

describe('bad input gets a message beside the field and stores nothing', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses an announcement with an empty title', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New announcement' }).click();
    const dialog = page.getByRole('dialog', { name: 'New announcement' });
    await dialog.getByLabel('Title').fill('   ');
    await dialog.getByRole('button', { name: 'Create announcement' }).click();
    await dialog.getByText('Give the announcement a title.').waitFor();
    // The message is tied to its field, so assistive tech reads them together.
    const describedBy = await dialog.getByLabel('Title').getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('Give the announcement a title.');
    await screenshot(page, 'bad-input-empty-title');
    expect(await readStore(page, 'announcements')).toHaveLength(0);
    expect(await readStore(page, 'checklistItems')).toHaveLength(0);
  });

  it('refuses a launch date that cannot be read', async () => {
    const { page } = app;
    const dialog = page.getByRole('dialog', { name: 'New announcement' });
    await dialog.getByLabel('Title').fill('Half-typed date');
    const date = dialog.getByLabel('Launch date');
    await date.fill('');
    // Typing only a day leaves a date field half-filled: the browser calls that bad input.
    await date.click();
    await page.keyboard.type('12');
    await dialog.getByRole('button', { name: 'Create announcement' }).click();
    await dialog.getByText('Not a date we can read: use a real day, like 2026-12-01.').waitFor();
    expect(await readStore(page, 'announcements')).toHaveLength(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // The refused form holds typing, so closing it asks first.
    await dialog.getByRole('button', { name: 'Discard' }).click();
  });

  it('refuses a maintenance window that ends before it starts', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New maintenance window' }).click();
    const dialog = page.getByRole('dialog', { name: 'New maintenance window' });
    await dialog.getByLabel('Title').fill('EU Cloud database upgrade');
    await dialog.getByLabel('Start').fill('2026-12-05T22:00');
    await dialog.getByLabel('End').fill('2026-12-05T21:00');
    await dialog.getByRole('button', { name: 'Create window' }).click();
    await dialog.getByText('End must be after start.').waitFor();
    await screenshot(page, 'bad-input-end-before-start');
    expect(await readStore(page, 'maintenanceWindows')).toHaveLength(0);
    expect(await readStore(page, 'checklistItems')).toHaveLength(0);
  });

  it('refuses settings out of bounds and keeps the ones stored', async () => {
    const { page } = app;
    // The previous case leaves its refused form open, as a person would see it; close it first.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const before = await readStore(page, 'settings');
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Array goes out on day').fill('31');
    await dialog.getByLabel('Reminder, days ahead').fill('9');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Pick a day from 1 to 28.').waitFor();
    await dialog.getByText('The reminder goes out after the first email: use fewer days.').waitFor();
    expect(await readStore(page, 'settings')).toEqual(before);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.getByRole('button', { name: 'Discard' }).click();
  });
});
