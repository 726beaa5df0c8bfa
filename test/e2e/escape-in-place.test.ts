import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person, TemplateSet } from '../../shared/types';
import { openApp, type AppSession } from './browser';
import { readStore } from './idb';
import { PeoplePage } from './pages/people-page';

const page000 = readFileSync(join(process.cwd(), 'test/fixtures/handbook/000_d406f89cd6c83b07.txt'), 'utf8');

/**
 * Fields saved in place (People rows, the Templates editors) save on Enter or on leaving them.
 * Escape must put back what is stored and keep the dialog open: the native dialog's own Escape
 * closed it, and the field's blur then saved the half-typed value.
 */
describe('Escape in a field that saves in place reverts it and saves nothing', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('People: Escape in a half-typed name puts the name back, keeps the dialog open, stores nothing', async () => {
    const { page } = app;
    const people = await PeoplePage.open(page);
    await people.add('Priya Shah', { team: 'Growth' });
    const before = await readStore<Person>(page, 'people');
    const name = people.row('Priya Shah').getByRole('textbox', { name: 'Name of Priya Shah', exact: true });
    await name.fill('Priya Sh');
    await name.press('Escape');
    expect(await name.inputValue()).toBe('Priya Shah');
    expect(await people.root.isVisible()).toBe(true);
    const team = people.row('Priya Shah').getByLabel('Team of Priya Shah', { exact: true });
    await team.fill('Gro');
    await team.press('Escape');
    expect(await team.inputValue()).toBe('Growth');
    // A second Escape, with nothing typed, closes the dialog; nothing was saved on the way.
    await team.press('Escape');
    await people.root.waitFor({ state: 'hidden' });
    expect(await readStore<Person>(page, 'people')).toEqual(before);
  });

  it('Templates: Escape in a tier name or an item title puts it back and stores nothing', async () => {
    const { page } = app;
    const dialog = page.getByRole('dialog', { name: 'Templates' });
    await page.getByRole('button', { name: 'Templates' }).click();
    await dialog.getByRole('button', { name: 'Import handbook page…' }).click();
    await dialog.getByLabel('Handbook page (Markdown)').fill(page000);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await dialog.getByRole('button', { name: 'Save as template set' }).click();
    const imported = await expect
      .poll(async () => (await readStore<TemplateSet>(page, 'templateSets')).find((set) => !set.builtIn))
      .toBeDefined()
      .then(async () => (await readStore<TemplateSet>(page, 'templateSets')).find((set) => !set.builtIn)!);
    await dialog.getByLabel('Template set').selectOption(imported.id);
    const before = await readStore<TemplateSet>(page, 'templateSets');
    const tierName = dialog.getByLabel('Tier name', { exact: true });
    const storedName = await tierName.inputValue();
    await tierName.fill('Half-typ');
    await tierName.press('Escape');
    expect(await tierName.inputValue()).toBe(storedName);
    expect(await dialog.isVisible()).toBe(true);
    const title = dialog.getByRole('textbox', { name: 'Title of item 1', exact: true });
    const storedTitle = await title.inputValue();
    await title.fill('Half a tit');
    await title.press('Escape');
    expect(await title.inputValue()).toBe(storedTitle);
    expect(await dialog.isVisible()).toBe(true);
    await title.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await readStore<TemplateSet>(page, 'templateSets')).toEqual(before);
  });
});
