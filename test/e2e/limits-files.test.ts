import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../shared/backup/create-backup';
import { defaultSettings } from '../../shared/settings-defaults';
import { builtInTemplateSets } from '../../shared/templates/built-in-sets';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';
import { utcInstant } from '../dates';

const folder = mkdtempSync(join(tmpdir(), 'tierline-limits-files-'));

function writeJson(name: string, value: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

function plan(announcement: Record<string, unknown>): unknown {
  return {
    tierline: 1,
    timeZone: 'UTC',
    announcements: [{ title: 'Launch', tier: 'minor', ...announcement }],
  };
}

/** An empty plan's backup, as Tierline writes it, with `patch` applied to its data. */
function backup(patch: Record<string, unknown>): unknown {
  const written = createBackup(
    {
      announcements: [],
      checklistItems: [],
      maintenanceWindows: [],
      templateSets: builtInTemplateSets(),
      settings: defaultSettings('Europe/London'),
      people: [],
    },
    utcInstant('2026-11-20T09:30:00.000Z'),
  );
  return { ...written, data: { ...written.data, ...patch } };
}

describe('hostile input: plan files and backups opened in the app', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  const importDialog = () => app.page.getByRole('dialog', { name: 'Import' });

  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Opens a file in the Import dialog, as a person does with "Choose file…"; returns the problems. */
  async function importProblems(path: string): Promise<Locator> {
    await calendar.toolbarButton('Import').click();
    await importDialog().waitFor();
    const [chooser] = await Promise.all([
      app.page.waitForEvent('filechooser'),
      importDialog().getByRole('button', { name: 'Choose file…' }).click(),
    ]);
    await chooser.setFiles(path);
    const problems = importDialog().getByRole('region', { name: 'Problems' });
    await problems.waitFor();
    return problems;
  }

  async function closeAndExpectUsable(): Promise<void> {
    await importDialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => app.page.getByRole('dialog').count()).toBe(0);
    const dialog = await calendar.newAnnouncement();
    await dialog.cancel();
  }

  it('lists a plan file’s launch on 9999-12-31 with its JSON path and imports nothing', async () => {
    const before = await readPlanSnapshot(app.page);
    const problems = await importProblems(writeJson('plan-9999.json', plan({ launch: '9999-12-31' })));
    await problems.getByText('$.announcements[0].launch').waitFor();
    await problems
      .getByText('9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).')
      .waitFor();
    expect(await importDialog().getByRole('button', { name: 'Import plan' }).count()).toBe(0);
    await screenshot(app.page, 'limits-import-plan-9999');
    await expectNoAxeViolations(app.page, 'dialog[aria-labelledby]');
    await expectPlanUnchanged(app.page, before);
    await closeAndExpectUsable();
  });

  it('lists a plan file whose Major checklist would run into 2200, naming the item', async () => {
    const before = await readPlanSnapshot(app.page);
    const problems = await importProblems(
      writeJson('plan-2199.json', plan({ tier: 'major', launch: '2199-12-30' })),
    );
    await problems.getByText(/would be due 2200-/).waitFor();
    await expectPlanUnchanged(app.page, before);
    await closeAndExpectUsable();
  });

  it('refuses a 100,000-character tier name without showing it', async () => {
    const before = await readPlanSnapshot(app.page);
    const problems = await importProblems(
      writeJson('plan-tier.json', plan({ tier: 't'.repeat(100_000), launch: '2026-12-01' })),
    );
    await problems.getByText('must be at most 100 characters').waitFor();
    expect((await problems.textContent())?.length).toBeLessThan(400);
    await expectPlanUnchanged(app.page, before);
    await closeAndExpectUsable();
  });

  it('lists a backup’s checklist due day in 1899 and restores nothing', async () => {
    const before = await readPlanSnapshot(app.page);
    const item = {
      id: 'i1',
      parentId: 'missing',
      parentKind: 'announcement',
      templateItemId: null,
      title: 'Old',
      channel: 'other',
      team: 'Marketing',
      assigneeId: null,
      offset: null,
      dueDate: '1899-12-31',
      dueAt: null,
      dueOverridden: false,
      done: false,
      doneAt: null,
      notes: '',
      custom: true,
      notInTier: false,
      order: 0,
      updatedAt: '2026-11-20T09:30:00.000Z',
      sequence: 0,
    };
    const problems = await importProblems(writeJson('backup-1899.json', backup({ checklistItems: [item] })));
    await problems.getByText('$.data.checklistItems[0].dueDate').waitFor();
    await problems
      .getByText('1899-12-31 is outside the dates Tierline plans (between 1900 and 2199).')
      .waitFor();
    await expectPlanUnchanged(app.page, before);
    await closeAndExpectUsable();
  });

  it('refuses a backup nested 100,000 levels deep with a sentence, and the page keeps working', async () => {
    const before = await readPlanSnapshot(app.page);
    const deep = `{"format":"tierline-backup","schemaVersion":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const problems = await importProblems(writeJson('backup-deep.json', deep));
    await problems.getByText(/nested more than 32 levels deep/).waitFor();
    await screenshot(app.page, 'limits-import-backup-deep');
    await expectPlanUnchanged(app.page, before);
    await closeAndExpectUsable();
  });
});
