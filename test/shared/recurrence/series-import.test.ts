import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import { recordsToPlan } from '../../../shared/plan-file/from-records';
import { planToRecords } from '../../../shared/plan-file/to-records';
import { validatePlanFile } from '../../../shared/plan-file/validate';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import type { ImportChoice } from '../../../shared/import/to-records';
import { importedEventsToRecords } from '../../../shared/import/to-records';
import type { WindowSeries } from '../../../shared/recurrence/expand';
import { occurrenceId } from '../../../shared/recurrence/rule';
import type { TemplateSet, WindowOccurrence } from '../../../shared/types';
import { NOW, exportInput, settings, templateSets } from '../export/records';
import { monthlyPatch } from './patch-series';
import { utcInstant } from '../../dates';

const series = monthlyPatch(12);
const moved: WindowOccurrence = {
  id: occurrenceId('patch', utcInstant('2027-04-13T21:00:00.000Z')),
  seriesId: 'patch',
  originalStart: utcInstant('2027-04-13T21:00:00.000Z'),
  start: utcInstant('2027-04-14T21:00:00.000Z'),
  end: utcInstant('2027-04-15T00:00:00.000Z'),
  cancelled: false,
  comms: {},
  updatedAt: NOW,
  sequence: 1,
};

describe('importing Tierline’s own export of a repeating window', () => {
  it('restores the series as one window with its rule, not 12 windows, and its override is no window of its own', () => {
    const text = exportIcs(
      exportInput({ announcements: [], items: [], windows: [series], occurrences: [moved] }),
      { tasks: 'none' },
    );
    const parsed = parseIcsForImport(text, { timeZoneFallback: settings.timeZone, now: NOW });
    expect(parsed.skipped).toEqual([]);
    expect(parsed.events.map((event) => event.key)).toEqual(['patch@tierline']);
    const choices: Record<string, ImportChoice> = { 'patch@tierline': 'maintenance' };
    const records = importedEventsToRecords(parsed.events, {
      choices,
      templateSet: templateSets[0] as TemplateSet,
      tierKey: 'minor',
      settings,
      newId: () => 'new-id',
      now: utcInstant('2027-01-01T00:00:00.000Z'),
      existingIds: new Set(),
    });
    expect(records.windows).toEqual([series]);
  });

  it('hostile input: a foreign series that claims X-TIERLINE-KIND:window without a rule is still expanded as occurrences', () => {
    const plain = { ...series } as Partial<WindowSeries>;
    delete plain.recurrence;
    const text = exportIcs(exportInput({ announcements: [], items: [], windows: [series] }), {
      tasks: 'none',
    }).replace(
      /X-TIERLINE-RECORD:.*(\r\n .*)*/,
      `X-TIERLINE-RECORD:${JSON.stringify(plain).replace(/,/g, '\\,')}`,
    );
    const parsed = parseIcsForImport(text, { timeZoneFallback: settings.timeZone, now: NOW });
    expect(parsed.events).toHaveLength(12);
  });
});

describe('a repeating window in a plan file', () => {
  it('is written with its rule under "repeat" and read back as the same series, with no stored steps', () => {
    const { plan } = recordsToPlan({
      announcements: [],
      items: [],
      windows: [series],
      timeZone: 'Europe/London',
    });
    const json = JSON.parse(JSON.stringify(plan)) as unknown;
    const checked = validatePlanFile(json);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const records = planToRecords(checked.plan, { now: NOW });
    expect(records.windows.map((window) => [window.start, window.recurrence])).toEqual([
      [series.start, series.recurrence],
    ]);
    expect(records.items).toEqual([]);
  });

  it('hostile input: a plan file with a repeat every 0 months or a count of a million is refused with its path', () => {
    const { plan } = recordsToPlan({
      announcements: [],
      items: [],
      windows: [series],
      timeZone: 'Europe/London',
    });
    for (const repeat of [
      { ...series.recurrence, interval: 0 },
      { ...series.recurrence, ends: { kind: 'count', count: 1_000_000 } },
      { ...series.recurrence, freq: 'hourly' },
    ]) {
      const bad = { ...plan, maintenance: [{ ...plan.maintenance[0], repeat }] };
      const checked = validatePlanFile(JSON.parse(JSON.stringify(bad)));
      expect(checked.ok).toBe(false);
      if (!checked.ok)
        expect(checked.problems.map((problem) => problem.path).join(' ')).toContain(
          '$.maintenance[0].repeat',
        );
    }
  });
});
