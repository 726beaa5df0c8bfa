import { describe, expect, it } from 'vitest';
import type { SnapshotMeta } from '../../../../shared/backup/snapshot';
import {
  snapshotCountsLabel,
  snapshotFileName,
  snapshotName,
  snapshotTimeLabel,
} from '../../../../renderer/features/backups/snapshot-format';
import { utcInstant } from '../../../dates';

const NOW = new Date('2026-12-02T10:00:00.000Z');
const snapshot: SnapshotMeta = {
  id: '7',
  takenAt: utcInstant('2026-11-30T09:00:00.000Z'),
  reason: 'before-template-import',
  counts: { announcements: 1, windows: 2, items: 0 },
  bytes: 10,
};

describe('how the Backups list words a snapshot', () => {
  it('says Today with the time for today, in the planner zone', () => {
    expect(snapshotTimeLabel(utcInstant('2026-12-02T09:42:00.000Z'), NOW, 'Europe/London')).toBe(
      'Today 09:42',
    );
    expect(snapshotTimeLabel(utcInstant('2026-12-02T09:42:00.000Z'), NOW, 'Asia/Tokyo')).toBe('Today 18:42');
  });

  it('gives weekday, day and month for other days, and the year for other years', () => {
    expect(snapshotTimeLabel(snapshot.takenAt, NOW, 'Europe/London')).toBe('Mon 30 Nov 09:00');
    // 01:30 in London is still the 1st of December there, but the 30th of November in Los Angeles.
    expect(snapshotTimeLabel(utcInstant('2026-12-01T01:30:00.000Z'), NOW, 'America/Los_Angeles')).toBe(
      'Mon 30 Nov 17:30',
    );
    expect(snapshotTimeLabel(utcInstant('2025-12-30T12:00:00.000Z'), NOW, 'UTC')).toBe(
      'Tue 30 Dec 2025 12:00',
    );
  });

  it('counts in words and names the snapshot with its reason', () => {
    expect(snapshotCountsLabel(snapshot.counts)).toBe('1 announcement, 2 windows, 0 items');
    expect(snapshotName(snapshot, NOW, 'Europe/London')).toBe(
      'The snapshot Mon 30 Nov 09:00 (Before template import)',
    );
    expect(snapshotFileName(snapshot, 'Europe/London')).toBe(
      'tierline-backup-2026-11-30-0900-before-template-import.json',
    );
  });
});
