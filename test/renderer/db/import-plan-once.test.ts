import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanFile } from '../../../shared/plan-file/schema';
import { planToRecords, type PlanRecords } from '../../../shared/plan-file/to-records';
import { createAnnouncement } from '../../../renderer/db/announcement-repo';
import { db } from '../../../renderer/db/db';
import {
  importPlan,
  preparePlanImport,
  type BuildPlanRecords,
  type PreparedPlan,
} from '../../../renderer/db/import-repo';
import { createPerson } from '../../../renderer/db/people-repo';
import { readImport } from '../../../renderer/features/import/read-import';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { announcementInput, freshPlan } from './repo-helpers';
import { calendarDay, utcInstant } from '../../dates';

// Issue 13: the preview generated every record, then Import generated them all again. The
// preview's time is a day before the import's, so a record made twice would carry the later one.
const PREVIEWED = utcInstant('2026-12-01T09:00:00.000Z');

const PLAN = {
  tierline: 2,
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
    // No id: the importer derives one from the content.
    { title: 'Heatmaps export', tier: 'minor', launch: '2026-12-15T16:00', owner: 'Joe' },
  ],
  maintenance: [
    { id: 'eu-db', title: 'EU Cloud database upgrade', start: '2026-12-05T22:00', end: '2026-12-06T02:00' },
    {
      id: 'patch',
      title: 'Monthly patching',
      start: '2027-01-12T22:00',
      end: '2027-01-13T00:00',
      repeat: {
        freq: 'monthly',
        interval: 1,
        weekdays: [],
        monthlyBy: 'weekday',
        ends: { kind: 'count', count: 6 },
      },
      occurrences: [{ originalStart: '2027-02-09T22:00', cancelled: true }],
    },
  ],
};

function readPlan(json: unknown): PlanFile {
  const reading = readImport(JSON.stringify(json), 'plan.json', {
    timeZone: 'Europe/London',
    now: PREVIEWED,
  });
  if (reading.kind !== 'plan' || !reading.validation.ok)
    throw new Error(`not a valid plan: ${JSON.stringify(reading)}`);
  return reading.validation.plan;
}

// The real generator, with a count of how often it ran: the seam preparePlanImport offers.
function countingBuild(): { build: BuildPlanRecords; calls: () => number } {
  let calls = 0;
  return {
    build: (plan, options) => {
      calls += 1;
      return planToRecords(plan, options);
    },
    calls: () => calls,
  };
}

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function stored(): Promise<Pick<PlanRecords, 'announcements' | 'windows' | 'items' | 'occurrences'>> {
  return {
    announcements: byId(await db.announcements.toArray()),
    windows: byId(await db.maintenanceWindows.toArray()),
    items: byId(await db.checklistItems.toArray()),
    occurrences: byId(await db.windowOccurrences.toArray()),
  };
}

describe('import repo: a plan file is generated once, by its preview', () => {
  beforeEach(async () => {
    await freshPlan();
    await db.windowOccurrences.clear();
  });

  it('preview then Import runs the record generator once, and writes exactly the previewed records', async () => {
    const counter = countingBuild();
    const prepared = await preparePlanImport(readPlan(PLAN), PREVIEWED, counter.build);
    expect(counter.calls()).toBe(1);
    expect(prepared.collisions).toEqual([]);

    const written = await importPlan(prepared, 'skip');

    expect(counter.calls()).toBe(1);
    const { records } = prepared;
    expect(written).toEqual({ announcements: 2, windows: 2, items: records.items.length });
    // Row for row the preview's records, stamped at the preview's time, with its derived ids.
    const people = new Map((await db.people.toArray()).map((person) => [person.id, person.name]));
    expect(await stored()).toEqual({
      announcements: byId(records.announcements),
      windows: byId(records.windows),
      items: byId(records.items),
      occurrences: byId(records.occurrences),
    });
    expect((await stored()).announcements.map((row) => row.createdAt)).toEqual([PREVIEWED, PREVIEWED]);
    expect([...people.values()].sort()).toEqual(['Ana', 'Joe']);
    expect(records.occurrences).toHaveLength(1);
  });

  it('owners named after the preview by a person added meanwhile point at that person, not a twin', async () => {
    const prepared = await preparePlanImport(readPlan(PLAN), PREVIEWED);
    const ana = await createPerson('ana');

    await importPlan(prepared, 'skip');

    expect((await db.people.toArray()).map((person) => person.name).sort()).toEqual(['Joe', 'ana']);
    expect((await db.announcements.get('replay-mobile'))?.marketingOwnerId).toBe(ana);
    // The previewed records themselves are left as they were: a second try writes the same thing.
    expect(
      prepared.records.announcements.find((row) => row.id === 'replay-mobile')?.marketingOwnerId,
    ).not.toBe(ana);
  });

  it('an id taken after the preview is still skipped, or replaced, as the planner chose', async () => {
    const fresh = await preparePlanImport(readPlan(PLAN), PREVIEWED);
    expect(fresh.collisions).toEqual([]);
    // Another window imports the same plan while this preview is open.
    await importPlan(await preparePlanImport(readPlan(PLAN), PREVIEWED), 'skip');
    await db.announcements.update('replay-mobile', { title: 'Renamed meanwhile' });

    const skipped = await importPlan(fresh, 'skip');
    expect(skipped).toEqual({ announcements: 0, windows: 0, items: 0 });
    expect((await db.announcements.get('replay-mobile'))?.title).toBe('Renamed meanwhile');

    const itemsBefore = await db.checklistItems.count();
    const replaced = await importPlan(fresh, 'replace');
    expect(replaced).toMatchObject({ announcements: 2, windows: 2 });
    expect((await db.announcements.get('replay-mobile'))?.title).toBe('Session replay for mobile');
    expect(await db.checklistItems.count()).toBe(itemsBefore);
    expect(await db.windowOccurrences.count()).toBe(1);
  });

  it('a write that fails leaves nothing behind, and the same prepared records import on retry', async () => {
    const prepared: PreparedPlan = await preparePlanImport(readPlan(PLAN), PREVIEWED);
    // The database closed under the write (another window deleting it, a crash of the storage).
    db.close();
    // The snapshot before the import fails too, and says so on the console: expected here.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(importPlan(prepared, 'skip')).rejects.toThrow(/closed/i);
    } finally {
      logged.mockRestore();
      await db.open();
    }
    expect(await db.announcements.count()).toBe(0);
    expect(useUndoStore.getState().undoStack).toHaveLength(0);

    await importPlan(prepared, 'skip');
    expect(byId(await db.announcements.toArray())).toEqual(byId(prepared.records.announcements));
  });
});

describe('import repo: a plan file is generated once, even with existing ids', () => {
  beforeEach(freshPlan);

  it('collisions the preview found are the ids of the plan, and the write still checks again', async () => {
    const own = await createAnnouncement(
      announcementInput({ title: 'Mine', launchDate: calendarDay('2026-12-20') }),
    );
    const withMine = {
      ...PLAN,
      announcements: [
        ...PLAN.announcements,
        { id: own, title: 'Not mine', tier: 'minor', launch: '2026-12-21' },
      ],
    };
    const prepared = await preparePlanImport(readPlan(withMine), PREVIEWED);
    expect(prepared.collisions).toEqual([own]);
    await db.announcements.delete(own);
    // Gone since the preview: nothing to skip any more, so the file's record lands.
    expect(await importPlan(prepared, 'skip')).toMatchObject({ announcements: 3 });
    expect((await db.announcements.get(own))?.title).toBe('Not mine');
  });
});
