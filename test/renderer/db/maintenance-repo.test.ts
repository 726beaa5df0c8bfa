import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAINTENANCE_COMMS_KEYS } from '../../../shared/maintenance/comms-steps';
import type { ValidMaintenanceInput } from '../../../shared/maintenance/window-input';
import { defaultSettings } from '../../../shared/settings-defaults';
import type { ChecklistItem, MaintenanceWindow } from '../../../shared/types';
import { localToInstant, minutesBetween, toLocalDateTime } from '../../../shared/zoned-time';
import { db } from '../../../renderer/db/db';
import {
  createMaintenanceWindow,
  deleteMaintenanceWindow,
  moveMaintenanceWindow,
  resizeMaintenanceWindow,
  updateMaintenanceWindow,
} from '../../../renderer/db/maintenance-repo';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { makeMaintenanceInput, makeWindowOccurrence } from '../../builders';
import { utcInstant, uncheckedInstant } from '../../dates';

const ZONE = 'Europe/London';
// Planned well ahead of the work, so no advance message is pulled forward to "now".
const NOW = utcInstant('2026-11-02T09:00:00.000Z');

function input(overrides: Partial<ValidMaintenanceInput> = {}): ValidMaintenanceInput {
  return makeMaintenanceInput({
    title: 'EU Cloud database upgrade',
    start: localToInstant(toLocalDateTime('2026-12-05T22:00'), ZONE),
    end: localToInstant(toLocalDateTime('2026-12-06T02:00'), ZONE),
    timeZone: ZONE,
    services: ['EU Cloud'],
    ownerId: 'p-ada',
    ...overrides,
  });
}

async function windowRow(id: string): Promise<MaintenanceWindow> {
  const row = await db.maintenanceWindows.get(id);
  if (!row) throw new Error('window missing');
  return row;
}

async function itemsOf(id: string): Promise<Map<string, ChecklistItem>> {
  const rows = await db.checklistItems.where('parentId').equals(id).toArray();
  return new Map(rows.map((row) => [row.templateItemId ?? row.id, row]));
}

function itemOf(items: Map<string, ChecklistItem>, key: string): ChecklistItem {
  const item = items.get(key);
  if (!item) throw new Error(`no item ${key}`);
  return item;
}

async function tick(itemId: string): Promise<void> {
  const item = await db.checklistItems.get(itemId);
  if (!item) throw new Error('item missing');
  await db.checklistItems.put({ ...item, done: true, doneAt: NOW });
}

describe('maintenance repo against IndexedDB', () => {
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

  it('creates a downtime window with the whole handbook communications checklist, as one undo step', async () => {
    const id = await createMaintenanceWindow(input());
    const items = await itemsOf(id);
    expect([...items.keys()].sort()).toEqual([...MAINTENANCE_COMMS_KEYS].sort());
    expect(itemOf(items, 'notification-bar-on').dueAt).toBe((await windowRow(id)).start);
    expect(itemOf(items, 'service-message-clear').dueAt).toBe((await windowRow(id)).end);
    expect(useUndoStore.getState().undoStack).toHaveLength(1);
  });

  it('a window with no disruption gets only the internal heads-up', async () => {
    const id = await createMaintenanceWindow(input({ disruption: 'none' }));
    expect([...(await itemsOf(id)).keys()]).toEqual(['tell-teams']);
  });

  it('moving keeps the real duration and moves open items, not ticked ones', async () => {
    const id = await createMaintenanceWindow(input());
    await tick(`${id}:service-message-publish`);
    const before = await itemsOf(id);
    const newStart = localToInstant(toLocalDateTime('2026-12-07T22:00'), ZONE);
    await moveMaintenanceWindow(id, newStart);

    const window = await windowRow(id);
    expect(window.start).toBe(newStart);
    expect(minutesBetween(window.start, window.end)).toBe(240);
    const after = await itemsOf(id);
    const open = itemOf(after, 'notification-bar-on');
    const none = uncheckedInstant('');
    expect(minutesBetween(itemOf(before, 'notification-bar-on').dueAt ?? none, open.dueAt ?? none)).toBe(
      2 * 24 * 60,
    );
    expect(open.dueDate).toBe('2026-12-07');
    expect(itemOf(after, 'service-message-publish')).toEqual(itemOf(before, 'service-message-publish'));
  });

  it('resizing moves the end-anchored items only', async () => {
    const id = await createMaintenanceWindow(input());
    const newEnd = localToInstant(toLocalDateTime('2026-12-06T04:00'), ZONE);
    await resizeMaintenanceWindow(id, newEnd);
    const items = await itemsOf(id);
    expect(itemOf(items, 'notification-bar-off').dueAt).toBe(newEnd);
    expect(itemOf(items, 'notification-bar-on').dueAt).toBe((await windowRow(id)).start);
    await expect(resizeMaintenanceWindow(id, (await windowRow(id)).start)).rejects.toThrow(/after start/);
  });

  it('an edit that changes the disruption drops untouched user-facing items and keeps done ones', async () => {
    const id = await createMaintenanceWindow(input());
    await tick(`${id}:advance-email`);
    await updateMaintenanceWindow(id, input({ disruption: 'none' }));

    const items = await itemsOf(id);
    expect([...items.keys()].sort()).toEqual(['advance-email', 'tell-teams']);
    expect(itemOf(items, 'advance-email')).toMatchObject({ done: true, notInTier: true });
    expect((await windowRow(id)).disruption).toBe('none');

    await updateMaintenanceWindow(id, input({ disruption: 'degraded' }));
    const back = await itemsOf(id);
    expect([...back.keys()].sort()).toEqual([...MAINTENANCE_COMMS_KEYS].sort());
    expect(itemOf(back, 'advance-email')).toMatchObject({ done: true, notInTier: false });
  });

  it('an edit that changes the times moves the open items in the same change', async () => {
    const id = await createMaintenanceWindow(input());
    const start = localToInstant(toLocalDateTime('2026-12-12T21:00'), ZONE);
    const end = localToInstant(toLocalDateTime('2026-12-13T03:00'), ZONE);
    await updateMaintenanceWindow(id, input({ start, end, title: 'Moved upgrade' }));
    const items = await itemsOf(id);
    expect(itemOf(items, 'notification-bar-on').dueAt).toBe(start);
    expect(itemOf(items, 'notification-bar-off').dueAt).toBe(end);
    expect(await windowRow(id)).toMatchObject({ title: 'Moved upgrade', start, end, sequence: 1 });
    expect(useUndoStore.getState().undoStack).toHaveLength(2);
  });

  it('a window made to repeat gives up its stored checklist: each occurrence generates its own', async () => {
    const id = await createMaintenanceWindow(input());
    expect((await itemsOf(id)).size).toBeGreaterThan(3);
    const weekly = {
      freq: 'weekly' as const,
      interval: 1,
      weekdays: [],
      monthlyBy: 'date' as const,
      ends: { kind: 'count' as const, count: 3 },
    };
    await updateMaintenanceWindow(id, input({ recurrence: weekly }));
    expect((await windowRow(id)).recurrence).toEqual(weekly);
    expect((await itemsOf(id)).size).toBe(0);
    // And back: the one-off gets the whole checklist again, no occurrence row is left.
    await db.windowOccurrences.put(
      makeWindowOccurrence(id, utcInstant('2026-12-12T22:00:00.000Z'), { updatedAt: NOW }),
    );
    await updateMaintenanceWindow(id, input());
    expect((await windowRow(id)).recurrence).toBeUndefined();
    expect([...(await itemsOf(id)).keys()].sort()).toEqual([...MAINTENANCE_COMMS_KEYS].sort());
    expect(await db.windowOccurrences.count()).toBe(0);
  });

  it('saving an unchanged form writes nothing', async () => {
    const id = await createMaintenanceWindow(input());
    const before = await windowRow(id);
    await updateMaintenanceWindow(id, input());
    expect(await windowRow(id)).toEqual(before);
  });

  it('undo puts the window and every item back exactly; redo does it again', async () => {
    const id = await createMaintenanceWindow(input());
    const windowBefore = await windowRow(id);
    const itemsBefore = await itemsOf(id);
    await updateMaintenanceWindow(
      id,
      input({
        disruption: 'none',
        start: localToInstant(toLocalDateTime('2026-12-08T22:00'), ZONE),
        end: localToInstant(toLocalDateTime('2026-12-09T02:00'), ZONE),
      }),
    );
    expect((await itemsOf(id)).size).toBe(1);

    await useUndoStore.getState().undo();
    expect(await windowRow(id)).toEqual(windowBefore);
    expect(await itemsOf(id)).toEqual(itemsBefore);

    await useUndoStore.getState().redo();
    expect((await windowRow(id)).disruption).toBe('none');
    expect((await itemsOf(id)).size).toBe(1);
  });

  it('deleting removes the window and its checklist; undo brings both back', async () => {
    const id = await createMaintenanceWindow(input());
    const count = (await itemsOf(id)).size;
    await deleteMaintenanceWindow(id);
    expect(await db.maintenanceWindows.get(id)).toBeUndefined();
    expect((await itemsOf(id)).size).toBe(0);
    await useUndoStore.getState().undo();
    expect((await windowRow(id)).title).toBe('EU Cloud database upgrade');
    expect((await itemsOf(id)).size).toBe(count);
  });
});
