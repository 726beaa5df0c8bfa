import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IcsImportResult } from '../../../shared/import/ics-import';
import { backupText, readBackup } from '../../../renderer/db/backup-repo';
import { db } from '../../../renderer/db/db';
import { rawBackupText } from '../../../renderer/db/raw-backup';
import { readAllStores } from '../../../renderer/db/raw-database';
import { importIcsEvents } from '../../../renderer/db/import-repo';
import { readImport } from '../../../renderer/features/import/read-import';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { freshPlan } from './repo-helpers';
import { utcInstant } from '../../dates';

// Issue 11: a newer version of the same calendar updates what changed, in one undoable write.
const ZONE = 'Europe/London';
const NOW = utcInstant('2026-12-02T10:00:00.000Z');
const CALENDAR = 'Team calendar';

const file = (launchDay: string, drillTitle: string, drillStatus = 'CONFIRMED') =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'X-WR-CALNAME:Team calendar',
    'BEGIN:VEVENT',
    'UID:launch-1@google.com',
    `DTSTART;VALUE=DATE:${launchDay}`,
    'SUMMARY:Feature flags v2',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:drill-1@google.com',
    'DTSTART:20261212T220000Z',
    'DTEND:20261213T010000Z',
    `SUMMARY:${drillTitle}`,
    `STATUS:${drillStatus}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

function readIcs(text: string): IcsImportResult {
  const reading = readImport(text, 'team.ics', { timeZone: ZONE, now: NOW });
  if (reading.kind !== 'ics') throw new Error(`read as ${reading.kind}`);
  return reading.result;
}

async function importFile(text: string, decisions: Record<string, 'mine' | 'theirs'> = {}) {
  const { events } = readIcs(text);
  const choices = Object.fromEntries(
    events.map((event) => [event.key, event.allDay ? ('announcement' as const) : ('maintenance' as const)]),
  );
  return importIcsEvents({ events, choices, tierKey: 'major', calendar: CALENDAR, decisions }, NOW);
}

beforeEach(async () => {
  await freshPlan();
  useUndoStore.setState({ undoStack: [], redoStack: [] });
});

describe('importing a newer version of the same calendar', () => {
  it('adds nothing the second time and remembers where each record came from', async () => {
    await importFile(file('20261210', 'Failover drill'));
    const rows = { a: await db.announcements.count(), w: await db.maintenanceWindows.count() };
    const items = await db.checklistItems.count();
    const again = await importFile(file('20261210', 'Failover drill'));
    expect(again).toEqual({ announcements: 0, windows: 0, items: 0, updated: 0, todos: 0 });
    expect({ a: await db.announcements.count(), w: await db.maintenanceWindows.count() }).toEqual(rows);
    expect(await db.checklistItems.count()).toBe(items);
    const sources = await db.importSources.toArray();
    expect(sources.map((source) => [source.calendar, source.uid, source.kind]).sort()).toEqual([
      [CALENDAR, 'drill-1@google.com', 'window'],
      [CALENDAR, 'launch-1@google.com', 'announcement'],
    ]);
  });

  it('moves, renames and cancels in place, moves the launch checklist along, and undoes as one change', async () => {
    await importFile(file('20261210', 'Failover drill'));
    const launch = (await db.announcements.toArray())[0];
    const dueBefore = (
      await db.checklistItems
        .where('parentId')
        .equals(launch?.id ?? '')
        .toArray()
    )
      .map((item) => item.dueDate)
      .sort();
    const counts = await importFile(file('20261217', 'Failover drill (EU)', 'CANCELLED'));
    expect(counts).toEqual({ announcements: 0, windows: 0, items: 0, updated: 2, todos: 0 });
    expect((await db.announcements.toArray()).map((a) => [a.id, a.launchDate])).toEqual([
      [launch?.id, '2026-12-17'],
    ]);
    expect((await db.maintenanceWindows.toArray()).map((w) => [w.title, w.status])).toEqual([
      ['Failover drill (EU)', 'cancelled'],
    ]);
    const dueAfter = (
      await db.checklistItems
        .where('parentId')
        .equals(launch?.id ?? '')
        .toArray()
    )
      .map((item) => item.dueDate)
      .sort();
    expect(dueAfter).not.toEqual(dueBefore);
    expect(dueAfter.length).toBe(dueBefore.length);
    await useUndoStore.getState().undo();
    expect((await db.announcements.toArray()).map((a) => a.launchDate)).toEqual(['2026-12-10']);
    expect((await db.maintenanceWindows.toArray()).map((w) => w.title)).toEqual(['Failover drill']);
  });

  it('keeps a record renamed here unless the planner takes the file’s title', async () => {
    await importFile(file('20261210', 'Failover drill'));
    const window = (await db.maintenanceWindows.toArray())[0];
    await db.maintenanceWindows.update(window?.id ?? '', { title: 'Drill (renamed here)' });
    const text = file('20261210', 'Failover drill v2');
    expect(await importFile(text)).toMatchObject({ updated: 0 });
    expect((await db.maintenanceWindows.toArray()).map((w) => w.title)).toEqual(['Drill (renamed here)']);
    // Kept once, not asked again for the same file; a newer file asks again and can be taken.
    const newer = file('20261210', 'Failover drill v3');
    const key = readIcs(newer).events.find((event) => event.uid === 'drill-1@google.com')?.key ?? '';
    expect(await importFile(newer, { [key]: 'theirs' })).toMatchObject({ updated: 1 });
    expect((await db.maintenanceWindows.toArray()).map((w) => w.title)).toEqual(['Failover drill v3']);
  });

  it('keeps the remembered sources out of backups, raw ones included', async () => {
    await importFile(file('20261210', 'Failover drill'));
    expect(await db.importSources.count()).toBe(2);
    const backup = backupText(await readBackup(NOW));
    const { version, stores } = await readAllStores(db.name);
    const raw = rawBackupText(stores, version / 10, NOW);
    for (const text of [backup, raw]) {
      expect(text).toContain('Feature flags v2');
      expect(text).not.toContain('importSources');
      expect(text).not.toContain('launch-1@google.com');
    }
  });
});
