import { join } from 'node:path';
import { readPlanSnapshot } from './pages/plan-snapshot';
import { PersonPicker } from './pages/person-picker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../shared/calendar-day';
import { dueDateForOffset } from '../../shared/checklist/due-dates';
import { builtInTemplateSets, findTier } from '../../shared/templates/built-in-sets';
import type { Announcement, ChecklistItem, Person, Settings, TierTemplate } from '../../shared/types';
import { openApp, screenshot, SCREENSHOT_DIR, type AppSession } from './browser';
import { dayCell, dragTo } from './calendar-helpers';
import { readStore } from './idb';
import { calendarDay } from '../dates';

function handbookTier(key: string): TierTemplate {
  const set = builtInTemplateSets().find((candidate) => candidate.id === 'handbook-current');
  const tier = set ? findTier(set, key) : undefined;
  if (!tier) throw new Error(`The current handbook has no tier ${key}`);
  return tier;
}

const TITLE = 'Persons on events';
const major = handbookTier('major');
const minor = handbookTier('minor');
// Items only Major has, due relative to launch: the ones a launch move and a tier change act on.
const majorOnly = major.items.filter(
  (item) => item.offset.kind === 'launch' && !minor.items.some((m) => m.id === item.id),
);
const [ticked1, ticked2, assigned, overridden] = majorOnly;

async function items(app: AppSession): Promise<ChecklistItem[]> {
  return (await readStore<ChecklistItem>(app.page, 'checklistItems')).sort((a, b) => a.order - b.order);
}

function byTemplate(rows: ChecklistItem[], templateItemId: string | undefined): ChecklistItem | undefined {
  return rows.find((row) => row.templateItemId === templateItemId);
}

describe('working through an announcement checklist', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const panel = () => app.page.getByRole('complementary', { name: 'Announcement details' });

  it('creates a Major announcement and shows its full checklist in the side panel', async () => {
    expect(majorOnly.length).toBeGreaterThanOrEqual(4);
    const { page } = app;
    await page.getByRole('button', { name: 'New announcement' }).click();
    const dialog = page.getByRole('dialog', { name: 'New announcement' });
    await dialog.getByLabel('Title').fill(TITLE);
    // The handbook's questions suggest the tier; the planner takes it with one press.
    await dialog.getByText('Suggest a tier').click();
    await dialog.getByLabel('Some users, not most').check();
    await dialog.getByText('Suggested tier: Medium').waitFor();
    await dialog.getByLabel('It introduces a new feature').check();
    await dialog.getByText('Suggested tier: Major').waitFor();
    await dialog
      .getByText('They may introduce new features, require product downtime', { exact: false })
      .waitFor();
    await dialog.getByRole('button', { name: 'Use Major' }).click();
    expect(await dialog.getByLabel('Tier', { exact: true }).inputValue()).toBe('major');
    await dialog.getByLabel('Launch date').fill('2026-12-08');
    await dialog.getByRole('button', { name: 'Create announcement' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const list = panel().getByRole('list', { name: 'Checklist' });
    await list.waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(major.items.length);
    for (const item of major.items) {
      expect(await list.getByRole('checkbox', { name: item.title, exact: true }).count()).toBe(1);
    }
    expect(await panel().getByText(`0/${major.items.length} done`).count()).toBe(1);
  });

  it('ticks two items, assigns one and sets a due date by hand', async () => {
    const { page } = app;
    const list = panel().getByRole('list', { name: 'Checklist' });
    await list.getByRole('checkbox', { name: ticked1!.title, exact: true }).check();
    await list.getByRole('checkbox', { name: ticked2!.title, exact: true }).check();
    // A new name becomes a person only once “Create ‘Priya’?” is confirmed.
    await PersonPicker.within(list, `Assignee for ${assigned!.title}`).create('Priya');
    const due = list.getByLabel(`Due date for ${overridden!.title}`, { exact: true });
    await due.fill('2026-12-07');
    await due.press('Enter');

    await expect.poll(async () => byTemplate(await items(app), overridden!.id)?.dueOverridden).toBe(true);
    const rows = await items(app);
    expect(byTemplate(rows, ticked1!.id)?.done).toBe(true);
    expect(byTemplate(rows, ticked2!.id)?.doneAt).not.toBeNull();
    const people = (await readPlanSnapshot(page)).people as Person[];
    expect(people.map((person) => person.name)).toEqual(['Priya']);
    expect(byTemplate(rows, assigned!.id)?.assigneeId).toBe(people[0]?.id);
    expect(byTemplate(rows, overridden!.id)?.dueDate).toBe('2026-12-07');
    expect(rows.filter((row) => row.done)).toHaveLength(2);
    await panel().getByText('set by hand').waitFor();
    expect(await panel().getByText(`2/${major.items.length} done`).count()).toBe(1);
    expect(
      await page
        .getByRole('toolbar', { name: 'Plan actions' })
        .getByRole('button', { name: 'Undo' })
        .isEnabled(),
    ).toBe(true);
  });

  it('drags the launch three days later: exactly the open, not-overridden items move', async () => {
    const { page } = app;
    const before = await items(app);
    await dragTo(page, dayCell(page, '2026-12-08').getByText(TITLE), dayCell(page, '2026-12-11'));
    await expect
      .poll(async () => (await readStore<Announcement>(page, 'announcements'))[0]?.launchDate)
      .toBe('2026-12-11');
    const after = await items(app);
    expect(after).toHaveLength(before.length);
    const settings = (await readStore<Settings>(page, 'settings'))[0]!;
    for (const old of before) {
      const now = after.find((row) => row.id === old.id)!;
      if (old.done || old.dueOverridden) {
        expect(now.dueDate, old.title).toBe(old.dueDate);
      } else if (old.offset?.kind === 'launch') {
        expect(now.dueDate, old.title).toBe(addCalendarDays(old.dueDate, 3));
      } else {
        expect(now.dueDate, old.title).toBe(
          dueDateForOffset(old.offset!, calendarDay('2026-12-11'), settings),
        );
      }
    }
    // The held items are ones that would have moved: done and hand-set items of a launch offset.
    for (const held of [ticked1, ticked2, overridden]) {
      expect(byTemplate(after, held!.id)?.dueDate).toBe(byTemplate(before, held!.id)?.dueDate);
      expect(held!.offset.kind).toBe('launch');
    }
    expect(byTemplate(after, assigned!.id)?.dueDate).toBe(
      addCalendarDays(byTemplate(before, assigned!.id)!.dueDate, 3),
    );
  });

  it('switches the tier to Minor and back through the edit form and loses nothing', async () => {
    const { page } = app;
    const before = await items(app);
    const edit = async (tierName: string, expectText: RegExp) => {
      await panel().getByRole('button', { name: 'Edit', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit announcement' });
      await dialog.getByLabel('Tier', { exact: true }).selectOption({ label: tierName });
      await dialog.getByRole('status').getByText(expectText).waitFor();
      if (tierName === 'Minor') await screenshot(page, 'announcement-edit-tier-change');
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
    };

    await edit('Minor', /4 items kept as “not in this tier”/);
    await expect
      .poll(async () => (await readStore<Announcement>(page, 'announcements'))[0]?.tierKey)
      .toBe('minor');
    const onMinor = await items(app);
    const kept = onMinor.filter((row) => row.notInTier).map((row) => row.templateItemId);
    // Two ticked, one assigned, one set by hand: all four hold the planner's work.
    expect(kept.sort()).toEqual([ticked1!.id, ticked2!.id, assigned!.id, overridden!.id].sort());
    expect(onMinor).toHaveLength(minor.items.length + kept.length);
    await expect.poll(() => panel().getByText('not in this tier', { exact: true }).count()).toBe(4);
    await panel().getByText('not in this tier', { exact: true }).first().scrollIntoViewIfNeeded();
    await panel().screenshot({ path: join(SCREENSHOT_DIR, 'announcement-checklist-not-in-tier.png') });

    await edit('Major', /kept as/);
    await expect.poll(async () => (await items(app)).length).toBe(major.items.length);
    const back = await items(app);
    const visible = (row: ChecklistItem) => [
      row.id,
      row.title,
      row.done,
      row.doneAt,
      row.assigneeId,
      row.dueDate,
      row.dueOverridden,
      row.notInTier,
      row.order,
    ];
    expect(back.map(visible)).toEqual(before.map(visible));
    await expect
      .poll(() => panel().getByRole('list', { name: 'Checklist' }).getByRole('listitem').count())
      .toBe(major.items.length);
  });

  it('shows checklist items on the calendar and takes screenshots of the calendar and the panel', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Show checklist items on the calendar').check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await readStore<Settings>(page, 'settings'))[0]?.showChecklistMarkers).toBe(true);
    // The landing page is due the day before launch: its marker sits on 10 December.
    const landing = major.items.find((item) => item.id === 'landing-page')!;
    await dayCell(page, '2026-12-10').getByText(landing.title, { exact: false }).first().waitFor();
    await screenshot(page, 'announcement-checklist-calendar');
    await panel().screenshot({ path: join(SCREENSHOT_DIR, 'announcement-checklist-panel.png') });
  });

  it('dragging a checklist marker sets that item’s own due date, and only that item’s', async () => {
    const { page } = app;
    const landing = major.items.find((item) => item.id === 'landing-page')!;
    const before = await readStore<ChecklistItem>(page, 'checklistItems');
    const marker = dayCell(page, '2026-12-10').getByText(landing.title, { exact: false }).first();
    await dragTo(page, marker, dayCell(page, '2026-12-08'));
    const find = (items: ChecklistItem[]) => items.find((item) => item.templateItemId === 'landing-page');
    await expect
      .poll(async () => find(await readStore<ChecklistItem>(page, 'checklistItems'))?.dueDate)
      .toBe('2026-12-08');
    const after = await readStore<ChecklistItem>(page, 'checklistItems');
    expect(find(after)?.dueOverridden).toBe(true);
    // Every other item is exactly as it was.
    const others = (items: ChecklistItem[]) => items.filter((item) => item.templateItemId !== 'landing-page');
    expect(others(after)).toEqual(others(before));
    await dayCell(page, '2026-12-08').getByText(landing.title, { exact: false }).first().waitFor();
  });
});
