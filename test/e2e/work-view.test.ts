import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInTemplateSets, findTier } from '../../shared/templates/built-in-sets';
import type { ChecklistItem, Person } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { FilterBar } from './pages/filter-bar';
import { PeoplePage } from './pages/people-page';
import { SearchBox } from './pages/search-box';
import { WorkPage } from './pages/work-page';
import { chooseToolbarAction } from './pages/toolbar';

function tierItems(key: string): string[] {
  const set = builtInTemplateSets().find((candidate) => candidate.id === 'handbook-current')!;
  return findTier(set, key)!.items.map((item) => item.title);
}

const MAJOR = 'Session replay';
const MINOR = 'Feature flags';
const WINDOW = 'Database upgrade';
const MAJOR_COUNT = tierItems('major').length;
const PRIYA_MAJOR = 'Writing a Twitter thread and LinkedIn post.';
const PRIYA_MINOR = 'Writing a short Twitter and/or LinkedIn post.';
const BEN_MINOR = 'Posting in the user Slack group.';
const BEN_MAJOR = tierItems('major')[0]!;
const NOTE = 'Ask Kai for the onboarding wizard screenshots';

describe('the Work view: a planner’s morning questions answered in one place', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  let work: WorkPage;
  let filters: FilterBar;
  let search: SearchBox;
  let windowStep = '';

  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
    work = new WorkPage(app.page);
    filters = new FilterBar(app.page);
    search = new SearchBox(app.page);
  });
  afterAll(async () => {
    await app.close();
  });

  const people = async () =>
    new Map((await readStore<Person>(app.page, 'people')).map((person) => [person.id, person.name]));
  /** Each assigned item as `title @ kind` → the name of the person it points at. */
  const assignees = async () => {
    const names = await people();
    return Object.fromEntries(
      (await readStore<ChecklistItem>(app.page, 'checklistItems'))
        .filter((item) => item.assigneeId !== null)
        .map((item) => [`${item.title} @ ${item.parentKind}`, names.get(item.assigneeId!) ?? '?']),
    );
  };
  const itemNamed = async (title: string) =>
    (await readStore<ChecklistItem>(app.page, 'checklistItems')).find((item) => item.title === title)!;

  it('plans two launches (one item with a note) and a window, adds Ben in Settings → People', async () => {
    for (const [title, tier, launchDate] of [
      [MAJOR, 'Major', '2026-12-08'],
      [MINOR, 'Minor', '2026-12-10'],
    ] as const) {
      const dialog = await calendar.newAnnouncement();
      await dialog.fill({ title, tier, launchDate });
      await dialog.submit();
      await calendar.expectItemOn(launchDate, title);
    }
    // A note on one of the Major launch's items, written in its side panel as a planner does.
    await calendar.openItem('2026-12-08', MAJOR);
    const panel = app.page.getByRole('complementary', { name: 'Announcement details' });
    const row = panel
      .getByRole('listitem')
      .filter({ has: app.page.getByRole('checkbox', { name: PRIYA_MAJOR, exact: true }) });
    await row.getByRole('button', { name: 'Notes' }).click();
    await row.getByLabel(`Notes for ${PRIYA_MAJOR}`).fill(NOTE);
    await row.getByLabel(`Notes for ${PRIYA_MAJOR}`).blur();
    await expect.poll(async () => (await itemNamed(PRIYA_MAJOR)).notes).toBe(NOTE);
    const window = await calendar.newMaintenanceWindow();
    await window.fill({
      title: WINDOW,
      start: '2026-12-05T22:00',
      end: '2026-12-06T01:00',
      services: 'Postgres',
    });
    await window.submit();
    await calendar.expectItemOn('2026-12-05', WINDOW);

    const peoplePage = await PeoplePage.open(app.page);
    await peoplePage.add('Ben', { team: 'Marketing' });
    expect(await peoplePage.names()).toEqual(['Ben']);
    await expectNoAxeViolations(app.page, 'dialog[open]');
    await peoplePage.close();
  });

  it('assigns items to Priya (created from the owner field) and Ben in the Work view', async () => {
    await work.open();
    await work.groupBy('Launch');
    windowStep = (await work.group(WINDOW).getByRole('checkbox').first().getAttribute('aria-label')) ?? '';
    expect(windowStep).not.toBe('');
    // Priya is nobody yet: the owner field offers “Create ‘Priya’?” and only that click adds her.
    const picker = work.owner(PRIYA_MAJOR, MAJOR);
    const list = await picker.type('Priya');
    expect(await list.getByRole('option').allInnerTexts()).toEqual(['Create “Priya”?']);
    await list.getByRole('option', { name: 'Create “Priya”?' }).click();
    await expect.poll(async () => [...(await people()).values()].sort()).toEqual(['Ben', 'Priya']);
    await work.assign(PRIYA_MINOR, MINOR, 'priya');
    await work.assign(windowStep, WINDOW, 'Priya');
    await work.assign(BEN_MINOR, MINOR, 'Ben');
    await work.assign(BEN_MAJOR, MAJOR, 'Ben');
    await expect.poll(async () => Object.keys(await assignees()).length).toBe(5);
    // Typing “priya” found Priya: still exactly two people, and every item points at one of them.
    expect([...(await people()).values()].sort()).toEqual(['Ben', 'Priya']);
    expect(await assignees()).toEqual({
      [`${PRIYA_MAJOR} @ announcement`]: 'Priya',
      [`${PRIYA_MINOR} @ announcement`]: 'Priya',
      [`${windowStep} @ maintenance`]: 'Priya',
      [`${BEN_MINOR} @ announcement`]: 'Ben',
      [`${BEN_MAJOR} @ announcement`]: 'Ben',
    });
  });

  it('filters Owner to Priya and shows exactly her items, across both launches and the window', async () => {
    await work.groupBy('Due date');
    await filters.choose('Owner', 'Priya');
    await expect.poll(() => work.rows.count()).toBe(3);
    expect((await work.shown()).sort()).toEqual(
      [
        [PRIYA_MAJOR, MAJOR],
        [PRIYA_MINOR, MINOR],
        [windowStep, WINDOW],
      ].sort(),
    );
    expect(await filters.chips()).toEqual(['Owner: Priya']);
    await expectNoAxeViolations(app.page, 'section.work-view');
    await expectNoAxeViolations(app.page, 'section.filter-bar');
  });

  it('the calendar hides what the filters hide', async () => {
    await work.showCalendar('Month');
    await filters.choose('Owner', 'Ben');
    await calendar.expectItemOn('2026-12-08', MAJOR);
    await calendar.expectItemOn('2026-12-10', MINOR);
    await expect.poll(() => calendar.item('2026-12-05', WINDOW).count()).toBe(0);
    await screenshot(app.page, 'work-calendar-filtered-to-ben');
    await filters.choose('Kind', 'Maintenance');
    await expect.poll(() => calendar.item('2026-12-08', MAJOR).count()).toBe(0);
    await filters.removeChip('Kind: Maintenance');
    await filters.choose('Owner', 'Priya');
    await calendar.expectItemOn('2026-12-05', WINDOW);
  });

  it('ticks Priya’s item in place and the launch’s progress changes on the calendar', async () => {
    await calendar.day('2026-12-08').getByText(`0/${MAJOR_COUNT}`).waitFor();
    await work.open();
    await work.tick(PRIYA_MAJOR, MAJOR);
    await expect
      .poll(
        async () =>
          (await readStore<ChecklistItem>(app.page, 'checklistItems')).find(
            (item) => item.title === PRIYA_MAJOR,
          )?.done,
      )
      .toBe(true);
    await work
      .group('Done')
      .getByRole('button', { name: /^▾?\s*Done/ })
      .waitFor();
    await work.showCalendar('Month');
    await calendar.day('2026-12-08').getByText(`1/${MAJOR_COUNT}`).waitFor();
  });

  it('changes a due date and an owner in place, and Undo takes each back in one step', async () => {
    await work.open();
    const find = async () =>
      (await readStore<ChecklistItem>(app.page, 'checklistItems')).find(
        (item) => item.title === PRIYA_MINOR,
      )!;
    const before = await find();
    const undo = app.page
      .getByRole('toolbar', { name: 'Plan actions' })
      .getByRole('button', { name: 'Undo' });
    await work.setDue(PRIYA_MINOR, MINOR, '2026-12-11');
    await expect.poll(async () => (await find()).dueDate).toBe('2026-12-11');
    expect((await find()).dueOverridden).toBe(true);
    await undo.click();
    await expect.poll(async () => (await find()).dueDate).toBe(before.dueDate);
    expect((await find()).dueOverridden).toBe(false);
    await work.assign(PRIYA_MINOR, MINOR, 'Ben');
    const ben = [...(await people())].find(([, name]) => name === 'Ben')![0];
    await expect.poll(async () => (await find()).assigneeId).toBe(ben);
    await undo.click();
    await expect.poll(async () => (await find()).assigneeId).toBe(before.assigneeId);
    await expect.poll(() => work.owner(PRIYA_MINOR, MINOR).value()).toBe('Priya');
  });

  it('groups by person and shows Priya’s workload; a week filters to her and that week', async () => {
    await work.open();
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await filters.clear();
    // Two open items for Priya on launch day, against a limit of one a day: an over-limit day.
    await work.groupBy('Launch');
    for (const title of ['Writing a Twitter thread posted by @james406.', 'Writing a dedicated blog post.'])
      await work.assign(title, MAJOR, 'Priya');
    await chooseToolbarAction(app.page, 'Settings');
    const settings = app.page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Most items one person can have due on a day').fill('1');
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.waitFor({ state: 'hidden' });
    await work.groupBy('Due date');
    // The README's pictures: the list itself, without the side panel or a passing toast.
    const close = app.page.getByRole('button', { name: 'Close details' });
    if (await close.isVisible()) await close.click();
    await expect.poll(() => app.page.getByRole('status').innerText(), { timeout: 15_000 }).toBe('');
    await screenshot(app.page, 'work-view-by-due-date');
    await work.groupBy('Person');
    const week = work.workloadWeek('Priya').first();
    await week.waitFor();
    expect(await week.textContent()).toMatch(/^Priya: Week of Mon \d+ \w{3}\d+ items? due/);
    // Said in words, not by colour alone.
    expect(await work.workloadWeek('Priya').filter({ hasText: 'Week of Mon 7 Dec' }).textContent()).toMatch(
      /3 items due.*1 day over the limit of 1$/,
    );
    expect(await work.groupHeadings()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^▾ Priya \(\d\)$/)]),
    );
    await screenshot(app.page, 'work-view-by-person');
    await expectNoAxeViolations(app.page, 'section.work-view');
    await week.click();
    const chips = await filters.chips();
    expect(chips[0]).toBe('Owner: Priya');
    expect(chips[1]).toMatch(/^Due: Mon \d+ \w{3} – Sun \d+ \w{3}$/);
    expect(await work.rows.count()).toBeGreaterThan(0);
    const owners = await work.rows
      .locator('input[aria-label^="Owner of"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(new Set(owners)).toEqual(new Set(['Priya']));
  });

  it('finds an item by a word in its note and jumps to it in its launch’s panel', async () => {
    const noted = await itemNamed(PRIYA_MAJOR);
    await search.search('wizard');
    const result = search.result(PRIYA_MAJOR);
    await result.waitFor();
    expect(await search.resultTexts()).toHaveLength(1);
    expect(await result.innerText()).toContain(`Launch: ${MAJOR}`);
    await expectNoAxeViolations(app.page, '.search-box');
    await result.click();
    const panel = app.page.getByRole('complementary', { name: 'Announcement details' });
    await panel.getByRole('heading', { name: MAJOR }).waitFor();
    await calendar.day(noted.dueDate).waitFor();
    const row = panel
      .getByRole('listitem')
      .filter({ has: app.page.getByRole('checkbox', { name: PRIYA_MAJOR, exact: true }) });
    expect(await row.getByLabel(`Notes for ${PRIYA_MAJOR}`).inputValue()).toBe(NOTE);
    // Search also knows people: Priya's name finds her work.
    await search.search('priya');
    await search.result(PRIYA_MINOR).waitFor();
    await app.page.keyboard.press('Escape');
  });

  it('keeps the filters and the grouping through a reload', async () => {
    const before = await filters.chips();
    expect(before[0]).toBe('Owner: Priya');
    await calendar.reload();
    expect(await filters.chips()).toEqual(before);
    expect(await filters.chosen('Owner')).toBe('Priya');
    if (!(await work.root.isVisible())) await work.open();
    expect(await work.root.getByLabel('Group by').inputValue()).toBe('person');
  });

  it('moves through rows and ticks with the keyboard alone, and Enter opens the launch', async () => {
    const { page } = app;
    await filters.clear();
    await work.groupBy('Due date');
    await work.root.getByLabel('Group by').focus();
    for (let tab = 0; tab < 12 && (await work.focusedRowId()) === null; tab += 1)
      await page.keyboard.press('Tab');
    const first = await work.focusedRowId();
    expect(first).not.toBeNull();
    await page.keyboard.press('ArrowDown');
    const second = await work.focusedRowId();
    expect(second).not.toBe(first);
    await page.keyboard.press('k');
    expect(await work.focusedRowId()).toBe(first);
    await page.keyboard.press('j');
    expect(await work.focusedRowId()).toBe(second);
    await page.keyboard.press(' ');
    await expect
      .poll(
        async () =>
          (await readStore<ChecklistItem>(page, 'checklistItems')).find((item) => item.id === second)?.done,
      )
      .toBe(true);
    const item = (await readStore<ChecklistItem>(page, 'checklistItems')).find((row) => row.id === first)!;
    await page.locator(`li[data-row-id="${first}"]`).focus();
    await page.keyboard.press('Enter');
    await work.root.waitFor({ state: 'detached' });
    const panel = page.getByRole('complementary').first();
    await panel.waitFor();
    expect(item.parentKind === 'maintenance' ? WINDOW : [MAJOR, MINOR]).toContain(
      await panel.getByRole('heading', { level: 2 }).first().innerText(),
    );
  });
});
