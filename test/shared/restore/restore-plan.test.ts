import fc from 'fast-check';
import type { Announcement } from '../../../shared/types';
import { describe, expect, it } from 'vitest';
import { schemaCheck } from '../../../shared/restore/schema-check';
import { restorePlan, type RawPlanRows } from '../../../shared/restore/restore-plan';
import { defaultSettings } from '../../../shared/settings-defaults';
import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow } from '../../builders';
import { calendarDay } from '../../dates';

const fallback = defaultSettings('Europe/London');

function healthyRows(): RawPlanRows {
  return {
    announcements: [makeAnnouncement({ id: 'a-1', title: 'Session replay', tierKey: 'major' })],
    checklistItems: [
      makeChecklistItem({ id: 'i-1', parentId: 'a-1' }),
      makeChecklistItem({ id: 'i-2', parentId: 'w-1', parentKind: 'maintenance' }),
    ],
    maintenanceWindows: [makeMaintenanceWindow({ id: 'w-1' })],
    templateSets: builtInTemplateSets(),
    settings: { ...fallback, timeZone: 'America/New_York' },
  };
}

describe('restoring the plan on load', () => {
  it('passes a healthy plan through untouched, the very same row objects', () => {
    const raw = healthyRows();
    const restored = restorePlan(raw, fallback, schemaCheck);
    expect(restored.damaged).toEqual([]);
    expect(restored.announcements[0]).toBe(raw.announcements[0]);
    expect(restored.items).toHaveLength(2);
    expect(restored.windows).toHaveLength(1);
    expect(restored.settings.timeZone).toBe('America/New_York');
  });

  it('sets aside a launch in year 9999, with the field and the range in its problem', () => {
    const raw = healthyRows();
    const bad = makeAnnouncement({ id: 'a-9', title: 'Typo launch', launchDate: calendarDay('9999-12-31') });
    const restored = restorePlan(
      { ...raw, announcements: [...raw.announcements, bad] },
      fallback,
      schemaCheck,
    );
    expect(restored.announcements.map((a) => a.id)).toEqual(['a-1']);
    expect(restored.damaged).toHaveLength(1);
    expect(restored.damaged[0]).toMatchObject({
      table: 'announcements',
      key: 'a-9',
      label: 'Announcement “Typo launch”',
    });
    expect(restored.damaged[0]?.problems.join(' ')).toMatch(/^launchDate: /);
    expect(restored.damaged[0]?.row).toBe(bad);
  });

  it('sets aside an unknown tier, a missing title and a row that is not a record', () => {
    const raw = healthyRows();
    const unknownTier = makeAnnouncement({ id: 'a-2', title: 'Mystery tier', tierKey: 'gigantic' });
    const untitled: Partial<Announcement> = makeAnnouncement({ id: 'a-3' });
    delete untitled.title;
    const restored = restorePlan(
      { ...raw, announcements: [...raw.announcements, unknownTier, untitled, 'junk', null] },
      fallback,
      schemaCheck,
    );
    expect(restored.announcements.map((a) => a.id)).toEqual(['a-1']);
    expect(restored.damaged.map((record) => [record.key, record.label])).toEqual([
      ['a-3', 'Announcement a-3'],
      ['#4', 'Announcement #4'],
      ['#5', 'Announcement #5'],
      ['a-2', 'Announcement “Mystery tier”'],
    ]);
    expect(restored.damaged[3]?.problems).toEqual([
      'its tier “gigantic” is not a tier of template set “handbook-current”',
    ]);
  });

  it("sets aside the checklist of a record that can't be shown, rather than orphans on the calendar", () => {
    const raw = healthyRows();
    const brokenWindow = { ...makeMaintenanceWindow({ id: 'w-1' }), start: 'soon' };
    const restored = restorePlan({ ...raw, maintenanceWindows: [brokenWindow] }, fallback, schemaCheck);
    expect(restored.windows).toEqual([]);
    expect(restored.items.map((item) => item.id)).toEqual(['i-1']);
    expect(restored.damaged.map((record) => `${record.table}/${record.key}`)).toEqual([
      'maintenanceWindows/w-1',
      'checklistItems/i-2',
    ]);
  });

  it('hostile input: reports a damaged changed occurrence, and one whose series is gone or no longer repeats', () => {
    const raw = healthyRows();
    const series = makeMaintenanceWindow({
      id: 'w-2',
      title: 'Monthly patch',
      recurrence: { freq: 'monthly', interval: 1, weekdays: [], monthlyBy: 'date', ends: { kind: 'never' } },
    });
    const row = (seriesId: string, change: object = {}) => ({
      id: `${seriesId}@2026-12-05T22:00:00.000Z`,
      seriesId,
      originalStart: '2026-12-05T22:00:00.000Z',
      start: null,
      end: null,
      cancelled: true,
      comms: {},
      updatedAt: '2026-12-01T00:00:00.000Z',
      sequence: 1,
      ...change,
    });
    const good = row('w-2');
    const broken = row('w-2', { id: 'w-2@x', cancelled: 'yes', sequence: -1 });
    const restored = restorePlan(
      {
        ...raw,
        maintenanceWindows: [...raw.maintenanceWindows, series],
        windowOccurrences: [good, broken, row('w-1'), row('gone'), 'not a row'],
      },
      fallback,
      schemaCheck,
    );
    expect(restored.damaged.map((record) => [record.table, record.key, record.problems])).toEqual([
      [
        'windowOccurrences',
        'w-2@x',
        [
          'cancelled: Invalid input: expected boolean, received string',
          'sequence: Too small: expected number to be >=0',
        ],
      ],
      ['windowOccurrences', '#5', ['Invalid input: expected object, received string']],
      ['windowOccurrences', 'w-1@2026-12-05T22:00:00.000Z', ['its window “w-1” no longer repeats']],
      [
        'windowOccurrences',
        'gone@2026-12-05T22:00:00.000Z',
        ['it belongs to a repeating window “gone” that is not in the plan (or could not be shown)'],
      ],
    ]);
    expect(restored.damaged.every((record) => record.label.startsWith('Changed occurrence '))).toBe(true);
    // The window rows themselves are untouched: only the occurrence rows are set aside.
    expect(restored.windows.map((window) => window.id)).toEqual(['w-1', 'w-2']);
    // What the calendar draws is the one good occurrence of a series that repeats.
    expect(restored.occurrences).toEqual([good]);
  });

  it('falls back to default settings when the stored ones are damaged, and reports them', () => {
    const raw = healthyRows();
    const restored = restorePlan(
      { ...raw, settings: { ...fallback, arrayDayOfMonth: 99 } },
      fallback,
      schemaCheck,
    );
    expect(restored.settings).toBe(fallback);
    expect(restored.damaged).toEqual([
      expect.objectContaining({
        table: 'settings',
        key: 'settings',
        problems: [expect.stringMatching(/^arrayDayOfMonth: /)],
      }),
    ]);
  });

  it('never throws and never shows a row that fails its schema, whatever is stored', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 6 }), fc.anything(), (junk, settings) => {
        const raw = healthyRows();
        const restored = restorePlan(
          {
            ...raw,
            announcements: [...raw.announcements, ...junk],
            checklistItems: [...raw.checklistItems, ...junk],
            settings,
          },
          fallback,
          schemaCheck,
        );
        const shown = restored.announcements.length + restored.items.length;
        // Every input row is either shown or reported: nothing disappears without a word.
        expect(shown + restored.damaged.filter((d) => d.table !== 'settings').length).toBe(
          3 + 2 * junk.length,
        );
        for (const announcement of restored.announcements) expect(raw.announcements).toContain(announcement);
      }),
      { numRuns: 300 },
    );
  });
});
