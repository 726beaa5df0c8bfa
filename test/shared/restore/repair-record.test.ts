import type { Announcement } from '../../../shared/types';
import { describe, expect, it } from 'vitest';
import { announcementSchema, checklistItemSchema } from '../../../shared/backup/schema';
import { isRepair, proposeRepair, type RepairContext } from '../../../shared/restore/repair-record';
import { schemaCheck } from '../../../shared/restore/schema-check';
import { restorePlan } from '../../../shared/restore/restore-plan';
import { defaultSettings } from '../../../shared/settings-defaults';
import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow } from '../../builders';
import { calendarDay, utcInstant } from '../../dates';

const settings = defaultSettings('Europe/London');
const context: RepairContext = {
  templateSets: builtInTemplateSets(),
  settings,
  parentIds: new Set(['a-1']),
  now: utcInstant('2026-12-02T10:00:00.000Z'),
};

function damagedOne(announcements: unknown[], checklistItems: unknown[] = []) {
  const restored = restorePlan(
    { announcements, checklistItems, maintenanceWindows: [], templateSets: builtInTemplateSets(), settings },
    settings,
    schemaCheck,
  );
  const record = restored.damaged[0];
  if (!record) throw new Error('expected a damaged record');
  return record;
}

describe('repairing a damaged record', () => {
  it('fills a missing title and an unknown tier, saying each change, and the result passes the schema', () => {
    const row: Partial<Announcement> = makeAnnouncement({ id: 'a-1', tierKey: 'gigantic' });
    delete row.title;
    const proposal = proposeRepair(damagedOne([row]), context);
    expect(isRepair(proposal)).toBe(true);
    if (!isRepair(proposal)) return;
    expect(proposal.changes).toEqual([
      'title was missing: set to “Untitled announcement”',
      'tier “gigantic” is not in “Handbook (current)”: set to Minor',
    ]);
    expect(announcementSchema.safeParse(proposal.row).success).toBe(true);
    expect(proposal.row).toMatchObject({ id: 'a-1', title: 'Untitled announcement', tierKey: 'minor' });
  });

  it('never guesses a launch date: a year-9999 launch is refused with the reason', () => {
    const proposal = proposeRepair(
      damagedOne([makeAnnouncement({ id: 'a-1', launchDate: calendarDay('9999-12-31') })]),
      context,
    );
    expect(isRepair(proposal)).toBe(false);
    expect(proposal).toEqual({
      reason:
        "launchDate can't be guessed: correct it by hand after downloading, delete it, or restore a backup",
    });
  });

  it('repairs a checklist item with an unknown channel and unreadable flags', () => {
    const item = {
      ...makeChecklistItem({ id: 'i-1', parentId: 'a-1' }),
      channel: 'carrier-pigeon',
      done: 'yes',
    };
    const record = damagedOne([makeAnnouncement({ id: 'a-1' })], [item]);
    const proposal = proposeRepair(record, context);
    if (!isRepair(proposal)) throw new Error(proposal.reason);
    expect(proposal.changes).toEqual([
      'channel “carrier-pigeon” is not known: set to “other”',
      'done was unreadable: set to false',
    ]);
    expect(checklistItemSchema.safeParse(proposal.row).success).toBe(true);
  });

  it('refuses an orphaned checklist item and a record with no id', () => {
    const orphan = damagedOne([], [makeChecklistItem({ id: 'i-1', parentId: 'gone' })]);
    expect(proposeRepair(orphan, context)).toEqual({
      reason: 'the announcement or window it belongs to is not in the plan: delete it or restore a backup',
    });
    expect(proposeRepair({ ...orphan, row: 42 }, context)).toEqual({
      reason: 'it is not a record at all: delete it or restore a backup',
    });
  });

  it('puts settings that are out of bounds back to the defaults, field by field', () => {
    const record = {
      table: 'settings' as const,
      key: 'settings',
      label: 'Settings',
      problems: [],
      row: { ...settings, arrayDayOfMonth: 99, weekStart: 9 },
    };
    const proposal = proposeRepair(record, context);
    if (!isRepair(proposal)) throw new Error(proposal.reason);
    expect(proposal.row).toEqual(settings);
    expect(proposal.changes).toEqual([
      'weekStart “9” was out of bounds: set to “1”',
      'arrayDayOfMonth “99” was out of bounds: set to “1”',
    ]);
  });

  it('leaves a window whose times are unreadable for a person to decide', () => {
    const window = { ...makeMaintenanceWindow({ id: 'w-1' }), end: 'later', title: '' };
    const restored = restorePlan(
      {
        announcements: [],
        checklistItems: [],
        maintenanceWindows: [window],
        templateSets: builtInTemplateSets(),
        settings,
      },
      settings,
      schemaCheck,
    );
    const record = restored.damaged[0];
    if (!record) throw new Error('expected damage');
    expect(proposeRepair(record, context)).toEqual({
      reason: "end can't be guessed: correct it by hand after downloading, delete it, or restore a backup",
    });
  });
});
