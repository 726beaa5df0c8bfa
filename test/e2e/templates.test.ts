import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHandbookPage } from '../../shared/handbook-import/parse-handbook-page';
import type { Settings, TemplateSet } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { utcInstant } from '../dates';

const page000 = readFileSync(join(process.cwd(), 'test/fixtures/handbook/000_d406f89cd6c83b07.txt'), 'utf8');
const page002 = readFileSync(join(process.cwd(), 'test/fixtures/handbook/002_b35619211164649d.txt'), 'utf8');

describe('template sets: import a handbook page, edit and use it', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const dialog = () => app.page.getByRole('dialog');

  it('imports the earlier handbook page: a preview of three tiers, then a saved set', async () => {
    const { page } = app;
    // What the page should become, read from the fixture by the importer itself, not retyped.
    const expected = parseHandbookPage(page000, {
      id: 'expected',
      now: utcInstant('2026-12-02T10:00:00.000Z'),
    });
    if (!expected.ok) throw new Error(expected.error);
    expect(expected.set.tiers).toHaveLength(3);

    await page.getByRole('button', { name: 'Templates' }).click();
    await dialog().getByRole('button', { name: 'Import handbook page…' }).click();
    await dialog().getByLabel('Handbook page (Markdown)').fill(page000);
    await dialog().getByRole('button', { name: 'Preview' }).click();
    const preview = dialog().getByRole('region', { name: 'Import preview' });
    await preview.getByText(`Preview: 3 tiers, ${expected.preview.itemCount} items`).waitFor();
    for (const tier of expected.set.tiers) {
      await preview.getByText(tier.name, { exact: true }).waitFor();
      for (const item of tier.items)
        expect(await preview.getByText(item.title, { exact: true }).count()).toBeGreaterThan(0);
    }
    await screenshot(page, 'templates-import-preview');
    expect(await readStore<TemplateSet>(page, 'templateSets')).toHaveLength(2);

    await preview.getByRole('button', { name: 'Save as template set' }).click();
    const setSelect = dialog().getByLabel('Template set');
    await expect.poll(() => setSelect.locator('option').allTextContents()).toContain(expected.set.name);
    const stored = await readStore<TemplateSet>(page, 'templateSets');
    expect(stored).toHaveLength(3);
    const imported = stored.find((set) => !set.builtIn)!;
    expect(imported.tiers.map((tier) => [tier.name, tier.items.map((item) => item.title)])).toEqual(
      expected.set.tiers.map((tier) => [tier.name, tier.items.map((item) => item.title)]),
    );
  });

  it('refuses the marketing overview page with a clear message and stores nothing', async () => {
    const { page } = app;
    await dialog().getByRole('button', { name: 'Import handbook page…' }).click();
    await dialog().getByLabel('Handbook page (Markdown)').fill(page002);
    await dialog().getByRole('button', { name: 'Preview' }).click();
    const alert = dialog().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Nothing was imported\. No tier headings/);
    expect(await dialog().getByRole('button', { name: 'Save as template set' }).count()).toBe(0);
    expect(await readStore<TemplateSet>(page, 'templateSets')).toHaveLength(3);
    await screenshot(page, 'templates-import-refused');
    await dialog().getByRole('button', { name: 'Back to templates' }).click();
  });

  it('renames a tier of the imported set, makes the set active and offers the new name for new announcements', async () => {
    const { page } = app;
    const imported = (await readStore<TemplateSet>(page, 'templateSets')).find((set) => !set.builtIn)!;
    const tier = imported.tiers.find((candidate) => candidate.rank === 1)!;
    await dialog().getByLabel('Template set').selectOption(imported.id);
    await dialog().getByRole('group', { name: 'Tiers' }).getByRole('button', { name: tier.name }).click();
    const name = dialog().getByLabel('Tier name', { exact: true });
    await name.fill('Big bang');
    await name.press('Enter');
    await expect
      .poll(
        async () =>
          (await readStore<TemplateSet>(page, 'templateSets'))
            .find((set) => set.id === imported.id)
            ?.tiers.find((t) => t.key === tier.key)?.name,
      )
      .toBe('Big bang');

    await dialog().getByRole('button', { name: 'Use for new announcements' }).click();
    await expect
      .poll(async () => (await readStore<Settings>(page, 'settings'))[0]?.activeTemplateSetId)
      .toBe(imported.id);
    await screenshot(page, 'templates-editor');
    await dialog().getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog().count()).toBe(0);

    await page.getByRole('button', { name: 'New announcement' }).click();
    const form = page.getByRole('dialog', { name: 'New announcement' });
    // As a person does: look at the Tier field once the dialog is open (it loads on first use).
    const tierField = form.getByLabel('Tier', { exact: true });
    await tierField.waitFor();
    const options = await tierField.locator('option').allTextContents();
    expect(options).toContain('Big bang');
    expect(options).toHaveLength(imported.tiers.length);
    await form.getByRole('button', { name: 'Cancel' }).click();
  });
});
