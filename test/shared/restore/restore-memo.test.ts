import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createRestoreMemo, sameStoredValue } from '../../../shared/restore/restore-memo';
import { schemaCheck } from '../../../shared/restore/schema-check';
import { restorePlan, type RawPlanRows } from '../../../shared/restore/restore-plan';
import { defaultSettings } from '../../../shared/settings-defaults';
import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow } from '../../builders';

const fallback = defaultSettings('Europe/London');

function storedRows(): RawPlanRows {
  return {
    announcements: [
      makeAnnouncement({ id: 'a-1', title: 'Session replay', tierKey: 'major' }),
      makeAnnouncement({ id: 'a-2', title: 'Funnels', tierKey: 'minor' }),
    ],
    checklistItems: [
      makeChecklistItem({ id: 'i-1', parentId: 'a-1' }),
      makeChecklistItem({ id: 'i-2', parentId: 'w-1', parentKind: 'maintenance' }),
    ],
    maintenanceWindows: [makeMaintenanceWindow({ id: 'w-1' })],
    templateSets: builtInTemplateSets(),
    settings: { ...fallback, timeZone: 'America/New_York' },
  };
}

// Every read from IndexedDB gives fresh objects: the memo must see through that.
const reread = (raw: RawPlanRows): RawPlanRows => structuredClone(raw);

/** A plan read and restored once with a memo, as the live plan's first read does. */
function restoredOnce() {
  const memo = createRestoreMemo();
  const raw = reread(storedRows());
  return { memo, raw, first: restorePlan(raw, fallback, schemaCheck, memo) };
}

describe('restoring with a memo between reads', () => {
  it('hands back the same arrays and row objects when nothing changed', () => {
    const memo = createRestoreMemo();
    const first = restorePlan(reread(storedRows()), fallback, schemaCheck, memo);
    const second = restorePlan(reread(storedRows()), fallback, schemaCheck, memo);
    expect(second.announcements).toBe(first.announcements);
    expect(second.items).toBe(first.items);
    expect(second.windows).toBe(first.windows);
    expect(second.templateSets).toBe(first.templateSets);
    expect(second.settings).toBe(first.settings);
  });

  it("keeps a repeating window's changed occurrences as the same array until one of them changes", () => {
    const memo = createRestoreMemo();
    const series = makeMaintenanceWindow({
      id: 'w-2',
      recurrence: { freq: 'monthly', interval: 1, weekdays: [], monthlyBy: 'date', ends: { kind: 'never' } },
    });
    const occurrence = (cancelled: boolean) => ({
      id: 'w-2@2026-12-05T22:00:00.000Z',
      seriesId: 'w-2',
      originalStart: '2026-12-05T22:00:00.000Z',
      start: null,
      end: null,
      cancelled,
      comms: {},
      updatedAt: '2026-12-01T00:00:00.000Z',
      sequence: 1,
    });
    const rows = (cancelled: boolean): RawPlanRows => ({
      ...storedRows(),
      maintenanceWindows: [makeMaintenanceWindow({ id: 'w-1' }), series],
      windowOccurrences: [occurrence(cancelled)],
    });
    const first = restorePlan(reread(rows(true)), fallback, schemaCheck, memo);
    const second = restorePlan(reread(rows(true)), fallback, schemaCheck, memo);
    const third = restorePlan(reread(rows(false)), fallback, schemaCheck, memo);
    expect(first.occurrences).toEqual([occurrence(true)]);
    expect(second.occurrences).toBe(first.occurrences);
    expect(third.occurrences).toEqual([occurrence(false)]);
  });

  it('gives a changed row a new object and its table a new array, and keeps the other tables', () => {
    const memo = createRestoreMemo();
    const first = restorePlan(reread(storedRows()), fallback, schemaCheck, memo);
    const raw = reread(storedRows());
    raw.announcements = [
      { ...(raw.announcements[0] as object), title: 'Session replay 2' },
      raw.announcements[1],
    ];
    const second = restorePlan(raw, fallback, schemaCheck, memo);
    expect(second.announcements).not.toBe(first.announcements);
    expect(second.announcements[0]?.title).toBe('Session replay 2');
    expect(second.announcements[1]).toBe(first.announcements[1]);
    expect(second.items).toBe(first.items);
    expect(second.windows).toBe(first.windows);
  });

  it('judges a table handed back as the very same array without calling the check again', () => {
    const { memo, raw, first } = restoredOnce();
    const checked: string[] = [];
    const counting: typeof schemaCheck = (table, row) => {
      checked.push(table);
      return schemaCheck(table, row);
    };
    const items = [...raw.checklistItems, makeChecklistItem({ id: 'i-3', parentId: 'a-2' })];
    const second = restorePlan({ ...raw, checklistItems: items }, fallback, counting, memo);
    // Only the new row was judged; the untouched tables' verdicts and arrays came back as they were.
    expect(checked).toEqual(['checklistItems']);
    expect(second.announcements).toBe(first.announcements);
    expect(second.items.map((item) => item.id)).toEqual(['i-1', 'i-2', 'i-3']);
  });

  it('still sets aside a row that was healthy and is now damaged, and its checklist with it', () => {
    const memo = createRestoreMemo();
    restorePlan(reread(storedRows()), fallback, schemaCheck, memo);
    const raw = reread(storedRows());
    raw.announcements = [
      { ...(raw.announcements[0] as object), launchDate: '9999-12-31' },
      raw.announcements[1],
    ];
    const second = restorePlan(raw, fallback, schemaCheck, memo);
    expect(second.announcements.map((row) => row.id)).toEqual(['a-2']);
    expect(second.items.map((row) => row.id)).toEqual(['i-2']);
    expect(second.damaged.map((row) => row.key).sort()).toEqual(['a-1', 'i-1']);
  });

  it('judges only the rows a write edited in place, and hands every other object back', () => {
    const { memo, raw, first } = restoredOnce();
    const checked: string[] = [];
    const counting: typeof schemaCheck = (table, row) => {
      checked.push(`${table}:${String((row as { id: string }).id)}`);
      return schemaCheck(table, row);
    };
    // As the live plan patches a read in: the edited row replaced in its place, the rest the same objects.
    const items = [...raw.checklistItems];
    items[1] = { ...(items[1] as object), title: 'Edited' };
    const second = restorePlan({ ...raw, checklistItems: items }, fallback, counting, memo);
    expect(checked).toEqual(['checklistItems:i-2']);
    expect(second.items[0]).toBe(first.items[0]);
    expect(second.items[1]?.title).toBe('Edited');
  });

  it('restores what a restore without a memo restores, after any edits in place, damaging or not', () => {
    const edit = fc.record({
      index: fc.nat(1),
      title: fc.constantFrom('Ok', '', 'Another', 'x'.repeat(1500)),
      parentId: fc.constantFrom('a-1', 'a-2', 'w-1', 'gone'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const memo = createRestoreMemo();
        let raw = reread(storedRows());
        restorePlan(raw, fallback, schemaCheck, memo);
        for (const { index, title, parentId } of edits) {
          const items = [...raw.checklistItems];
          items[index] = { ...(items[index] as object), title, parentId };
          raw = { ...raw, checklistItems: items };
          expect(restorePlan(raw, fallback, schemaCheck, memo)).toEqual(
            restorePlan(reread(raw), fallback, schemaCheck),
          );
        }
      }),
    );
  });

  it('restores exactly what a restore without a memo restores, whatever the sequence of edits', () => {
    const titles = fc.array(fc.constantFrom('Ok', '', 'Another', 'x'.repeat(500)), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(titles, (sequence) => {
        const memo = createRestoreMemo();
        for (const title of sequence) {
          const raw = reread(storedRows());
          raw.announcements = [{ ...(raw.announcements[0] as object), title }, raw.announcements[1]];
          expect(restorePlan(reread(raw), fallback, schemaCheck, memo)).toEqual(
            restorePlan(reread(raw), fallback, schemaCheck),
          );
        }
      }),
    );
  });
});

describe('comparing stored values', () => {
  it('agrees with Node’s deep strict equality, and finds a structured clone equal', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (value, other) => {
        expect(sameStoredValue(value, structuredClone(value))).toBe(true);
        expect(sameStoredValue(value, other)).toBe(isDeepStrictEqual(value, other));
        expect(sameStoredValue({ a: value }, { a: value, b: 1 })).toBe(false);
      }),
    );
  });
});
