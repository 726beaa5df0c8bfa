import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../../shared/backup/limits';
import { backupToText } from '../../../shared/backup/snapshot';
import { createBackup } from '../../../shared/backup/create-backup';
import { MAX_OPEN_FILE_BYTES } from '../../../shared/ipc';
import { MAX_SAVE_TEXT_BYTES, saveTextFileRequestSchema } from '../../../shared/ipc-validation';
import { readBackup, replaceWithBackup } from '../../../renderer/db/backup-repo';
import { db } from '../../../renderer/db/db';
import { saveSnapshotText } from '../../../renderer/db/snapshots';
import { readImport } from '../../../renderer/features/import/read-import';
import { listSnapshots } from '../../../renderer/platform/snapshot-store';
import { makeAnnouncement } from '../../builders';
import { freshPlan } from './repo-helpers';
import { utcInstant } from '../../dates';

const NOW = utcInstant('2026-12-02T10:00:00.000Z');
const OPTIONS = { timeZone: 'Europe/London', now: NOW };

const utf8 = (text: string) => new TextEncoder().encode(text).byteLength;

/**
 * A backup of the current plan plus big announcements whose compact text weighs exactly `bytes`:
 * long summaries reach the limit with a few hundred records, so the test stays fast. Sizes are
 * computed per record rather than by re-serialising the whole backup on every step.
 */
async function backupOfSize(bytes: number): Promise<string> {
  const base = await readBackup(NOW);
  const record = (index: number, extra: number) =>
    makeAnnouncement({
      id: `big-${String(index).padStart(4, '0')}`,
      summary: 'x'.repeat(90_000 + extra),
      templateSetId: 'handbook-current',
    });
  const empty = utf8(backupToText(base));
  // Each record adds its JSON and a comma (the first one no comma: hence the +1 below).
  const each = utf8(JSON.stringify(record(0, 0))) + 1;
  const count = Math.floor((bytes - empty + 1) / each);
  let remainder = bytes - empty + 1 - count * each;
  const announcements = Array.from({ length: count }, (_, index) => {
    const extra = Math.min(remainder, 10_000);
    remainder -= extra;
    return record(index, extra);
  });
  expect(remainder).toBe(0);
  const text = backupToText(createBackup({ ...base.data, announcements }, NOW));
  expect(utf8(text)).toBe(bytes);
  return text;
}

describe('one size limit for backups', () => {
  beforeEach(freshPlan);

  it('saving and opening agree on the limit', () => {
    expect(MAX_SAVE_TEXT_BYTES).toBe(MAX_BACKUP_BYTES);
    expect(MAX_OPEN_FILE_BYTES).toBe(MAX_BACKUP_BYTES);
  });

  it('a backup of exactly the limit saves, opens and restores; one byte more is refused everywhere', async () => {
    const text = await backupOfSize(MAX_BACKUP_BYTES);
    expect(text).not.toContain('\n  ');
    expect(
      saveTextFileRequestSchema.safeParse({ suggestedName: 'b.json', contents: text, filters: [] }).success,
    ).toBe(true);
    const reading = readImport(text, 'tierline-backup.json', OPTIONS);
    if (reading.kind !== 'backup' || !reading.validation.ok)
      throw new Error('the backup at the limit did not open');
    await replaceWithBackup(reading.validation.backup);
    // Key order may differ (the schema orders fields); the values must not.
    expect(JSON.parse(backupToText(await readBackup(NOW)))).toEqual(JSON.parse(text));
    expect(await db.announcements.count()).toBe(reading.validation.backup.data.announcements.length);

    const over = `${text} `;
    expect(readImport(over, 'over.json', OPTIONS)).toMatchObject({ kind: 'error' });
    expect(
      saveTextFileRequestSchema.safeParse({ suggestedName: 'b.json', contents: over, filters: [] }).success,
    ).toBe(false);
    const before = (await listSnapshots()).snapshots.length;
    await expect(
      saveSnapshotText('hourly', over, { announcements: 0, windows: 0, items: 0 }),
    ).rejects.toThrow(/50 MB backup limit/);
    expect((await listSnapshots()).snapshots).toHaveLength(before);
  }, 120_000);
});
