import { describe, expect, it } from 'vitest';
import type { ExportInput } from '../../../../shared/export/types';
import { planToRecords } from '../../../../shared/plan-file/to-records';
import { validatePlanFile } from '../../../../shared/plan-file/validate';
import { builtInTemplateSets } from '../../../../shared/templates/built-in-sets';
import { buildExport } from '../../../../renderer/features/export/export-formats';
import { calendarDay, utcInstant } from '../../../dates';

// Issue 11: the Export dialog's plan file carries a series' changed occurrences, as backups do.
const PLAN = {
  tierline: 2,
  timeZone: 'Europe/London',
  maintenance: [
    {
      id: 'patch',
      title: 'Monthly patch',
      start: '2027-01-12T22:00',
      end: '2027-01-13T01:00',
      repeat: { freq: 'monthly', interval: 1, weekdays: [], monthlyBy: 'weekday', ends: { kind: 'never' } },
      occurrences: [{ originalStart: '2027-02-09T22:00', cancelled: true }],
    },
  ],
};

function input(): ExportInput {
  const validation = validatePlanFile(PLAN);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  const records = planToRecords(validation.plan, { now: utcInstant('2026-11-01T00:00:00.000Z') });
  return { ...records, templateSets: builtInTemplateSets(), now: utcInstant('2026-12-02T10:00:00.000Z') };
}

describe('the plan-file export', () => {
  it('writes version 2 with the cancelled occurrence, which reads back as the same rows', () => {
    const result = buildExport(
      input(),
      {
        format: 'plan',
        filters: { from: calendarDay('2026-12-01'), to: calendarDay('2027-02-28') },
        tasks: 'events',
        month: '2026-12',
      },
      calendarDay('2026-12-02'),
    );
    const json = JSON.parse(result.text) as typeof PLAN;
    expect(json.tierline).toBe(2);
    expect(json.maintenance[0]?.occurrences).toEqual([
      { originalStart: '2027-02-09T22:00', cancelled: true, steps: {}, sequence: 0 },
    ]);
    const again = validatePlanFile(json);
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(planToRecords(again.plan, { now: utcInstant('2026-11-01T00:00:00.000Z') }).occurrences).toEqual(
      input().occurrences,
    );
  });
});
