import { describe, expect, it } from 'vitest';
import { migrateBackupV1ToV2 } from '../../../shared/backup/migrate';
import { validateBackup } from '../../../shared/backup/validate';
import { recordsToPlan } from '../../../shared/plan-file/from-records';
import { planToRecords } from '../../../shared/plan-file/to-records';
import { validatePlanFile } from '../../../shared/plan-file/validate';
import { exportInput } from '../export/records';
import { createBackup } from '../../../shared/backup/create-backup';
import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import { utcInstant } from '../../dates';

const NOW = utcInstant('2026-12-02T10:00:00.000Z');

function plan(extra: Record<string, unknown> = {}) {
  const result = validatePlanFile({
    tierline: 1,
    timeZone: 'UTC',
    announcements: [
      { id: 'a1', title: 'One', tier: 'minor', launch: '2026-12-08', owner: 'ben', productOwner: 'Ana' },
      { id: 'a2', title: 'Two', tier: 'minor', launch: '2026-12-09', owner: ' BEN ' },
    ],
    maintenance: [
      { id: 'w1', title: 'Work', start: '2026-12-05T22:00', end: '2026-12-06T02:00', owner: 'Ben' },
    ],
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

describe('people in plan files', () => {
  it('imports a plan file without people: names become people, matched ignoring case and spacing', () => {
    const records = planToRecords(plan(), { now: NOW });
    expect(records.people.map((person) => person.name).sort()).toEqual(['Ana', 'ben']);
    const ben = records.people.find((person) => person.nameKey === 'ben')?.id;
    expect(records.announcements.map((a) => a.marketingOwnerId)).toEqual([ben, ben]);
    expect(records.windows[0]?.ownerId).toBe(ben);
  });

  it('takes team, email and active from the people list, and writes names and the list back', () => {
    const withList = plan({ people: [{ name: 'Ben', team: 'Marketing', email: 'ben@x.io', active: false }] });
    const records = planToRecords(withList, { now: NOW });
    expect(records.people.find((person) => person.nameKey === 'ben')).toMatchObject({
      name: 'Ben',
      team: 'Marketing',
      email: 'ben@x.io',
      active: false,
    });
    const { plan: written } = recordsToPlan({ ...records, timeZone: 'UTC' });
    expect(written.announcements.map((a) => a.owner)).toEqual(['Ben', 'Ben']);
    expect(written.people).toContainEqual({
      name: 'Ben',
      team: 'Marketing',
      email: 'ben@x.io',
      active: false,
    });
  });
});

describe('hostile input: people in files', () => {
  it('refuses a plan file listing one person twice under two spellings, naming the path', () => {
    const result = validatePlanFile({
      tierline: 1,
      people: [{ name: 'Ben' }, { name: ' ben ' }],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { path: '$.people[1].name', message: '"ben" is already listed at $.people[0]' },
    ]);
  });

  it('refuses a plan file person with an empty or over-long name', () => {
    const empty = validatePlanFile({ tierline: 1, people: [{ name: '   ' }] });
    expect(!empty.ok && empty.problems[0]).toMatchObject({
      path: '$.people[0].name',
      message: 'must not be empty',
    });
    const long = validatePlanFile({ tierline: 1, people: [{ name: 'x'.repeat(201) }] });
    expect(!long.ok && long.problems[0]?.path).toBe('$.people[0].name');
  });

  it('refuses a backup whose people list holds one name twice', () => {
    const input = exportInput();
    const backup = createBackup(
      {
        announcements: input.announcements,
        checklistItems: input.items,
        maintenanceWindows: input.windows,
        templateSets: [...input.templateSets, ...builtInTemplateSets()],
        settings: input.settings,
        people: [...(input.people ?? []), { ...(input.people ?? [])[0]!, id: 'p-bo-again' }],
      },
      NOW,
    );
    const result = validateBackup(JSON.parse(JSON.stringify(backup)));
    expect(!result.ok && result.problems.map((problem) => problem.message)).toEqual([
      '"Bo" is in the people list twice',
    ]);
  });
});

describe('backup schema 1 → 2', () => {
  it('turns a version-1 backup’s owners into people and validates', () => {
    const input = exportInput();
    const v2 = JSON.parse(
      JSON.stringify(
        createBackup(
          {
            announcements: input.announcements,
            checklistItems: input.items,
            maintenanceWindows: input.windows,
            templateSets: [...input.templateSets, ...builtInTemplateSets()],
            settings: input.settings,
            people: [],
          },
          NOW,
        ),
      ),
    ) as { data: Record<string, Record<string, unknown>[]> } & Record<string, unknown>;
    // Written as version 1 wrote it: names in the records, no people.
    const v1 = {
      ...v2,
      schemaVersion: 1,
      data: {
        ...v2.data,
        people: undefined,
        announcements: (v2.data.announcements ?? []).map(
          ({ productOwnerId: _p, marketingOwnerId: _m, ...rest }) => ({
            ...rest,
            productOwner: 'Bo',
            marketingOwner: ' bo',
          }),
        ),
        checklistItems: (v2.data.checklistItems ?? []).map(({ assigneeId: _a, ...rest }) => ({
          ...rest,
          assignee: 'Cy',
        })),
        maintenanceWindows: (v2.data.maintenanceWindows ?? []).map(({ ownerId: _o, ...rest }) => ({
          ...rest,
          owner: '',
        })),
      },
    };
    const migrated = migrateBackupV1ToV2(v1);
    expect(migrateBackupV1ToV2(v1)).toEqual(migrated);
    const result = validateBackup(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    const { people, announcements, checklistItems, maintenanceWindows } = result.backup.data;
    expect(people.map((person) => person.name)).toEqual(['Bo', 'Cy']);
    expect(announcements[0]?.productOwnerId).toBe(announcements[0]?.marketingOwnerId);
    expect(checklistItems.every((item) => item.assigneeId === people[1]?.id)).toBe(true);
    expect(maintenanceWindows[0]?.ownerId).toBeNull();
  });
});
