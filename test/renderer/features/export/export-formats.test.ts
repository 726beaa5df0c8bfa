import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyExportFilters, defaultExportRange } from '../../../../shared/export/filters';
import type { ExportInput } from '../../../../shared/export/types';
import { planToRecords } from '../../../../shared/plan-file/to-records';
import { validatePlanFile } from '../../../../shared/plan-file/validate';
import { builtInTemplateSets } from '../../../../shared/templates/built-in-sets';
import type { ExportChoice } from '../../../../renderer/features/export/export-formats';
import { buildExport, previewLines } from '../../../../renderer/features/export/export-formats';
import { calendarDay, utcInstant } from '../../../dates';

const NOW = utcInstant('2026-12-02T10:00:00.000Z');

function input(): ExportInput {
  const validation = validatePlanFile({
    tierline: 1,
    timeZone: 'Europe/London',
    announcements: [
      { id: 'a1', title: 'Session replay for mobile', tier: 'major', launch: '2026-12-08' },
      { id: 'a2', title: 'Dark mode', tier: 'minor', launch: '2027-03-10' },
    ],
    maintenance: [
      { id: 'm1', title: 'EU Cloud upgrade', start: '2026-12-05T22:00', end: '2026-12-06T02:00' },
    ],
  });
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  const records = planToRecords(validation.plan, { now: utcInstant('2026-11-01T00:00:00.000Z') });
  return { ...records, templateSets: builtInTemplateSets(), now: NOW };
}

function choice(format: ExportChoice['format'], patch: Partial<ExportChoice> = {}): ExportChoice {
  return {
    format,
    filters: { ...defaultExportRange(calendarDay('2026-12-02')) },
    tasks: 'events',
    month: '2026-12',
    ...patch,
  };
}

describe('export formats', () => {
  it('starts on the current month and runs to the end of the month two later', () => {
    expect(defaultExportRange(calendarDay('2026-12-02'))).toEqual({ from: '2026-12-01', to: '2027-02-28' });
    expect(defaultExportRange(calendarDay('2027-12-31'))).toEqual({ from: '2027-12-01', to: '2028-02-29' });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const today = calendarDay(date.toISOString().slice(0, 10));
          const { from, to } = defaultExportRange(today);
          expect(from <= today && today <= to).toBe(true);
          expect(from.endsWith('-01')).toBe(true);
          // The day after `to` starts a month.
          const next = new Date(`${to}T00:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          expect(next.getUTCDate()).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names files by format, range, month and day', () => {
    const plan = input();
    expect(buildExport(plan, choice('ics'), calendarDay('2026-12-02')).fileName).toBe(
      'tierline-2026-12-01--2027-02-28.ics',
    );
    expect(buildExport(plan, choice('md-schedule'), calendarDay('2026-12-02')).fileName).toBe(
      'tierline-schedule-2026-12-01-to-2027-02-28.md',
    );
    expect(buildExport(plan, choice('md-array'), calendarDay('2026-12-02')).fileName).toBe(
      'tierline-array-2026-12.md',
    );
    expect(buildExport(plan, choice('backup'), calendarDay('2026-12-02')).fileName).toBe(
      'tierline-backup-2026-12-02.json',
    );
  });

  it('counts the ICS events the file holds, under the same filters', () => {
    const plan = input();
    for (const tasks of ['events', 'todos', 'none'] as const) {
      const result = buildExport(plan, choice('ics', { tasks }), calendarDay('2026-12-02'));
      const events = (result.text.match(/^BEGIN:VEVENT\r$/gm) ?? []).length;
      const todos = (result.text.match(/^BEGIN:VTODO\r$/gm) ?? []).length;
      expect(result.count.startsWith(`${events} event`)).toBe(true);
      if (tasks === 'todos') expect(result.count).toContain(`${todos} task`);
    }
    const shown = applyExportFilters(plan, defaultExportRange(calendarDay('2026-12-02')));
    expect(shown.announcements.map((a) => a.id)).toEqual(['a1']);
    const none = buildExport(plan, choice('ics', { tasks: 'none' }), calendarDay('2026-12-02'));
    expect(none.count).toBe('2 events');
  });

  it('a backup ignores filters and holds everything', () => {
    const plan = input();
    const narrow = choice('backup', {
      filters: { from: calendarDay('2030-01-01'), to: calendarDay('2030-01-31'), kinds: ['maintenance'] },
    });
    const backup = JSON.parse(buildExport(plan, narrow, calendarDay('2026-12-02')).text) as {
      data: { announcements: unknown[]; checklistItems: unknown[] };
    };
    expect(backup.data.announcements).toHaveLength(2);
    expect(backup.data.checklistItems).toHaveLength(plan.items.length);
  });

  it('previews the first lines and says how many more there are', () => {
    const text = Array.from({ length: 75 }, (_, index) => `line ${index + 1}`).join('\r\n') + '\r\n';
    const preview = previewLines(text);
    expect(preview.shown.split('\n')).toHaveLength(60);
    expect(preview.shown.endsWith('line 60')).toBe(true);
    expect(preview.more).toBe(15);
    expect(previewLines('one\ntwo\n')).toEqual({ shown: 'one\ntwo', more: 0 });
  });
});
