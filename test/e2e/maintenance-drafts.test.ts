import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonPicker } from './pages/person-picker';
import type { ChecklistItem, MaintenanceWindow, Person } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { calendarItem, dragBetween, steadyBox } from './calendar-helpers';
import { TimeGrid } from './pages/time-grid';
import { readStore } from './idb';

const TITLE = 'Ingestion pipeline upgrade';
const PUBLISH = 'Publish the maintenance notice on /service-message';
const BAR_ON = 'Turn on the Notification Bar in PostHog, directing users to /service-message';
const HOUR = 60 * 60 * 1000;

async function commsItems(app: AppSession): Promise<Map<string, ChecklistItem>> {
  const items = await readStore<ChecklistItem>(app.page, 'checklistItems');
  return new Map(
    items
      .filter((item) => item.parentKind === 'maintenance')
      .map((item) => [item.templateItemId ?? item.id, item]),
  );
}

describe('a maintenance window’s communications plan and drafts', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  });
  afterAll(async () => {
    await app.close();
  });

  const panel = () => app.page.getByRole('complementary', { name: 'Maintenance details' });

  it('creating a window opens its panel with the handbook’s communications checklist', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New maintenance window' }).click();
    const dialog = page.getByRole('dialog', { name: 'New maintenance window' });
    await dialog.getByLabel('Title').fill(TITLE);
    await dialog.getByLabel('Start').fill('2026-12-03T14:00');
    await dialog.getByLabel('End').fill('2026-12-03T17:00');
    await dialog.getByLabel('Affected services').fill('EU Cloud, ingestion');
    await PersonPicker.within(dialog, 'Owner').create('Ada');
    await dialog.getByLabel('Audience zones').fill('America/New_York');
    await dialog.getByText('Lasts 3 hours of real time.').waitFor();
    await dialog.getByRole('button', { name: 'Create window' }).click();
    await panel().getByRole('heading', { name: TITLE }).waitFor();

    const checklist = panel().getByRole('list', { name: 'Communications checklist' });
    for (const title of [
      'Tell the Marketing and Customer Success teams about the maintenance',
      BAR_ON,
      PUBLISH,
      'Update /service-message to say no maintenance is underway',
      'Remove the Notification Bar banner',
    ]) {
      expect(await checklist.getByText(title, { exact: true }).count()).toBe(1);
    }
    // Timed messages show their due time in the planner's zone.
    expect(await panel().getByLabel(`Due time for ${BAR_ON}`).inputValue()).toBe('2026-12-03T14:00');
    expect(await panel().getByText('3 hours', { exact: true }).count()).toBe(1);
  });

  it('the drafts give the times in UTC and in every zone of the window, and can be copied', async () => {
    const { page } = app;
    const subject = await panel().getByRole('textbox', { name: 'Email subject', exact: true }).inputValue();
    expect(subject).toContain('Scheduled downtime for EU Cloud and ingestion');
    const body = await panel().getByRole('textbox', { name: 'Email body', exact: true }).inputValue();
    expect(body).toContain('- UTC: Thu 3 Dec 2026, 14:00 UTC to Thu 3 Dec 2026, 17:00 UTC');
    expect(body).toContain('- Europe/London: Thu 3 Dec 2026, 14:00 GMT');
    // New York is five hours behind London in December.
    expect(body).toContain('- America/New_York: Thu 3 Dec 2026, 09:00 EST to Thu 3 Dec 2026, 12:00 EST');
    expect(body).toContain('/service-message');
    const during = await panel()
      .getByRole('textbox', { name: 'Service message during the work', exact: true })
      .inputValue();
    expect(during).toContain('- UTC: Thu 3 Dec 2026, 14:00 UTC');
    expect(during).toContain('America/New_York');
    expect(
      await panel()
        .getByRole('textbox', { name: 'Service message after the work', exact: true })
        .inputValue(),
    ).toContain('No maintenance is underway');

    await panel().getByRole('heading', { name: 'Drafts' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'maintenance-drafts');
    await panel().getByRole('button', { name: 'Copy Email body' }).click();
    await panel().getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);

    // Edits stay in the panel and can be reset to the generated text.
    await panel()
      .getByRole('textbox', { name: 'Email subject', exact: true })
      .fill('Heads-up: EU Cloud maintenance');
    await panel().getByRole('button', { name: 'Reset Email subject' }).click();
    expect(await panel().getByRole('textbox', { name: 'Email subject', exact: true }).inputValue()).toBe(
      subject,
    );
  });

  it('ticking a message and dragging the window a day later moves only the open messages', async () => {
    const { page } = app;
    // The box shows what is stored, so it turns on once the write has landed.
    await panel().getByRole('checkbox', { name: PUBLISH }).click();
    await expect.poll(async () => (await commsItems(app)).get('service-message-publish')?.done).toBe(true);
    const before = await commsItems(app);

    // The week view's own block, where it settles: measured while the month still showed, or
    // before the grid scrolled to the window's hours, the drag would start on nothing.
    await new TimeGrid(page).choose('Week');
    const box = await steadyBox(calendarItem(page, TITLE));
    const column = await page.locator('[role="columnheader"][data-date="2026-12-04"]').boundingBox();
    if (!column) throw new Error('Friday is not on screen.');
    const from = { x: box.x + box.width / 2, y: box.y + 12 };
    await dragBetween(page, from, { x: column.x + column.width / 2, y: from.y });
    await expect
      .poll(async () => (await readStore<MaintenanceWindow>(page, 'maintenanceWindows'))[0]?.start)
      .toBe('2026-12-04T14:00:00.000Z');
    await screenshot(page, 'maintenance-week-panel');

    const after = await commsItems(app);
    for (const key of [
      'notification-bar-on',
      'service-message-clear',
      'notification-bar-off',
      'reminder-email',
    ]) {
      const was = before.get(key);
      const now = after.get(key);
      expect(Date.parse(now?.dueAt ?? '') - Date.parse(was?.dueAt ?? ''), key).toBe(24 * HOUR);
      expect(now?.dueDate, key).not.toBe(was?.dueDate);
    }
    expect(after.get('service-message-publish')).toEqual(before.get('service-message-publish'));
    expect(await panel().getByLabel(`Due time for ${BAR_ON}`).inputValue()).toBe('2026-12-04T14:00');
    // The drafts follow the window.
    expect(await panel().getByRole('textbox', { name: 'Email body', exact: true }).inputValue()).toContain(
      'Fri 4 Dec 2026, 14:00 UTC',
    );
  });

  it('editing the disruption to none drops untouched user messages and keeps the ticked one', async () => {
    const { page } = app;
    await panel().getByRole('button', { name: 'Edit window' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit maintenance window' });
    expect(await dialog.getByLabel('Start').inputValue()).toBe('2026-12-04T14:00');
    await dialog.getByLabel('Disruption').selectOption('none');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(async () => [...(await commsItems(app)).keys()].sort())
      .toEqual(['service-message-publish', 'tell-teams']);
    expect((await commsItems(app)).get('service-message-publish')).toMatchObject({
      done: true,
      notInTier: true,
    });
    const [window] = await readStore<MaintenanceWindow>(page, 'maintenanceWindows');
    const [ada] = await readStore<Person>(page, 'people');
    expect(ada?.name).toBe('Ada');
    expect(window).toMatchObject({
      disruption: 'none',
      ownerId: ada?.id,
      audienceZones: ['America/New_York'],
    });
  });

  it('deleting asks first, and undo brings the window back', async () => {
    const { page } = app;
    await panel().getByRole('button', { name: 'Delete window' }).click();
    await panel()
      .getByRole('group', { name: 'Confirm delete' })
      .getByRole('button', { name: 'Keep it' })
      .click();
    expect(await readStore(page, 'maintenanceWindows')).toHaveLength(1);
    await panel().getByRole('button', { name: 'Delete window' }).click();
    await panel()
      .getByRole('group', { name: 'Confirm delete' })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect.poll(async () => (await readStore(page, 'maintenanceWindows')).length).toBe(0);
    expect(await commsItems(app)).toHaveProperty('size', 0);
    await page.getByRole('toolbar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readStore(page, 'maintenanceWindows')).length).toBe(1);
    expect((await commsItems(app)).size).toBe(2);
  });
});

describe('a window across the spring clock change', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp({ now: '2026-03-25T10:00:00Z' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('22:00 Saturday to 04:00 Sunday in London is 5 real hours, and the panel says so', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New maintenance window' }).click();
    const dialog = page.getByRole('dialog', { name: 'New maintenance window' });
    await dialog.getByLabel('Title').fill('Overnight storage migration');
    await dialog.getByLabel('Start').fill('2026-03-28T22:00');
    await dialog.getByLabel('End').fill('2026-03-29T04:00');
    await dialog.getByLabel('Affected services').fill('EU Cloud');
    expect(await dialog.getByLabel('Time zone').inputValue()).toBe('Europe/London');
    await dialog.getByText('Lasts 5 hours of real time.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Create window' }).click();

    const details = page.getByRole('complementary', { name: 'Maintenance details' });
    await details.getByRole('heading', { name: 'Overnight storage migration' }).waitFor();
    expect(await details.getByText('5 hours', { exact: true }).count()).toBe(1);
    await details.getByText('wall clocks there show 6 hours', { exact: false }).waitFor();
    const [window] = await readStore<MaintenanceWindow>(page, 'maintenanceWindows');
    expect(window).toMatchObject({ start: '2026-03-28T22:00:00.000Z', end: '2026-03-29T03:00:00.000Z' });
    expect(await details.getByRole('textbox', { name: 'Email body', exact: true }).inputValue()).toContain(
      'When (about 5 hours)',
    );
    expect(await details.getByRole('textbox', { name: 'Email body', exact: true }).inputValue()).toContain(
      '- Europe/London: Sat 28 Mar 2026, 22:00 GMT to Sun 29 Mar 2026, 04:00 BST',
    );
    expect(await details.getByRole('textbox', { name: 'Email body', exact: true }).inputValue()).toContain(
      '- UTC: Sat 28 Mar 2026, 22:00 UTC to Sun 29 Mar 2026, 03:00 UTC',
    );
    await screenshot(page, 'maintenance-dst-panel');
  });
});
