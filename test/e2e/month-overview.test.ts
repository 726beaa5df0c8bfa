import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { dayCell } from './calendar-helpers';

type Launch = { title: string; tier: string; day: string };

// A realistic month for a planner: one launch per tier, a maintenance window that clashes
// with the Major launch, and another Major launch too close to the first.
const LAUNCHES: Launch[] = [
  { title: 'Session replay for mobile', tier: 'Major', day: '2026-12-15' },
  { title: 'Funnels: new chart type', tier: 'Medium', day: '2026-12-09' },
  { title: 'Timezone fixes', tier: 'Minor', day: '2026-12-03' },
  { title: 'Data warehouse beta', tier: 'Major', day: '2026-12-18' },
];

describe('the month view shows every kind of item with what a planner needs at a glance', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  async function planLaunch({ title, tier, day }: Launch) {
    const { page } = app;
    await page.getByRole('button', { name: 'New announcement' }).click();
    const dialog = page.getByRole('dialog', { name: 'New announcement' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Tier', { exact: true }).selectOption({ label: tier });
    await dialog.getByLabel('Launch date').fill(day);
    await dialog.getByRole('button', { name: 'Create announcement' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  }

  it('labels each launch with its tier and checklist progress, on its day', async () => {
    for (const launch of LAUNCHES) await planLaunch(launch);
    for (const { title, tier, day } of LAUNCHES) {
      const item = dayCell(app.page, day).getByLabel(title, { exact: false });
      await item.waitFor();
      const label = await item.getAttribute('aria-label');
      expect(label).toContain(`${title}, ${tier},`);
      expect(label).toMatch(/0 of \d+ done/);
    }
  });

  it('shows a maintenance window as a labelled bar and warns on the launches it clashes with', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New maintenance window' }).click();
    const dialog = page.getByRole('dialog', { name: 'New maintenance window' });
    await dialog.getByLabel('Title').fill('EU Cloud database upgrade');
    await dialog.getByLabel('Start').fill('2026-12-14T22:00');
    await dialog.getByLabel('End').fill('2026-12-15T02:00');
    await dialog.getByLabel('Affected services').fill('EU Cloud');
    await dialog.getByRole('button', { name: 'Create window' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const bar = dayCell(page, '2026-12-14').getByLabel('EU Cloud database upgrade', { exact: false });
    expect(await bar.getAttribute('aria-label')).toContain('22:00–02:00');
    // The window clashes with the launch the morning after, and the two Majors sit three days apart.
    const major = dayCell(page, '2026-12-15').getByLabel('Session replay for mobile', { exact: false });
    await expect.poll(() => major.getAttribute('aria-label')).toContain('2 conflicts');
    // Plus the overdue "tell #team-marketing" items of launches less than four weeks away.
    const conflictsButton = await page.getByRole('button', { name: /Conflicts \(\d+\)/ }).textContent();
    expect(Number(/\((\d+)\)/.exec(conflictsButton ?? '')?.[1])).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Close details' }).click();
    // The README shows the calendar itself, so wait for the "Planned …" toast to go.
    await page
      .getByRole('status')
      .getByText('Planned “EU Cloud database upgrade”.')
      .waitFor({ state: 'hidden', timeout: 15_000 });
    await screenshot(page, 'month-overview');
  });
});
