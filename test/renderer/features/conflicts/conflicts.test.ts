import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ValidAnnouncementInput } from '../../../../shared/announcements/announcement-input';
import type { ValidMaintenanceInput } from '../../../../shared/maintenance/window-input';
import { defaultSettings } from '../../../../shared/settings-defaults';
import { builtInTemplateSets } from '../../../../shared/templates/built-in-sets';
import type { CalendarDay } from '../../../../shared/types';
import { localToInstant, toLocalDateTime } from '../../../../shared/zoned-time';
import { createAnnouncement, moveAnnouncementLaunch } from '../../../../renderer/db/announcement-repo';
import { db } from '../../../../renderer/db/db';
import {
  createMaintenanceWindow,
  moveMaintenanceWindow,
  updateMaintenanceWindow,
} from '../../../../renderer/db/maintenance-repo';
import {
  toCalendarEvents,
  type CalendarItemProps,
} from '../../../../renderer/features/calendar/calendar-events';
import { conflictCountsById, conflictFocus } from '../../../../renderer/features/conflicts/conflict-view';
import { conflictCountText } from '../../../../renderer/features/conflicts/conflict-count-text';
import { planConflicts } from '../../../../renderer/features/conflicts/plan-conflicts';
import { useUndoStore } from '../../../../renderer/stores/undo-store';
import { makeAnnouncementInput, makeMaintenanceInput } from '../../../builders';
import { calendarDay } from '../../../dates';

const ZONE = 'Europe/London';
const NOW = '2026-11-02T09:00:00.000Z';
const TODAY = calendarDay('2026-11-02');
const settings = defaultSettings(ZONE);

const windowInput: ValidMaintenanceInput = makeMaintenanceInput({
  title: 'EU Cloud database upgrade',
  start: localToInstant(toLocalDateTime('2026-12-09T09:00'), ZONE),
  end: localToInstant(toLocalDateTime('2026-12-09T12:00'), ZONE),
  timeZone: ZONE,
  services: ['EU Cloud'],
});

function announcement(title: string, launchDate: CalendarDay, tierKey = 'major'): ValidAnnouncementInput {
  return makeAnnouncementInput({ title, launchDate, timeZone: ZONE, tierKey });
}

async function readPlan() {
  const [announcements, windows, items, templateSets, people] = await Promise.all([
    db.announcements.toArray(),
    db.maintenanceWindows.toArray(),
    db.checklistItems.toArray(),
    db.templateSets.toArray(),
    db.people.toArray(),
  ]);
  return { announcements, windows, items, templateSets, people };
}

async function conflictsNow() {
  return planConflicts(await readPlan(), settings, TODAY);
}

describe('conflicts derived from the stored plan', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterAll(() => {
    vi.useRealTimers();
  });
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.settings.put(settings);
    await db.templateSets.bulkPut(builtInTemplateSets());
    useUndoStore.setState({ undoStack: [], redoStack: [] });
  });

  it('a Major launch on the day of a downtime window conflicts with it, and moving the launch away clears it', async () => {
    const windowId = await createMaintenanceWindow(windowInput);
    const launchId = await createAnnouncement(
      announcement('Session replay for mobile', calendarDay('2026-12-09')),
    );

    const conflicts = await conflictsNow();
    expect(conflicts.map((c) => c.kind)).toEqual(['launch-during-maintenance']);
    expect(conflicts[0]?.day).toBe('2026-12-09');
    const counts = conflictCountsById(conflicts);
    expect(counts.get(launchId)).toBe(1);
    expect(counts.get(windowId)).toBe(1);

    await moveAnnouncementLaunch(launchId, calendarDay('2026-12-12'));
    expect(await conflictsNow()).toEqual([]);

    // Undo brings the cause back, and with it the warning: nothing about conflicts is stored.
    await useUndoStore.getState().undo();
    expect((await conflictsNow()).map((c) => c.kind)).toEqual(['launch-during-maintenance']);
  });

  it('the same launch day as a window with no disruption is no conflict', async () => {
    await createMaintenanceWindow({ ...windowInput, disruption: 'none' });
    await createAnnouncement(announcement('Session replay for mobile', calendarDay('2026-12-09')));
    expect(await conflictsNow()).toEqual([]);
  });

  it('a Medium launch still conflicts with maintenance, but two Mediums a day apart do not compete', async () => {
    await createMaintenanceWindow(windowInput);
    await createAnnouncement(announcement('Chart tweaks', calendarDay('2026-12-10'), 'medium'));
    await createAnnouncement(announcement('Funnel tweaks', calendarDay('2026-12-11'), 'medium'));
    const kinds = (await conflictsNow()).map((c) => c.kind);
    // 2026-12-10 starts within 24 hours of the window's end; 2026-12-11 does not.
    expect(kinds).toEqual(['launch-during-maintenance']);
  });

  it('Major is read from the template set: two Majors a week apart conflict, a Major and a Minor do not', async () => {
    const first = await createAnnouncement(announcement('Persons on events', calendarDay('2026-12-14')));
    await createAnnouncement(announcement('Small fix', calendarDay('2026-12-15'), 'minor'));
    expect(await conflictsNow()).toEqual([]);
    const second = await createAnnouncement(announcement('EU Cloud launch', calendarDay('2026-12-21')));
    const conflicts = await conflictsNow();
    expect(conflicts.map((c) => c.kind)).toEqual(['majors-too-close']);
    expect(conflicts[0]?.refs.map((r) => r.id).sort()).toEqual([first, second].sort());
  });

  it('overlapping windows on a shared service conflict until one is moved off it', async () => {
    const a = await createMaintenanceWindow(windowInput);
    const b = await createMaintenanceWindow({
      ...windowInput,
      title: 'EU Cloud network change',
      services: ['eu cloud ', 'ingestion'],
      start: localToInstant(toLocalDateTime('2026-12-09T11:00'), ZONE),
      end: localToInstant(toLocalDateTime('2026-12-09T13:00'), ZONE),
    });
    expect((await conflictsNow()).map((c) => c.kind)).toEqual(['overlapping-maintenance']);
    await moveMaintenanceWindow(b, localToInstant(toLocalDateTime('2026-12-09T12:00'), ZONE));
    expect(await conflictsNow()).toEqual([]);
    await updateMaintenanceWindow(a, {
      ...windowInput,
      end: localToInstant(toLocalDateTime('2026-12-09T12:30'), ZONE),
    });
    expect((await conflictsNow()).map((c) => c.kind)).toEqual(['overlapping-maintenance']);
    await updateMaintenanceWindow(a, {
      ...windowInput,
      end: localToInstant(toLocalDateTime('2026-12-09T12:30'), ZONE),
      status: 'cancelled',
    });
    expect(await conflictsNow()).toEqual([]);
  });

  it('the calendar gets a badge count on exactly the items a conflict names', async () => {
    const windowId = await createMaintenanceWindow(windowInput);
    const launchId = await createAnnouncement(
      announcement('Session replay for mobile', calendarDay('2026-12-09')),
    );
    const quiet = await createAnnouncement(announcement('Docs refresh', calendarDay('2026-12-20'), 'minor'));
    const plan = await readPlan();
    const events = toCalendarEvents({
      ...plan,
      plannerZone: ZONE,
      today: TODAY,
      showChecklistMarkers: false,
      conflictCounts: conflictCountsById(planConflicts(plan, settings, TODAY)),
    });
    const badge = (id: string) =>
      (
        events.find((e) => (e.extendedProps as CalendarItemProps).id === id)
          ?.extendedProps as CalendarItemProps
      ).conflicts;
    expect(badge(launchId)).toBe(1);
    expect(badge(windowId)).toBe(1);
    expect(badge(quiet)).toBe(0);
  });

  it('Show on a launch conflict selects the announcement and goes to its day', async () => {
    await createMaintenanceWindow(windowInput);
    const launchId = await createAnnouncement(
      announcement('Session replay for mobile', calendarDay('2026-12-09')),
    );
    const plan = await readPlan();
    const [conflict] = planConflicts(plan, settings, TODAY);
    if (!conflict) throw new Error('expected a conflict');
    expect(conflictFocus(conflict, plan, settings)).toEqual({
      selection: { kind: 'announcement', id: launchId },
      day: '2026-12-09',
      time: null,
    });
  });

  it('Show on an overdue maintenance message selects its window', async () => {
    const windowId = await createMaintenanceWindow(windowInput);
    const plan = await readPlan();
    // A day after the window, every message that is still open is overdue.
    const conflicts = planConflicts(plan, settings, calendarDay('2026-12-11'));
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((c) => c.kind === 'overdue')).toBe(true);
    for (const conflict of conflicts) {
      expect(conflictFocus(conflict, plan, settings).selection).toEqual({
        kind: 'maintenance',
        id: windowId,
      });
    }
  });

  it('words the badge count', () => {
    expect(conflictCountText(1)).toBe('1 conflict');
    expect(conflictCountText(3)).toBe('3 conflicts');
  });
});
