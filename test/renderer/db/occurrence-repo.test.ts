import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupSchema } from '../../../shared/backup/schema';
import { defaultSettings } from '../../../shared/settings-defaults';
import { localToInstant, toLocalDateTime } from '../../../shared/zoned-time';
import { readBackup, replaceWithBackup } from '../../../renderer/db/backup-repo';
import { db } from '../../../renderer/db/db';
import { createMaintenanceWindow, deleteMaintenanceWindow } from '../../../renderer/db/maintenance-repo';
import {
  moveOccurrence,
  moveSeries,
  setOccurrenceCancelled,
  tickOccurrenceStep,
} from '../../../renderer/db/occurrence-repo';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { makeMaintenanceInput } from '../../builders';
import { utcInstant } from '../../dates';

const ZONE = 'Europe/London';
const NOW = utcInstant('2026-12-02T10:00:00.000Z');
const MARCH = utcInstant('2027-03-09T22:00:00.000Z');
const APRIL = utcInstant('2027-04-13T21:00:00.000Z');

async function createSeries(): Promise<string> {
  return createMaintenanceWindow(
    makeMaintenanceInput({
      title: 'Monthly patch',
      start: localToInstant(toLocalDateTime('2027-03-09T22:00'), ZONE),
      end: localToInstant(toLocalDateTime('2027-03-10T01:00'), ZONE),
      timeZone: ZONE,
      services: ['EU Cloud'],
      recurrence: {
        freq: 'monthly',
        interval: 1,
        weekdays: [],
        monthlyBy: 'weekday',
        ends: { kind: 'never' },
      },
    }),
  );
}

describe('occurrence repo against IndexedDB', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterAll(() => {
    vi.useRealTimers();
  });
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.settings.put(defaultSettings(ZONE));
    useUndoStore.setState({ undoStack: [], redoStack: [] });
  });

  it('stores no checklist for a series, and a row only for an occurrence a planner changed', async () => {
    const id = await createSeries();
    expect(await db.checklistItems.count()).toBe(0);
    await tickOccurrenceStep(id, MARCH, 'tell-teams', true);
    const rows = await db.windowOccurrences.toArray();
    expect(rows.map((row) => [row.originalStart, row.comms['tell-teams']?.done])).toEqual([[MARCH, true]]);
  });

  it('undoes each action as one step: a tick, a move of one, a move of all, a cancel', async () => {
    const id = await createSeries();
    await tickOccurrenceStep(id, MARCH, 'tell-teams', true);
    await moveOccurrence(id, APRIL, utcInstant('2027-04-14T21:00:00.000Z'));
    await moveSeries(id, MARCH, utcInstant('2027-03-10T22:00:00.000Z'));
    await setOccurrenceCancelled(id, utcInstant('2027-06-09T21:00:00.000Z'), true);
    expect((await db.maintenanceWindows.get(id))?.start).toBe('2027-03-10T22:00:00.000Z');
    const { undo } = useUndoStore.getState();
    await undo();
    expect(await db.windowOccurrences.count()).toBe(2);
    await undo();
    expect((await db.maintenanceWindows.get(id))?.start).toBe(MARCH);
    expect((await db.windowOccurrences.toArray()).map((row) => row.originalStart).sort()).toEqual([
      MARCH,
      APRIL,
    ]);
    await undo();
    expect((await db.windowOccurrences.toArray()).map((row) => row.originalStart)).toEqual([MARCH]);
    await undo();
    expect(await db.windowOccurrences.count()).toBe(0);
  });

  it('carries the series and its changed occurrences through a backup, and deleting the series deletes them', async () => {
    const id = await createSeries();
    await setOccurrenceCancelled(id, APRIL, true);
    const backup = await readBackup(NOW);
    expect(backupSchema.safeParse(JSON.parse(JSON.stringify(backup))).success).toBe(true);
    expect(backup.data.maintenanceWindows[0]?.recurrence?.freq).toBe('monthly');
    expect(backup.data.windowOccurrences?.map((row) => row.originalStart)).toEqual([APRIL]);
    await deleteMaintenanceWindow(id);
    expect(await db.windowOccurrences.count()).toBe(0);
    await replaceWithBackup(backup);
    expect((await db.windowOccurrences.toArray()).map((row) => row.cancelled)).toEqual([true]);
    expect((await db.maintenanceWindows.get(id))?.recurrence?.monthlyBy).toBe('weekday');
  });

  it('hostile input: refuses to move an occurrence the rule does not have, or out of the plannable range', async () => {
    const id = await createSeries();
    await expect(moveOccurrence(id, utcInstant('2027-04-12T21:00:00.000Z'), APRIL)).rejects.toThrow(
      /no longer part of its series/,
    );
    await expect(moveOccurrence(id, APRIL, utcInstant('2299-01-01T00:00:00.000Z'))).rejects.toThrow(
      /between 1900 and 2199/,
    );
    await expect(moveSeries('nope', APRIL, APRIL)).rejects.toThrow(/no longer exists/);
    expect(await db.windowOccurrences.count()).toBe(0);
  });
});
