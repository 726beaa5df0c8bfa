import { describe, expect, it } from 'vitest';
import { migrateBackup } from '../../../shared/backup/migrate';
import { createBackup } from '../../../shared/backup/create-backup';
import { validateBackup } from '../../../shared/backup/validate';
import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import { exportInput } from '../export/records';
import { utcInstant } from '../../dates';

function sampleBackup(): Record<string, unknown> {
  const input = exportInput();
  const backup = createBackup(
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
  return JSON.parse(JSON.stringify(backup)) as Record<string, unknown>;
}

describe('validateBackup', () => {
  it('accepts a backup of everything as written', () => {
    const result = validateBackup(sampleBackup());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.warnings).toEqual([]);
      expect(result.backup.data.checklistItems).toHaveLength(2);
      expect(result.migratedFrom).toBe(2);
    }
  });

  it('names the JSON path of every problem', () => {
    const backup = sampleBackup();
    const data = backup.data as Record<string, unknown[]>;
    (data.announcements?.[0] as Record<string, unknown>).launchDate = '2026-13-01';
    (data.checklistItems?.[1] as Record<string, unknown>).done = 'yes';
    delete (data.maintenanceWindows?.[0] as Record<string, unknown>).end;
    const result = validateBackup(backup);
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual([
      '$.data.announcements[0].launchDate',
      '$.data.checklistItems[1].done',
      '$.data.maintenanceWindows[0].end',
    ]);
  });

  it('treats duplicate ids as problems and orphans as warnings', () => {
    const backup = sampleBackup();
    const data = backup.data as Record<string, Record<string, unknown>[]>;
    data.checklistItems?.push({ ...(data.checklistItems[0] as Record<string, unknown>) });
    expect(validateBackup(backup).ok).toBe(false);
    const orphaned = sampleBackup();
    (
      (orphaned.data as Record<string, Record<string, unknown>[]>).checklistItems?.[0] as Record<
        string,
        unknown
      >
    ).parentId = 'gone';
    const result = validateBackup(orphaned);
    expect(result.ok && result.warnings.map((warning) => warning.path)).toEqual([
      '$.data.checklistItems[0].parentId',
    ]);
  });
});

describe('migrateBackup', () => {
  it('refuses a backup from a newer Tierline with a clear message', () => {
    const result = migrateBackup({ ...sampleBackup(), schemaVersion: 3 });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems[0]?.message).toContain('made by a newer Tierline');
  });

  it('applies each step in order without touching the input', () => {
    const old = { ...sampleBackup(), schemaVersion: 1 };
    const before = JSON.stringify(old);
    const steps = {
      1: (backup: Record<string, unknown>) => ({ ...backup, note: 'from 1' }),
      2: (backup: Record<string, unknown>) => ({ ...backup, note: `${String(backup.note)} then 2` }),
    };
    const result = migrateBackup(old, steps, 3);
    expect(result.ok && result.backup).toMatchObject({ schemaVersion: 3, note: 'from 1 then 2' });
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(JSON.stringify(old)).toBe(before);
    expect(migrateBackup(old, { 1: steps[1] }, 3).ok).toBe(false);
  });

  it('says when something is not a Tierline backup', () => {
    expect(migrateBackup('text')).toMatchObject({ ok: false, problems: [{ path: '$' }] });
    expect(migrateBackup({ format: 'other' })).toMatchObject({ ok: false, problems: [{ path: '$.format' }] });
    expect(migrateBackup({ format: 'tierline-backup', schemaVersion: 0 })).toMatchObject({
      ok: false,
      problems: [{ path: '$.schemaVersion' }],
    });
  });
});
