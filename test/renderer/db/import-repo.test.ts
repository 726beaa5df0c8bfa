import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IcsImportResult } from '../../../shared/import/ics-import';
import type { PlanFile } from '../../../shared/plan-file/schema';
import { createAnnouncement } from '../../../renderer/db/announcement-repo';
import { db } from '../../../renderer/db/db';
import { importIcsEvents, importPlan, preparePlanImport } from '../../../renderer/db/import-repo';
import { readImport } from '../../../renderer/features/import/read-import';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { announcementInput, freshPlan } from './repo-helpers';
import { calendarDay, utcInstant } from '../../dates';

const ZONE = 'Europe/London';
const NOW = utcInstant('2026-12-02T10:00:00.000Z');

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//EN',
  'BEGIN:VEVENT',
  'UID:launch-1',
  'DTSTART;VALUE=DATE:20261210',
  'DTEND;VALUE=DATE:20261211',
  'SUMMARY:Feature flags v2',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:work-1',
  'DTSTART:20261212T220000Z',
  'DTEND:20261213T010000Z',
  'SUMMARY:US Cloud failover drill',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:lunch',
  'DTSTART:20261214T120000Z',
  'DTEND:20261214T130000Z',
  'SUMMARY:Team lunch',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

async function counts() {
  return {
    announcements: await db.announcements.count(),
    windows: await db.maintenanceWindows.count(),
    items: await db.checklistItems.count(),
  };
}

function readIcs(text: string): IcsImportResult {
  const reading = readImport(text, 'team.ics', { timeZone: ZONE, now: NOW });
  if (reading.kind !== 'ics') throw new Error(`read as ${reading.kind}`);
  return reading.result;
}

function readPlan(json: unknown): PlanFile {
  const reading = readImport(JSON.stringify(json), 'plan.json', { timeZone: ZONE, now: NOW });
  if (reading.kind !== 'plan' || !reading.validation.ok)
    throw new Error(`not a valid plan: ${JSON.stringify(reading)}`);
  return reading.validation.plan;
}

const PLAN = {
  tierline: 1,
  timeZone: 'Europe/London',
  templateSet: 'handbook-current',
  announcements: [
    {
      id: 'replay-mobile',
      title: 'Session replay for mobile',
      tier: 'major',
      launch: '2026-12-08',
      owner: 'Ana',
    },
  ],
  maintenance: [
    {
      id: 'eu-db',
      title: 'EU Cloud database upgrade',
      start: '2026-12-05T22:00',
      end: '2026-12-06T02:00',
      timeZone: 'UTC',
    },
  ],
};

describe('hostile input: ICS import writes', () => {
  beforeEach(freshPlan);

  it('validates every record first and writes none when one is out of range or too long', async () => {
    await createAnnouncement(announcementInput({ title: 'Already planned' }));
    const before = await counts();
    const text = ICS.replace(
      'END:VCALENDAR',
      [
        'BEGIN:VEVENT',
        'UID:last-day',
        'DTSTART;VALUE=DATE:21991231',
        'SUMMARY:Launch on the last plannable day',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:marathon',
        'DTSTART:20261201T090000Z',
        'DURATION:P30D',
        'SUMMARY:Thirty-day migration',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const result = readIcs(text);
    const key = (uid: string) => result.events.find((event) => event.uid === uid)?.key ?? '';
    // The launch's checklist runs past 2199; the marathon is far longer than a window may last.
    await expect(
      importIcsEvents(
        {
          events: result.events,
          choices: { [key('launch-1')]: 'announcement', [key('last-day')]: 'announcement' },
          tierKey: 'major',
        },
        NOW,
      ),
    ).rejects.toThrow(
      /“Launch on the last plannable day”, item “.+” would be due 2200-\d\d-\d\d is outside the dates Tierline plans/,
    );
    await expect(
      importIcsEvents(
        { events: result.events, choices: { [key('marathon')]: 'maintenance' }, tierKey: 'major' },
        NOW,
      ),
    ).rejects.toThrow('“Thirty-day migration”: a maintenance window lasts at most 14 days');
    expect(await counts()).toEqual(before);
    expect(useUndoStore.getState().undoStack).toHaveLength(1);
  });
});

describe('import repo: calendar files', () => {
  beforeEach(freshPlan);

  it('writes three events with mixed choices as one undoable change', async () => {
    const result = readIcs(ICS);
    expect(result.events.map((event) => event.uid)).toEqual(['launch-1', 'work-1', 'lunch']);
    const byUid = (uid: string) => result.events.find((event) => event.uid === uid)?.key ?? '';
    const stackBefore = useUndoStore.getState().undoStack.length;

    const written = await importIcsEvents(
      {
        events: result.events,
        choices: {
          [byUid('launch-1')]: 'announcement',
          [byUid('work-1')]: 'maintenance',
          [byUid('lunch')]: 'skip',
        },
        tierKey: 'medium',
      },
      NOW,
    );

    expect(useUndoStore.getState().undoStack).toHaveLength(stackBefore + 1);
    const [announcement] = await db.announcements.toArray();
    const [window] = await db.maintenanceWindows.toArray();
    expect(announcement).toMatchObject({
      title: 'Feature flags v2',
      launchDate: '2026-12-10',
      launchTime: null,
      tierKey: 'medium',
    });
    expect(window).toMatchObject({
      title: 'US Cloud failover drill',
      start: '2026-12-12T22:00:00.000Z',
      end: '2026-12-13T01:00:00.000Z',
    });
    expect(await db.announcements.count()).toBe(1);
    expect(await db.maintenanceWindows.count()).toBe(1);
    const items = await db.checklistItems.toArray();
    expect(items.length).toBe(written.items);
    expect(new Set(items.map((item) => item.parentId))).toEqual(new Set([announcement?.id, window?.id]));

    await useUndoStore.getState().undo();
    expect(await counts()).toEqual({ announcements: 0, windows: 0, items: 0 });
  });

  it('writes nothing when the records cannot be made', async () => {
    const result = readIcs(ICS);
    const choices = Object.fromEntries(result.events.map((event) => [event.key, 'announcement' as const]));
    await expect(
      importIcsEvents({ events: result.events, choices, tierKey: 'no-such-tier' }, NOW),
    ).rejects.toThrow(/no-such-tier/);
    expect(await counts()).toEqual({ announcements: 0, windows: 0, items: 0 });
    expect(useUndoStore.getState().undoStack).toHaveLength(0);
  });
});

describe('import repo: plan files', () => {
  beforeEach(freshPlan);

  it('reports a bad field by its JSON path, and nothing is written', async () => {
    const before = await counts();
    const bad = { ...PLAN, announcements: [{ ...PLAN.announcements[0], launch: '8 December' }] };
    const reading = readImport(JSON.stringify(bad), 'plan.json', { timeZone: ZONE, now: NOW });
    if (reading.kind !== 'plan' || reading.validation.ok) throw new Error('the bad plan was accepted');
    expect(reading.validation.problems.map((problem) => problem.path)).toEqual(['$.announcements[0].launch']);
    expect(await counts()).toEqual(before);
    expect(useUndoStore.getState().undoStack).toHaveLength(0);
  });

  it('adds a plan in one undoable change with generated checklists', async () => {
    const written = await importPlan(await preparePlanImport(readPlan(PLAN), NOW), 'skip');
    expect(written).toMatchObject({ announcements: 1, windows: 1 });
    expect(await db.announcements.get('replay-mobile')).toMatchObject({
      title: 'Session replay for mobile',
      tierKey: 'major',
      marketingOwnerId: (await db.people.where('nameKey').equals('ana').first())?.id,
    });
    expect((await db.people.toArray()).map((person) => person.name)).toEqual(['Ana']);
    expect(await db.maintenanceWindows.get('eu-db')).toMatchObject({
      start: '2026-12-05T22:00:00.000Z',
      end: '2026-12-06T02:00:00.000Z',
    });
    expect(await db.checklistItems.count()).toBe(written.items);
    expect(useUndoStore.getState().undoStack).toHaveLength(1);
    await useUndoStore.getState().undo();
    expect(await counts()).toEqual({ announcements: 0, windows: 0, items: 0 });
  });

  it('skips or replaces records whose ids are already in the plan', async () => {
    await importPlan(await preparePlanImport(readPlan(PLAN), NOW), 'skip');
    const own = await createAnnouncement(
      announcementInput({ title: 'Mine', launchDate: calendarDay('2026-12-20') }),
    );
    const edited = {
      ...PLAN,
      announcements: [{ ...PLAN.announcements[0], title: 'Session replay for mobile, renamed' }],
    };
    expect((await preparePlanImport(readPlan(edited), NOW)).collisions.sort()).toEqual([
      'eu-db',
      'replay-mobile',
    ]);

    const skipped = await importPlan(await preparePlanImport(readPlan(edited), NOW), 'skip');
    expect(skipped).toEqual({ announcements: 0, windows: 0, items: 0 });
    expect((await db.announcements.get('replay-mobile'))?.title).toBe('Session replay for mobile');

    const itemsBefore = await db.checklistItems.where('parentId').equals('replay-mobile').count();
    await importPlan(await preparePlanImport(readPlan(edited), NOW), 'replace');
    expect((await db.announcements.get('replay-mobile'))?.title).toBe('Session replay for mobile, renamed');
    expect(await db.checklistItems.where('parentId').equals('replay-mobile').count()).toBe(itemsBefore);
    expect(await db.announcements.get(own)).toBeDefined();

    await useUndoStore.getState().undo();
    expect((await db.announcements.get('replay-mobile'))?.title).toBe('Session replay for mobile');
  });
});
