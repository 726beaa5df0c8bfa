import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KEEP_LATEST,
  MAX_KEPT,
  SNAPSHOT_INTERVAL_MS,
  isSnapshotDue,
  snapshotsToDelete,
  snapshotsToKeep,
  type RotationEntry,
} from '../../../shared/backup/rotation';
import { utcInstant } from '../../dates';
import { instantOf } from '../../../shared/zoned-time';

const NOW = utcInstant('2026-12-02T10:00:00.000Z');
const NOW_MS = Date.parse(NOW);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ZONES = ['Europe/London', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland'];

const at = (msBeforeNow: number) => instantOf(new Date(NOW_MS - msBeforeNow));

/** Snapshots from 10 days in the future to 120 days back, ids unique. */
const entriesArb: fc.Arbitrary<RotationEntry[]> = fc
  .array(fc.integer({ min: -10 * DAY, max: 120 * DAY }), { maxLength: 120 })
  .map((ages) => ages.map((age, index) => ({ id: `s${index}`, takenAt: at(age) })));

describe('snapshotsToKeep (properties)', () => {
  it('never deletes the newest snapshot', () => {
    fc.assert(
      fc.property(entriesArb, fc.constantFrom(...ZONES), (entries, zone) => {
        fc.pre(entries.length > 0);
        const newest = [...entries].sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt))[0]!;
        expect(snapshotsToKeep(entries, NOW, zone).has(newest.id)).toBe(true);
      }),
    );
  });

  it('is idempotent: what it keeps, it keeps again', () => {
    fc.assert(
      fc.property(entriesArb, fc.constantFrom(...ZONES), (entries, zone) => {
        const kept = snapshotsToKeep(entries, NOW, zone);
        const again = snapshotsToKeep(
          entries.filter((entry) => kept.has(entry.id)),
          NOW,
          zone,
        );
        expect([...again].sort()).toEqual([...kept].sort());
      }),
    );
  });

  it('keeps a bounded number, and everything when there are few', () => {
    fc.assert(
      fc.property(entriesArb, fc.constantFrom(...ZONES), (entries, zone) => {
        const kept = snapshotsToKeep(entries, NOW, zone);
        expect(kept.size).toBeLessThanOrEqual(MAX_KEPT);
        if (entries.length <= KEEP_LATEST) expect(kept.size).toBe(entries.length);
      }),
    );
  });

  it('deletes exactly what it does not keep', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const kept = snapshotsToKeep(entries, NOW, 'UTC');
        const deleted = snapshotsToDelete(entries, NOW, 'UTC');
        expect(deleted.length + kept.size).toBe(entries.length);
        for (const id of deleted) expect(kept.has(id)).toBe(false);
      }),
    );
  });
});

describe('snapshotsToKeep (examples)', () => {
  it('keeps the last 10, one a day for a week and one a week for four weeks', () => {
    // Every hour for 40 days: far more than the rule keeps.
    const entries = Array.from({ length: 40 * 24 }, (_, hours) => ({
      id: `h${hours}`,
      takenAt: at(hours * HOUR),
    }));
    const kept = snapshotsToKeep(entries, NOW, 'UTC');
    // The 10 newest (now back to 9 hours ago).
    for (let hours = 0; hours < 10; hours += 1) expect(kept.has(`h${hours}`)).toBe(true);
    // Days: today's newest is h0; each earlier day's newest is its 23:00 snapshot (11 + 24k hours back).
    for (let days = 1; days < 7; days += 1) expect(kept.has(`h${11 + (days - 1) * 24}`)).toBe(true);
    // Nothing older than 28 days survives.
    for (const id of kept) expect(Number(id.slice(1))).toBeLessThan(28 * 24);
    expect(kept.size).toBeLessThanOrEqual(MAX_KEPT);
    expect(kept.size).toBeGreaterThan(KEEP_LATEST + 5);
  });

  it('counts a snapshot before an import like any other and lets a month-old one go', () => {
    const entries = [
      { id: 'month-old', takenAt: at(35 * DAY) },
      ...Array.from({ length: 12 }, (_, index) => ({ id: `n${index}`, takenAt: at(index * 60_000) })),
    ];
    expect(snapshotsToDelete(entries, NOW, 'UTC')).toEqual(['month-old', 'n10', 'n11']);
  });

  it('does not let future-dated snapshots pile up', () => {
    const future = Array.from({ length: 30 }, (_, index) => ({
      id: `f${index}`,
      takenAt: at(-(index + 1) * DAY),
    }));
    expect(snapshotsToKeep(future, NOW, 'UTC').size).toBe(KEEP_LATEST);
  });
});

describe('isSnapshotDue', () => {
  it('is due when there is no snapshot at all', () => {
    expect(isSnapshotDue({ lastSnapshotAt: null, lastChangeAt: null, now: NOW })).toBe(true);
  });

  it('is due an hour after the last snapshot when the plan changed since', () => {
    const last = at(SNAPSHOT_INTERVAL_MS);
    expect(isSnapshotDue({ lastSnapshotAt: last, lastChangeAt: at(HOUR / 2), now: NOW })).toBe(true);
    expect(isSnapshotDue({ lastSnapshotAt: at(HOUR - 1), lastChangeAt: at(1), now: NOW })).toBe(false);
  });

  it('is not due when nothing changed since the last snapshot, however long ago', () => {
    expect(isSnapshotDue({ lastSnapshotAt: at(30 * DAY), lastChangeAt: null, now: NOW })).toBe(false);
    expect(isSnapshotDue({ lastSnapshotAt: at(30 * DAY), lastChangeAt: at(31 * DAY), now: NOW })).toBe(false);
  });
});
