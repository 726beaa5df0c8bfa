import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_REASONS } from '../../../shared/backup/snapshot';
import { isCertainSnapshotMeta } from '../../../shared/backup/snapshot-meta-guard';
import { snapshotMetaSchema } from '../../../shared/backup/snapshot-schema';
import { MAX_BACKUP_BYTES } from '../../../shared/backup/limits';

// An entry as the app writes one: its store's sequence number as the id, toISOString's instant.
const writtenMeta = fc.record({
  id: fc.integer({ min: 1, max: 2 ** 40 }).map(String),
  takenAt: fc
    .integer({ min: Date.parse('1970-01-01T00:00:00.000Z'), max: Date.parse('9999-12-31T23:59:59.999Z') })
    .map((ms) => new Date(ms).toISOString()),
  reason: fc.constantFrom(...SNAPSHOT_REASONS),
  counts: fc.record({
    announcements: fc.nat({ max: 10_000_000 }),
    windows: fc.nat({ max: 10_000_000 }),
    items: fc.nat({ max: 10_000_000 }),
  }),
  bytes: fc.nat({ max: MAX_BACKUP_BYTES }),
});

// What a damaged or hand-edited entry may hold where any field is expected.
const EDGE_VALUES: unknown[] = [
  '',
  'x'.repeat(200),
  'x'.repeat(201),
  '2026-11-20T09:30:00Z',
  '2026-11-20T09:30:00.1Z',
  '2026-11-20T09:30:00.000+01:00',
  '2026-02-29T09:30:00.000Z',
  '2000-02-29T09:30:00.000Z',
  '2100-02-29T09:30:00.000Z',
  '2026-04-31T09:30:00.000Z',
  '2026-11-20T24:00:00.000Z',
  '2026-11-20T09:30:60.000Z',
  '0000-01-01T00:00:00.000Z',
  '+010000-01-01T00:00:00.000Z',
  '-000001-01-01T00:00:00.000Z',
  ' 2026-11-20T09:30:00.000Z',
  '2026-11-20',
  ...SNAPSHOT_REASONS,
  'Start',
  0,
  -0,
  1,
  -1,
  1.5,
  10_000_000,
  10_000_001,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_BYTES + 1,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  null,
  undefined,
  [],
  {},
  { announcements: 1, windows: 2, items: 3 },
  { announcements: 1, windows: 2, items: 3, extra: 4 },
  { announcements: 1, windows: 2 },
  new Date(0),
  new Map(),
];

const WRITTEN = {
  id: '7',
  takenAt: '2026-11-20T09:30:00.000Z',
  reason: 'hourly',
  counts: { announcements: 1, windows: 0, items: 2 },
  bytes: 10,
};

const FIELDS = ['id', 'takenAt', 'reason', 'counts', 'bytes', 'extra'] as const;
const COUNT_FIELDS = ['announcements', 'windows', 'items', 'extra'] as const;

type Edit = { inCounts: boolean; field: string; value: unknown; remove: boolean };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    inCounts: fc.constant(false),
    field: fc.constantFrom(...FIELDS),
    value: fc.constantFrom(...EDGE_VALUES),
    remove: fc.boolean(),
  }),
  fc.record({
    inCounts: fc.constant(true),
    field: fc.constantFrom(...COUNT_FIELDS),
    value: fc.constantFrom(...EDGE_VALUES),
    remove: fc.boolean(),
  }),
);

function edited(meta: Record<string, unknown>, edits: readonly Edit[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...meta, counts: { ...(meta.counts as object) } };
  for (const { inCounts, field, value, remove } of edits) {
    const target = inCounts ? copy.counts : copy;
    if (typeof target !== 'object' || target === null) continue;
    if (remove) delete (target as Record<string, unknown>)[field];
    else (target as Record<string, unknown>)[field] = value;
  }
  return copy;
}

describe('the snapshot list check without zod', () => {
  it('vouches for every entry the app writes, as the schema reads it', () => {
    fc.assert(
      fc.property(writtenMeta, (meta) => {
        expect(isCertainSnapshotMeta(meta)).toBe(true);
        expect(snapshotMetaSchema.parse(meta)).toEqual(meta);
      }),
      { numRuns: 500 },
    );
  });

  it('never vouches for an entry the schema refuses, and gives back what the schema would', () => {
    let vouched = 0;
    let referred = 0;
    fc.assert(
      fc.property(writtenMeta, fc.array(edit, { minLength: 1, maxLength: 3 }), (meta, edits) => {
        const entry = edited(meta, edits);
        const parsed = snapshotMetaSchema.safeParse(entry);
        if (isCertainSnapshotMeta(entry)) {
          vouched += 1;
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(entry);
        } else referred += 1;
      }),
      { numRuns: 3000 },
    );
    // Both answers came up, so the property was tested both ways.
    expect(vouched).toBeGreaterThan(100);
    expect(referred).toBeGreaterThan(100);
  });

  it.each([
    ['an instant without milliseconds', { takenAt: '2026-11-20T09:30:00Z' }],
    ['an instant with an offset', { takenAt: '2026-11-20T10:30:00.000+01:00' }],
  ])('leaves %s, which the schema may take, to the schema', (_, change) => {
    const entry: Record<string, unknown> = { ...WRITTEN, ...change };
    expect(isCertainSnapshotMeta(entry)).toBe(false);
  });

  it.each([
    ['a date that does not exist', { takenAt: '2026-02-29T09:30:00.000Z' }],
    ['an unknown reason', { reason: 'nightly' }],
    ['a count over the ceiling', { counts: { announcements: 10_000_001, windows: 0, items: 0 } }],
    ['a size over the backup limit', { bytes: MAX_BACKUP_BYTES + 1 }],
    ['an extra field', { note: 'hand-edited' }],
    ['an empty id', { id: '' }],
    ['a year past 9999', { takenAt: '+010000-01-01T00:00:00.000Z' }],
  ])('refuses %s, as the schema does', (_, change) => {
    const entry: Record<string, unknown> = { ...WRITTEN, ...change };
    expect(isCertainSnapshotMeta(entry)).toBe(false);
    expect(snapshotMetaSchema.safeParse(entry).success).toBe(false);
  });
});
