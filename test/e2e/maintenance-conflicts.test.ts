import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement, MaintenanceWindow } from '../../shared/types';
import { openApp, screenshot, SCREENSHOT_DIR, type AppSession } from './browser';
import { dayCell, dragTo } from './calendar-helpers';
import { readStore } from './idb';
import { join } from 'node:path';

// The browser's now is 2026-12-02, so December's month view runs to Sun 10 Jan 2027. The launch
// sits five weeks out, so none of the Major checklist (due up to 28 days before) is overdue and
// the only conflict is the one this scenario is about.
const DAY = '2027-01-06';
const LATER = '2027-01-09';
const WINDOW = 'EU Cloud database upgrade';
const LAUNCH = 'Session replay for mobile';

describe('a launch on the day of a downtime window is a conflict until it moves', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const badge = (title: string) =>
    app.page
      .getByLabel(title, { exact: false })
      .first()
      .getByRole('img', { name: /conflict/ });
  const anyBadge = () => app.page.getByRole('main').getByRole('img', { name: /conflict/ });

  it('plans a downtime window on EU Cloud and a Major launch on the same day', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New maintenance window' }).click();
    const windowDialog = page.getByRole('dialog', { name: 'New maintenance window' });
    await windowDialog.getByLabel('Title').fill(WINDOW);
    await windowDialog.getByLabel('Start').fill(`${DAY}T09:00`);
    await windowDialog.getByLabel('End').fill(`${DAY}T12:00`);
    await windowDialog.getByLabel('Affected services').fill('EU Cloud');
    await windowDialog.getByLabel('Disruption').selectOption('downtime');
    await windowDialog.getByRole('button', { name: 'Create window' }).click();
    await expect.poll(() => windowDialog.isVisible()).toBe(false);
    await dayCell(page, DAY).getByText(WINDOW).waitFor();
    // Nothing to warn about yet.
    expect(await page.getByRole('button', { name: 'Conflicts (0)' }).count()).toBe(1);

    await page.getByRole('button', { name: 'New announcement' }).click();
    const launchDialog = page.getByRole('dialog', { name: 'New announcement' });
    await launchDialog.getByLabel('Title').fill(LAUNCH);
    await launchDialog.getByLabel('Tier').selectOption({ label: 'Major' });
    await launchDialog.getByLabel('Launch date').fill(DAY);
    await launchDialog.getByRole('button', { name: 'Create announcement' }).click();
    await expect.poll(() => launchDialog.isVisible()).toBe(false);
    await dayCell(page, DAY).getByText(LAUNCH).waitFor();

    const [window] = await readStore<MaintenanceWindow>(page, 'maintenanceWindows');
    expect(window).toMatchObject({
      disruption: 'downtime',
      services: ['EU Cloud'],
      start: `${DAY}T09:00:00.000Z`,
    });
  });

  it('shows the conflict as a badge on both items and in the Conflicts panel', async () => {
    const { page } = app;
    await badge(LAUNCH).waitFor();
    expect(await badge(LAUNCH).getAttribute('aria-label')).toBe('1 conflict');
    expect(await badge(WINDOW).getAttribute('aria-label')).toBe('1 conflict');

    await page.getByRole('button', { name: 'Conflicts (1)' }).click();
    const panel = page.getByRole('complementary', { name: 'Conflicts' });
    await panel.waitFor();
    const entries = panel.getByRole('listitem');
    expect(await entries.count()).toBe(1);
    const text = await entries.first().innerText();
    expect(text).toContain('Launch during maintenance');
    expect(text).toContain(`“${LAUNCH}” launches during the maintenance “${WINDOW}” (downtime)`);
    expect(text).toContain('Wed 6 Jan 2027');
  });

  it('Show jumps the week view to the day and selects the launch', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Week' }).click();
    // The week of the fixed now: the conflict is weeks away, out of sight.
    expect(await page.locator(`[role="columnheader"][data-date="${DAY}"]`).count()).toBe(0);
    const panel = page.getByRole('complementary', { name: 'Conflicts' });
    await panel.getByRole('button', { name: /^Show/ }).click();
    await page.locator(`[role="columnheader"][data-date="${DAY}"]`).waitFor();
    await page
      .getByRole('complementary', { name: 'Announcement details' })
      .getByRole('heading', { name: LAUNCH })
      .waitFor();
    await badge(WINDOW).waitFor();
    expect(await badge(LAUNCH).count()).toBe(1);
    await screenshot(page, 'conflicts-week');
    await panel.screenshot({ path: join(SCREENSHOT_DIR, 'conflicts-panel.png') });
  });

  it('dragging the launch three days later clears the conflict by itself', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Month' }).click();
    await dayCell(page, DAY).getByText(LAUNCH).waitFor();
    await dragTo(page, dayCell(page, DAY).getByText(LAUNCH), dayCell(page, LATER));
    await expect
      .poll(async () => (await readStore<Announcement>(page, 'announcements'))[0]?.launchDate)
      .toBe(LATER);

    await page.getByRole('button', { name: 'Conflicts (0)' }).waitFor();
    const panel = page.getByRole('complementary', { name: 'Conflicts' });
    await panel.getByText('No conflicts in the plan.').waitFor();
    await expect.poll(() => anyBadge().count()).toBe(0);
    expect(await dayCell(page, LATER).getByLabel(LAUNCH, { exact: false }).count()).toBe(1);
    await screenshot(page, 'conflicts-cleared-month');
  });
});
