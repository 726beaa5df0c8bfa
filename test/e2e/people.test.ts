import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInTemplateSets, findTier } from '../../shared/templates/built-in-sets';
import type { ChecklistItem, Person } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { PeoplePage } from './pages/people-page';
import { PersonPicker } from './pages/person-picker';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';

const MINOR_TITLES = (() => {
  const set = builtInTemplateSets().find((candidate) => candidate.id === 'handbook-current');
  const titles = (set ? findTier(set, 'minor') : undefined)?.items.map((item) => item.title) ?? [];
  if (titles.length < 3) throw new Error('the Minor tier has fewer than three items');
  return titles as [string, string, string, ...string[]];
})();

let app: AppSession;
beforeEach(async () => {
  app = await openApp();
});
afterEach(async () => {
  await app.close();
});

async function people(): Promise<Person[]> {
  return (await readPlanSnapshot(app.page)).people as Person[];
}

async function itemsAssignedTo(name: string): Promise<string[]> {
  const snapshot = await readPlanSnapshot(app.page);
  const person = (snapshot.people as Person[]).find((candidate) => candidate.name === name);
  return (snapshot.checklistItems as ChecklistItem[])
    .filter((item) => person !== undefined && item.assigneeId === person.id)
    .map((item) => item.title)
    .sort();
}

/** A Minor launch on 8 Dec, its panel open; returns the panel and its checklist. */
async function launchWithChecklist(title = 'Dashboards for teams') {
  const calendar = new CalendarPage(app.page);
  const dialog = await calendar.newAnnouncement();
  await dialog.fill({ title, tier: 'Minor', launchDate: '2026-12-08' });
  await dialog.submit();
  const panel = app.page.getByRole('complementary', { name: 'Announcement details' });
  const list = panel.getByRole('list', { name: 'Checklist' });
  await list.waitFor();
  return { calendar, panel, list, titles: MINOR_TITLES };
}

describe('people', () => {
  it('adds people with a team and an email, lists them by name, and passes axe', async () => {
    const page = await PeoplePage.open(app.page);
    await page.add('Priya Shah', { team: 'Marketing', email: 'priya@example.com' });
    await page.add('  ana  ', { team: 'Content & Docs' });
    await expect.poll(() => page.names()).toEqual(['ana', 'Priya Shah']);
    expect(await people()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Priya Shah',
          team: 'Marketing',
          email: 'priya@example.com',
          active: true,
        }),
        expect.objectContaining({ name: 'ana', nameKey: 'ana', team: 'Content & Docs' }),
      ]),
    );
    await screenshot(app.page, 'people-settings');
    await expectNoAxeViolations(app.page, 'dialog[open]');
  });

  it('confirms before a typed name becomes a person, then assigns them; the open list passes axe', async () => {
    const { list, titles } = await launchWithChecklist();
    const picker = PersonPicker.within(list, `Assignee for ${titles[0]}`);
    const options = await picker.type('Dana');
    await options.getByRole('option', { name: 'Create “Dana”?' }).waitFor();
    await screenshot(app.page, 'person-picker-create');
    await expectNoAxeViolations(app.page, 'aside');
    // Leaving the field without confirming creates nobody and assigns nothing.
    await picker.input.press('Tab');
    expect(await people()).toEqual([]);
    expect(await picker.value()).toBe('');

    await picker.create('Dana');
    await expect.poll(() => itemsAssignedTo('Dana')).toEqual([titles[0]]);
    // Another item: " DANA " matches Dana, so no second person is offered or made.
    const second = PersonPicker.within(list, `Assignee for ${titles[1]}`);
    const matches = await second.type(' DANA ');
    expect(await matches.getByRole('option', { name: /Create/ }).count()).toBe(0);
    await matches.getByRole('option', { name: 'Dana' }).click();
    await expect.poll(() => itemsAssignedTo('Dana')).toEqual([titles[0], titles[1]].sort());
    expect((await people()).map((person) => person.name)).toEqual(['Dana']);
  });

  it('works from the keyboard: arrows move through the list, Enter picks, Escape puts the name back', async () => {
    const people = await PeoplePage.open(app.page);
    await people.add('Ana');
    await people.add('Anouk');
    await people.add('Ben');
    await people.close();
    const { list, titles } = await launchWithChecklist();
    const picker = PersonPicker.within(list, `Assignee for ${titles[0]}`);
    const options = await picker.type('an');
    expect(await options.getByRole('option').allTextContents()).toEqual(['Ana', 'Anouk', 'Create “an”?']);
    await picker.input.press('ArrowDown');
    await picker.input.press('ArrowDown');
    expect(await options.getByRole('option', { selected: true }).textContent()).toBe('Anouk');
    expect(await picker.input.getAttribute('aria-activedescendant')).toBe(
      await options.getByRole('option', { selected: true }).getAttribute('id'),
    );
    await picker.input.press('Enter');
    await expect.poll(() => itemsAssignedTo('Anouk')).toEqual([titles[0]]);
    await picker.input.fill('Be');
    await picker.input.press('Escape');
    expect(await picker.value()).toBe('Anouk');
  });

  it('renames a person and the open launch’s checklist shows the new name at once', async () => {
    const { list, titles } = await launchWithChecklist();
    await PersonPicker.within(list, `Assignee for ${titles[0]}`).create('Ben');
    await expect.poll(() => itemsAssignedTo('Ben')).toEqual([titles[0]]);

    const page = await PeoplePage.open(app.page);
    await page.rename('Ben', 'Benjamin Okafor');
    await expect.poll(() => page.names()).toEqual(['Benjamin Okafor']);
    await page.close();
    const picker = PersonPicker.within(list, `Assignee for ${titles[0]}`);
    await expect.poll(() => picker.value()).toBe('Benjamin Okafor');
    expect(await itemsAssignedTo('Benjamin Okafor')).toEqual([titles[0]]);
  });

  it('merges two people in one undoable change: items move, undo puts both back', async () => {
    const { list, titles } = await launchWithChecklist();
    await PersonPicker.within(list, `Assignee for ${titles[0]}`).create('Ben');
    await PersonPicker.within(list, `Assignee for ${titles[1]}`).create('Benjamin');
    await expect.poll(() => itemsAssignedTo('Benjamin')).toEqual([titles[1]]);
    const before = await readPlanSnapshot(app.page);

    const page = await PeoplePage.open(app.page);
    await page.merge('Benjamin', 'Ben');
    await expect.poll(() => page.names()).toEqual(['Ben']);
    expect(await itemsAssignedTo('Ben')).toEqual([titles[0], titles[1]].sort());
    await page.close();

    // The toast that says so offers Undo: one press puts both people and every item back.
    await app.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await app.page.getByText('Undid: Merge people').waitFor();
    await expectPlanUnchanged(app.page, before);
    expect(await itemsAssignedTo('Benjamin')).toEqual([titles[1]]);
  });

  it('asks whom to give a deleted person’s items to, and hands them over', async () => {
    const { list, titles } = await launchWithChecklist();
    await PersonPicker.within(list, `Assignee for ${titles[0]}`).create('Ola');
    await PersonPicker.within(list, `Assignee for ${titles[1]}`).create('Ola Two');
    await PersonPicker.within(list, `Assignee for ${titles[2]}`).choose('Ola Two');
    await expect.poll(() => itemsAssignedTo('Ola Two')).toEqual([titles[1], titles[2]].sort());

    const page = await PeoplePage.open(app.page);
    const question = await page.delete('Ola Two', 'Ola');
    expect(question).toContain('Ola Two owns 2 items. Give them to');
    await expect.poll(() => page.names()).toEqual(['Ola']);
    expect(await itemsAssignedTo('Ola')).toEqual([titles[0], titles[1], titles[2]].sort());
    // Deleting the last one with "Nobody" leaves the items unassigned but every item still there.
    const count = (await readPlanSnapshot(app.page)).checklistItems?.length;
    await page.delete('Ola', 'Nobody');
    await expect.poll(async () => (await people()).length).toBe(0);
    const items = (await readPlanSnapshot(app.page)).checklistItems as ChecklistItem[];
    expect(items).toHaveLength(count ?? -1);
    expect(items.every((item) => item.assigneeId === null)).toBe(true);
  });

  it('imports a plan file without people: its owner names become people, matched ignoring case', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tierline-people-'));
    const file = join(folder, 'plan.json');
    writeFileSync(
      file,
      JSON.stringify({
        tierline: 1,
        timeZone: 'Europe/London',
        announcements: [
          {
            id: 'one',
            title: 'Insights v3',
            tier: 'minor',
            launch: '2026-12-09',
            owner: 'Ana',
            productOwner: 'ben',
          },
          { id: 'two', title: 'Surveys API', tier: 'minor', launch: '2026-12-10', owner: ' ANA ' },
        ],
        maintenance: [
          {
            id: 'w',
            title: 'Kafka upgrade',
            start: '2026-12-12T22:00',
            end: '2026-12-13T01:00',
            owner: 'Ben',
          },
        ],
      }),
    );
    // Ana is already in the list: the file's "Ana" and " ANA " are her.
    const page = await PeoplePage.open(app.page);
    await page.add('Ana', { team: 'Marketing' });
    await expect.poll(() => page.names()).toEqual(['Ana']);
    await page.close();

    const calendar = new CalendarPage(app.page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(file);
    await dialog.preview.getByRole('button', { name: 'Import plan' }).click();
    await calendar.expectItemOn('2026-12-10', 'Surveys API');
    const after = await readPlanSnapshot(app.page);
    const list = after.people as Person[];
    expect(list.map((person) => person.name).sort()).toEqual(['Ana', 'ben']);
    const ana = list.find((person) => person.name === 'Ana');
    expect(ana?.team).toBe('Marketing');
    const owners = (after.announcements as { marketingOwnerId: string | null }[]).map(
      (a) => a.marketingOwnerId,
    );
    expect(owners).toEqual([ana?.id, ana?.id]);
    const panel = await calendar.openItem('2026-12-09', 'Insights v3');
    await expect.poll(() => panel.locator('dt:text-is("Product owner") + dd').textContent()).toBe('ben');
  });
});

describe('hostile input: people', () => {
  async function expectStillUsable(): Promise<void> {
    const dialog = await new CalendarPage(app.page).newAnnouncement();
    await dialog.cancel();
  }

  for (const [name, typed, message] of [
    ['an empty name', '   ', 'Enter a name.'],
    ['a 201-character name', 'x'.repeat(201), 'A name can be at most 200 characters (this one has 201).'],
    ['a name already in the list in another case', ' PRIYA ', '“Priya” is already in the people list.'],
  ] as const) {
    it(`refuses ${name} beside the Name field and stores nothing`, async () => {
      const page = await PeoplePage.open(app.page);
      await page.add('Priya');
      await expect.poll(() => page.names()).toEqual(['Priya']);
      const before = await readPlanSnapshot(app.page);
      await page.add(typed);
      await expect.poll(() => page.addError()).toBe(message);
      const field = page.addForm.getByLabel('Name', { exact: true });
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      await expectPlanUnchanged(app.page, before);
      // A refused name is still typed, not added: closing asks before throwing it away (blanks
      // are nothing to lose, so they close at once).
      if (typed.trim() === '') await page.close();
      else await page.discardAndClose();
      await expectStillUsable();
    });
  }

  it('refuses renaming someone to another person’s name, beside the field, and renames nothing', async () => {
    const page = await PeoplePage.open(app.page);
    await page.add('Ben');
    await page.add('Ana');
    await expect.poll(() => page.names()).toEqual(['Ana', 'Ben']);
    const before = await readPlanSnapshot(app.page);
    await page.rename('Ben', 'ana');
    await page.row('Ben').getByRole('alert').getByText('“Ana” is already in the people list.').waitFor();
    await expectPlanUnchanged(app.page, before);
    await screenshot(app.page, 'people-rename-refused');
    await page.close();
    await expectStillUsable();
  });

  it('refuses creating an over-long name from an owner field, beside the field, and stores nothing', async () => {
    const { list, titles } = await launchWithChecklist();
    const before = await readPlanSnapshot(app.page);
    const picker = PersonPicker.within(list, `Assignee for ${titles[0]}`);
    const long = 'y'.repeat(250);
    const options = await picker.type(long);
    await options.getByRole('option', { name: /^Create/ }).click();
    await list
      .getByRole('alert')
      .getByText('A name can be at most 200 characters (this one has 250).')
      .waitFor();
    await expectPlanUnchanged(app.page, before);
    await expectStillUsable();
  });
});
