import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanFile } from '../../../shared/plan-file/schema';
import { db } from '../../../renderer/db/db';
import { importPlan, preparePlanImport } from '../../../renderer/db/import-repo';
import { readImport } from '../../../renderer/features/import/read-import';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { freshPlan } from './repo-helpers';
import { utcInstant } from '../../dates';

// Issue 11: a plan file's changed occurrences land with their series, in the same one change.
const ZONE = 'Europe/London';
const NOW = utcInstant('2026-12-02T10:00:00.000Z');
const FEB = '2027-02-09T22:00:00.000Z';
const MAR = '2027-03-09T22:00:00.000Z';

const SERIES = {
  id: 'patch',
  title: 'Monthly patch',
  start: '2027-01-12T22:00',
  end: '2027-01-13T01:00',
  timeZone: ZONE,
  owner: 'Ana',
  repeat: {
    freq: 'monthly',
    interval: 1,
    weekdays: [],
    monthlyBy: 'weekday',
    ends: { kind: 'count', count: 6 },
  },
};
const PLAN = {
  tierline: 2,
  timeZone: ZONE,
  people: [{ name: 'Ana', team: 'Ops' }],
  maintenance: [
    {
      ...SERIES,
      occurrences: [
        { originalStart: '2027-02-09T22:00', cancelled: true },
        {
          originalStart: '2027-03-09T22:00',
          start: '2027-03-10T22:00',
          end: '2027-03-11T01:00',
          steps: { 'advance-email': { done: true, assignee: 'ana' } },
        },
      ],
    },
  ],
};

function readPlan(json: unknown): PlanFile {
  const reading = readImport(JSON.stringify(json), 'plan.json', { timeZone: ZONE, now: NOW });
  if (reading.kind !== 'plan' || !reading.validation.ok)
    throw new Error(`not a valid plan: ${JSON.stringify(reading)}`);
  return reading.validation.plan;
}

const rows = async () =>
  (await db.windowOccurrences.toArray()).map(({ id, cancelled, start }) => ({ id, cancelled, start }));

describe('import repo: a plan file with changed occurrences', () => {
  beforeEach(freshPlan);

  it('writes the series and its cancelled and moved occurrences as one undoable change', async () => {
    expect(await importPlan(await preparePlanImport(readPlan(PLAN), NOW), 'skip')).toMatchObject({
      windows: 1,
    });
    expect(await rows()).toEqual([
      { id: `patch@${FEB}`, cancelled: true, start: null },
      { id: `patch@${MAR}`, cancelled: false, start: '2027-03-10T22:00:00.000Z' },
    ]);
    // The step's assignee, named in any case, is the plan's person.
    const ana = await db.people.where('nameKey').equals('ana').first();
    const march = await db.windowOccurrences.get(`patch@${MAR}`);
    expect(march?.comms['advance-email']).toMatchObject({ done: true, assigneeId: ana?.id, doneAt: NOW });
    expect(useUndoStore.getState().undoStack).toHaveLength(1);
    await useUndoStore.getState().undo();
    expect(await db.windowOccurrences.count()).toBe(0);
    expect(await db.maintenanceWindows.count()).toBe(0);
  });

  it('replacing the series replaces its occurrences; skipping it leaves them', async () => {
    await importPlan(await preparePlanImport(readPlan(PLAN), NOW), 'skip');
    const onlyFebruary = {
      ...PLAN,
      maintenance: [{ ...SERIES, occurrences: [{ originalStart: '2027-02-09T22:00', cancelled: false }] }],
    };
    await importPlan(await preparePlanImport(readPlan(onlyFebruary), NOW), 'skip');
    expect(await db.windowOccurrences.count()).toBe(2);
    await importPlan(await preparePlanImport(readPlan(onlyFebruary), NOW), 'replace');
    expect(await rows()).toEqual([{ id: `patch@${FEB}`, cancelled: false, start: null }]);
  });
});
