import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { SearchBox } from './pages/search-box';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';

const LAUNCH = 'Billing revamp';
const LAUNCH_DAY = '2027-02-16';
const WINDOW = 'Billing database upgrade';
const NOTE = 'Ask Kai for the onboarding wizard screenshots';

let app: AppSession;
let calendar: CalendarPage;
let search: SearchBox;
// The checklist item whose note the story searches for, as stored.
let noted: ChecklistItem;

const announcementPanel = () => app.page.getByRole('complementary', { name: 'Announcement details' });
const maintenancePanel = () => app.page.getByRole('complementary', { name: 'Maintenance details' });
const focusedLabel = () =>
  app.page.evaluate(() => {
    const element = document.activeElement;
    return element instanceof HTMLInputElement && element.labels?.[0] ? element.labels[0].textContent : null;
  });

beforeAll(async () => {
  app = await openApp();
  calendar = new CalendarPage(app.page);
  search = new SearchBox(app.page);
});
afterAll(async () => {
  await app.close();
});

describe('search', () => {
  it('plans a launch with a note on one item, and a maintenance window', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: LAUNCH, tier: 'Major', launchDate: LAUNCH_DAY });
    await dialog.submit();
    await announcementPanel().waitFor();
    // A note on the third item of the launch's checklist, written as a planner does.
    const row = announcementPanel().getByRole('list', { name: 'Checklist' }).getByRole('listitem').nth(2);
    const title =
      (await row
        .getByRole('checkbox')
        .evaluate((box) => (box as HTMLInputElement).labels?.[0]?.textContent)) ?? '';
    await row.getByRole('button', { name: 'Notes' }).click();
    await row.getByLabel(`Notes for ${title}`).fill(NOTE);
    await row.getByLabel(`Notes for ${title}`).blur();
    await expect
      .poll(async () =>
        (await readStore<ChecklistItem>(app.page, 'checklistItems')).find((item) => item.notes === NOTE),
      )
      .toBeDefined();
    noted = (await readStore<ChecklistItem>(app.page, 'checklistItems')).find((item) => item.notes === NOTE)!;
    expect(noted.title).toBe(title);

    const window = await calendar.newMaintenanceWindow();
    await window.fill({
      title: WINDOW,
      start: '2027-03-03T22:00',
      end: '2027-03-04T01:00',
      services: 'Billing API',
    });
    await window.submit();
    await maintenancePanel().waitFor();
    await maintenancePanel().getByRole('button', { name: 'Close details' }).click();
    // Back to the month the app opens on, far from everything searched for below.
    await calendar.reload();
    await calendar.day('2026-12-16').waitFor();
  });

  it('finds a checklist item by a word in its note and jumps to it: calendar on its day, item focused in its panel', async () => {
    expect(await calendar.day(noted.dueDate).count()).toBe(0);
    await search.search('WIZARD');
    const result = search.result(noted.title);
    await result.waitFor();
    expect(await search.resultTexts()).toHaveLength(1);
    const text = await result.innerText();
    // The kind is shown in small capitals (CSS), so compare as words, not as typed.
    expect(text).toMatch(/^Checklist item/i);
    expect(text).toContain(`Launch: ${LAUNCH}`);
    expect(text).toContain('Notes:');
    expect(await search.highlighted(result)).toEqual(['wizard']);
    await screenshot(app.page, 'search-note-result');
    await result.click();

    await calendar.day(noted.dueDate).waitFor();
    await announcementPanel().getByRole('heading', { name: LAUNCH }).waitFor();
    expect(await search.results.count()).toBe(0);
    await expect.poll(focusedLabel).toBe(noted.title);
    const row = announcementPanel()
      .getByRole('listitem')
      .filter({ has: app.page.getByRole('checkbox', { name: noted.title, exact: true }) });
    expect(await row.getByLabel(`Notes for ${noted.title}`).inputValue()).toBe(NOTE);
    expect(await row.evaluate((element) => element.hasAttribute('data-search-found'))).toBe(true);
  });

  it('works by keyboard alone: Ctrl+K, type, arrows, Enter opens the window and moves the calendar', async () => {
    await app.page.getByRole('button', { name: 'Close details' }).click();
    // Opening the launch again by hand shows the panel but leaves the keyboard where it was.
    await calendar.openItem(noted.dueDate, LAUNCH);
    expect(await focusedLabel()).not.toBe(noted.title);
    await app.page.getByRole('button', { name: 'Close details' }).click();
    await app.page.locator('body').click({ position: { x: 5, y: 5 } });
    await app.page.keyboard.press('Control+k');
    await expect
      .poll(() => search.input.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await app.page.keyboard.type('billing');
    await search.results.waitFor();
    // Both titles hold the word; the sooner date comes first.
    const texts = await search.resultTexts();
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain(LAUNCH);
    expect(texts[1]).toContain(WINDOW);
    expect(await search.activeResult.innerText()).toContain(LAUNCH);
    await app.page.keyboard.press('ArrowDown');
    expect(await search.activeResult.innerText()).toContain(WINDOW);
    const activeId = await search.activeResult.getAttribute('id');
    expect(await search.input.getAttribute('aria-activedescendant')).toBe(activeId);
    await app.page.keyboard.press('ArrowDown');
    expect(await search.activeResult.innerText()).toContain(LAUNCH);
    await app.page.keyboard.press('ArrowUp');
    await app.page.keyboard.press('Enter');

    await maintenancePanel().getByRole('heading', { name: WINDOW }).waitFor();
    await calendar.day('2027-03-03').waitFor();
    expect(await search.results.count()).toBe(0);
  });

  it('says so when nothing matches', async () => {
    await search.search('zebra crossing');
    await expect.poll(() => search.summary.innerText()).toBe('No results for “zebra crossing”');
    expect(await search.results.count()).toBe(0);
    expect(await search.input.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape closes the results and clears the box', async () => {
    await search.search('bill');
    await search.results.waitFor();
    await app.page.keyboard.press('Escape');
    expect(await search.input.inputValue()).toBe('');
    expect(await search.results.count()).toBe(0);
  });

  it('/ focuses the box, but is just a character while typing in a field', async () => {
    const notes = app.page.getByLabel(`Notes for ${noted.title}`);
    await search.search('wizard');
    await app.page.keyboard.press('Enter');
    await expect.poll(focusedLabel).toBe(noted.title);
    await notes.click();
    await app.page.keyboard.type(' 1/2');
    expect(await notes.inputValue()).toBe(`${NOTE} 1/2`);
    await notes.fill(NOTE);
    await app.page.getByRole('heading', { name: LAUNCH }).click();
    await app.page.keyboard.press('/');
    await expect
      .poll(() => search.input.evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect(await search.input.inputValue()).toBe('wizard');
  });

  it('has no accessibility violations with the results open, and looks right at 1280×800', async () => {
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await search.search('billing');
    await search.results.waitFor();
    await app.page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(app.page, '.search-box');
    await screenshot(app.page, 'search-results');
  });
});

describe('hostile input: the search box', () => {
  it('takes a pasted wall of symbols and markup calmly: says there are no results, changes nothing', async () => {
    const before = await readPlanSnapshot(app.page);
    const junk = `<img src=x onerror=alert(1)> (.*[ \\ 🚀 ${'%s'.repeat(2_000)}`;
    await search.input.click();
    await search.input.fill(junk);
    // The box keeps what a search needs (200 characters) and quotes only the start of it.
    expect((await search.input.inputValue()).length).toBe(200);
    const summary = await search.summary.innerText();
    expect(summary).toMatch(/^No results for “<img src=x onerror=alert\(1\)> .*…”$/);
    expect(summary.length).toBeLessThan(120);
    expect(await app.page.locator('img[src="x"]').count()).toBe(0);
    await app.page.keyboard.press('Escape');
    await expectPlanUnchanged(app.page, before);
    const dialog = await calendar.newAnnouncement();
    await dialog.cancel();
    await dialog.root.waitFor({ state: 'hidden' });
  });
});
