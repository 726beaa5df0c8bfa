import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  announcementSchema,
  checklistItemSchema,
  maintenanceWindowSchema,
  personSchema,
  settingsSchema,
} from '../../../shared/backup/schema';
import type { PlanTable } from '../../../shared/restore/restore-plan';
import { restorePlan } from '../../../shared/restore/restore-plan';
import { passesRowGuard, quickRowCheck, SchemaCheckNeeded } from '../../../shared/restore/row-guards';
import { schemaCheck } from '../../../shared/restore/schema-check';
import { defaultSettings } from '../../../shared/settings-defaults';
import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import { windowOccurrenceSchema } from '../../../shared/recurrence/rule-schema';
import { templateSetSchema } from '../../../shared/templates/template-schema';
import { CHANNELS } from '../../../shared/types';
import {
  makeAnnouncement,
  makeChecklistItem,
  makeMaintenanceWindow,
  makePerson,
  makeSettings,
} from '../../builders';
import { calendarDay, utcInstant } from '../../dates';

const SCHEMAS = {
  announcements: announcementSchema,
  checklistItems: checklistItemSchema,
  maintenanceWindows: maintenanceWindowSchema,
  templateSets: templateSetSchema,
  settings: settingsSchema,
  people: personSchema,
  windowOccurrences: windowOccurrenceSchema,
};

// Rows as the app writes them: each must take the fast path, or the first paint waits for zod.
const WRITTEN: [PlanTable, unknown][] = [
  ['announcements', makeAnnouncement()],
  ['announcements', makeAnnouncement({ launchTime: '23:59', productOwnerId: 'p-1', status: 'launched' })],
  ['checklistItems', makeChecklistItem()],
  ['checklistItems', makeChecklistItem({ offset: { kind: 'launch', days: -365 }, doneAt: null })],
  ['checklistItems', makeChecklistItem({ offset: { kind: 'next-array' }, assigneeId: 'p-2' })],
  [
    'checklistItems',
    makeChecklistItem({
      parentKind: 'maintenance',
      offset: { kind: 'maintenance', anchor: 'start', minutes: -1440 },
      dueAt: utcInstant('2026-12-01T08:00:00.000Z'),
      done: true,
      doneAt: utcInstant('2026-11-30T08:00:00.000Z'),
    }),
  ],
  ['checklistItems', makeChecklistItem({ offset: { kind: 'maintenance', anchor: 'planned', minutes: 0 } })],
  ['maintenanceWindows', makeMaintenanceWindow()],
  ['maintenanceWindows', makeMaintenanceWindow({ services: ['API', 'Web'], audienceZones: ['Asia/Tokyo'] })],
  // Repeating windows (issue 11): the rule is checked by the guard too, never waved through.
  [
    'maintenanceWindows',
    makeMaintenanceWindow({
      recurrence: {
        freq: 'weekly',
        interval: 2,
        weekdays: [2, 4],
        monthlyBy: 'date',
        ends: { kind: 'never' },
      },
    }),
  ],
  [
    'maintenanceWindows',
    makeMaintenanceWindow({
      recurrence: {
        freq: 'monthly',
        interval: 1,
        weekdays: [],
        monthlyBy: 'weekday',
        ends: { kind: 'until', day: calendarDay('2027-06-30') },
      },
    }),
  ],
  [
    'maintenanceWindows',
    makeMaintenanceWindow({
      recurrence: {
        freq: 'daily',
        interval: 99,
        weekdays: [],
        monthlyBy: 'date',
        ends: { kind: 'count', count: 1000 },
      },
    }),
  ],
  ['settings', makeSettings()],
  ['settings', makeSettings({ teamDefaultOwners: { Docs: { blog: 'p-1', newsletter: 'p-2' } } })],
  ['people', makePerson('Ada Lovelace')],
  // A changed occurrence: moved, then one with a ticked, reassigned and redated step, then cancelled.
  [
    'windowOccurrences',
    {
      id: 'w-1@2027-01-12T22:00:00.000Z',
      seriesId: 'w-1',
      originalStart: '2027-01-12T22:00:00.000Z',
      start: '2027-01-13T22:00:00.000Z',
      end: '2027-01-14T01:00:00.000Z',
      cancelled: false,
      comms: {},
      updatedAt: '2026-12-01T09:00:00.000Z',
      sequence: 1,
    },
  ],
  [
    'windowOccurrences',
    {
      id: 'w-1@2027-02-09T22:00:00.000Z',
      seriesId: 'w-1',
      originalStart: '2027-02-09T22:00:00.000Z',
      start: null,
      end: null,
      cancelled: true,
      comms: {
        'advance-email': {
          done: true,
          doneAt: '2027-01-20T10:00:00.000Z',
          assigneeId: 'p-1',
          dueDate: '2027-01-25',
        },
      },
      updatedAt: '2026-12-01T09:00:00.000Z',
      sequence: 3,
    },
  ],
  ...builtInTemplateSets().map((set): [PlanTable, unknown] => ['templateSets', set]),
];

// Values a damaged or hand-edited row may hold where any field is expected.
const EDGE_VALUES = [
  '',
  ' ',
  // One past each length limit of the schemas.
  ...[101, 201, 301, 321, 1001, 2001, 5001].map((length) => 'x'.repeat(length)),
  '2026-02-30',
  '0000-01-01',
  '1899-12-31',
  '2200-01-01',
  '2026-11-20',
  '2026-11-20T09:30:00Z',
  '2026-11-20T09:30:00.000Z',
  '2026-02-29T09:30:00.000Z',
  '1899-12-31T23:59:59.999Z',
  '2200-01-01T00:00:00.000Z',
  '2026-11-20T24:00:00.000Z',
  '2026-11-20T23:59:60.000Z',
  '2026-04-31T09:30:00.000Z',
  '2026-13-01T09:30:00.000Z',
  '2000-02-29T09:30:00.000Z',
  '2100-02-29T09:30:00.000Z',
  '2199-12-31T23:59:59.999Z',
  'Europe/London',
  'Mars/Olympus',
  '#a1B2c3',
  '#a1B2c',
  '25:00',
  'planned',
  'maintenance',
  'launch',
  'planned ',
  ' Ada  Lovelace',
  ...CHANNELS,
  0,
  -0,
  1,
  -1,
  6,
  7,
  28,
  1.5,
  366,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  true,
  false,
  null,
  undefined,
  [],
  {},
  new Date(0),
  new Map(),
];

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...EDGE_VALUES),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -2000, max: 2000 }),
  fc.double(),
  fc.array(fc.constantFrom(...EDGE_VALUES), { maxLength: 3 }),
  fc.dictionary(
    fc.constantFrom('kind', 'days', 'anchor', 'minutes', 'pr', 'blog', ...CHANNELS),
    fc.constantFrom(...EDGE_VALUES),
  ),
);

/** Every path to a value inside a row: its fields, and the fields and elements below them. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, index) => index)
    : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

type Edit = { path: (string | number)[]; value: unknown; remove: boolean };

function edited(row: unknown, edits: readonly Edit[]): unknown {
  const copy = structuredClone(row) as Record<string | number, unknown>;
  for (const { path, value, remove } of edits) {
    let target: unknown = copy;
    for (const key of path.slice(0, -1)) {
      if (typeof target !== 'object' || target === null) break;
      target = (target as Record<string | number, unknown>)[key];
    }
    if (typeof target !== 'object' || target === null) continue;
    const last = path[path.length - 1] as string | number;
    if (remove && !Array.isArray(target)) delete (target as Record<string | number, unknown>)[last];
    else (target as Record<string | number, unknown>)[last] = value;
  }
  return copy;
}

const damagedRow = fc.constantFrom(...WRITTEN).chain(([table, row]) => {
  const paths = [...pathsOf(row), ['unknownField']];
  const edit = fc.record({ path: fc.constantFrom(...paths), value: anyValue, remove: fc.boolean() });
  return fc.tuple(
    fc.constant(table),
    fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => edited(row, edits)),
  );
});

describe('the zod-free row guards of the start-up read', () => {
  it('vouch for every kind of row the app writes, which the schemas accept too', () => {
    for (const [table, row] of WRITTEN) {
      expect(SCHEMAS[table].safeParse(row).success, `${table} ${JSON.stringify(row).slice(0, 80)}`).toBe(
        true,
      );
      expect(passesRowGuard(table, row), `${table} ${JSON.stringify(row).slice(0, 80)}`).toBe(true);
    }
  });

  it('hostile input: never vouch for a row its schema rejects (each field set to each edge value, or removed)', () => {
    let vouched = 0;
    for (const [table, row] of WRITTEN) {
      // The first element of each list stands for the rest: the same guard checks them all.
      const paths = pathsOf(row).filter((path) => path.every((key) => key === 0 || typeof key === 'string'));
      for (const path of paths)
        for (const edit of [
          ...EDGE_VALUES.map((value) => ({ path, value, remove: false })),
          { path, value: undefined, remove: true },
        ]) {
          const changed = edited(row, [edit]);
          if (!passesRowGuard(table, changed)) continue;
          vouched++;
          expect(SCHEMAS[table].safeParse(changed).success, `${table} ${path.join('.')}`).toBe(true);
        }
    }
    // Some edits keep a row valid (another status, another channel): the guards must still vouch for those.
    expect(vouched).toBeGreaterThan(100);
  });

  it('hostile input: never vouch for a row its schema rejects (any field replaced, removed or added)', () => {
    fc.assert(
      fc.property(damagedRow, ([table, row]) => {
        if (passesRowGuard(table, row)) expect(SCHEMAS[table].safeParse(row).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('hostile input: reject rows that are not plain objects', () => {
    for (const table of Object.keys(SCHEMAS) as PlanTable[])
      for (const row of [null, undefined, 'row', 42, [], new Date(0), new Map()])
        expect(passesRowGuard(table, row)).toBe(false);
  });

  it('restore the same plan with the quick check as with the schemas when every row passes', () => {
    const fallback = defaultSettings('Europe/London');
    const raw = {
      announcements: [makeAnnouncement({ id: 'a-1', tierKey: 'major' })],
      checklistItems: [makeChecklistItem({ id: 'i-1', parentId: 'a-1' })],
      maintenanceWindows: [makeMaintenanceWindow({ id: 'w-1' })],
      templateSets: builtInTemplateSets(),
      settings: makeSettings(),
      people: [makePerson('Ada Lovelace')],
    };
    const quick = restorePlan(raw, fallback, quickRowCheck);
    expect(quick).toEqual(restorePlan(raw, fallback, schemaCheck));
    expect(quick.announcements).toHaveLength(1);
    expect(quick.damaged).toEqual([]);
  });

  it('hostile input: the quick check asks for the schemas when a row is damaged, which then say why', () => {
    const fallback = defaultSettings('Europe/London');
    const raw = {
      announcements: [{ ...makeAnnouncement({ id: 'a-1', tierKey: 'major' }), launchDate: '2026-02-30' }],
      checklistItems: [],
      maintenanceWindows: [],
      templateSets: builtInTemplateSets(),
      settings: makeSettings(),
    };
    expect(() => restorePlan(raw, fallback, quickRowCheck)).toThrow(SchemaCheckNeeded);
    const restored = restorePlan(raw, fallback, schemaCheck);
    expect(restored.damaged.map((record) => record.problems)).toEqual([
      ['launchDate: must be a date "yyyy-MM-dd"'],
    ]);
  });
});
