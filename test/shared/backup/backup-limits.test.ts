import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../shared/backup/create-backup';
import { validateBackup } from '../../../shared/backup/validate';
import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import { exportInput } from '../export/records';
import { utcInstant } from '../../dates';

type Row = Record<string, unknown>;
type Json = Row & { data: { announcements: Row[]; checklistItems: Row[]; maintenanceWindows: Row[] } };

function backup(): Json {
  const input = exportInput();
  const written = createBackup(
    {
      announcements: input.announcements,
      checklistItems: input.items,
      maintenanceWindows: input.windows,
      templateSets: [...input.templateSets, ...builtInTemplateSets()],
      settings: input.settings,
      people: input.people ?? [],
    },
    utcInstant('2026-11-20T09:30:00.000Z'),
  );
  return JSON.parse(JSON.stringify(written)) as Json;
}

function problemsOf(json: unknown) {
  const result = validateBackup(json);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('hostile input: backups', () => {
  it('refuses a launch day of 9999-12-31 at its JSON path', () => {
    const json = backup();
    (json.data.announcements[0] as Row).launchDate = '9999-12-31';
    expect(problemsOf(json)).toEqual([
      {
        path: '$.data.announcements[0].launchDate',
        message: '9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).',
      },
    ]);
  });

  it('refuses a checklist due day in 1899', () => {
    const json = backup();
    (json.data.checklistItems[0] as Row).dueDate = '1899-12-31';
    expect(problemsOf(json).map((problem) => problem.path)).toEqual(['$.data.checklistItems[0].dueDate']);
  });

  it('refuses a maintenance instant in year 2200', () => {
    const json = backup();
    (json.data.maintenanceWindows[0] as Row).end = '2200-01-01T00:00:00.000Z';
    expect(problemsOf(json)).toEqual([
      {
        path: '$.data.maintenanceWindows[0].end',
        message: '"2200-01-01T00:00:00.000Z" is outside the dates Tierline plans (between 1900 and 2199).',
      },
    ]);
  });

  it('refuses a backup nested 100,000 levels deep without running out of stack', () => {
    let deep: unknown = {};
    for (let level = 0; level < 100_000; level++) deep = { a: deep };
    const json = { ...backup(), extra: deep };
    expect(problemsOf(json)[0]?.message).toMatch(/^nested more than 32 levels deep/);
  });
});

describe('the backup limits leave room for real backups', () => {
  it('accepts a backup of an ordinary plan, whose deepest value is well under the depth limit', () => {
    expect(validateBackup(backup()).ok).toBe(true);
  });
});
