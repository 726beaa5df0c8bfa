import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/atomic-write';
import { parseSnapshotFileName, snapshotFileName } from '../../../electron/main/backup-files';
import type { BackupDeps } from '../../../electron/main/backup-handlers';
import { createBackupHandlers } from '../../../electron/main/backup-handlers';
import type { IpcEventLike } from '../../../electron/main/ipc-guard';
import { IpcRefusedError } from '../../../electron/main/ipc-guard';
import { MAX_BACKUP_BYTES } from '../../../shared/backup/limits';
import { IPC_CHANNELS } from '../../../shared/ipc';

const trusted: IpcEventLike = { senderFrame: { url: 'app://tierline/index.html' } };
const request = {
  reason: 'before-import',
  takenAt: '2026-12-02T10:42:07.123Z',
  counts: { announcements: 3, windows: 1, items: 40 },
  text: '{"format":"tierline-backup"}\n',
};

let userData: string;
let backups: string;
let handlers: ReturnType<typeof createBackupHandlers>;

/** The node file system, as main.ts wires it, inside a temp data folder. */
function nodeDeps(): BackupDeps {
  return {
    backupsFolder: () => backups,
    makeFolder: async (folder) => {
      await mkdir(folder, { recursive: true });
    },
    listFiles: async (folder) => {
      const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
      return Promise.all(
        entries
          .filter((entry) => entry.isFile())
          .map(async (entry) => ({
            name: entry.name,
            size: (await stat(path.join(folder, entry.name))).size,
          })),
      );
    },
    writeFileAtomic: (filePath, contents) => writeFileAtomic(filePath, contents),
    fileSize: async (filePath) => (await stat(filePath)).size,
    readFile: (filePath) => readFile(filePath),
    removeFile: (filePath) => rm(filePath, { force: true }),
  };
}

async function filesOnDisk(): Promise<string[]> {
  return (await readdir(backups).catch(() => [])).sort();
}

beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'tierline-userdata-'));
  backups = path.join(userData, 'backups');
  handlers = createBackupHandlers(nodeDeps());
});

afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('snapshot file names', () => {
  it('carry the instant, reason and counts, and read back to the same snapshot', () => {
    const name = snapshotFileName(
      { takenAt: request.takenAt, reason: 'before-import', counts: request.counts },
      'a1b2c3',
    );
    expect(name).toBe('2026-12-02T10-42-07-123Z_before-import_3-1-40_a1b2c3.json');
    expect(parseSnapshotFileName(name, 99)).toEqual({
      id: name,
      takenAt: request.takenAt,
      reason: 'before-import',
      counts: request.counts,
      bytes: 99,
    });
  });
});

describe('the snapshot channels on a real data folder', () => {
  it('writes into userData/backups, lists it newest first, reads it back and deletes it', async () => {
    const older = (await handlers[IPC_CHANNELS.writeSnapshot](trusted, {
      ...request,
      reason: 'start',
      takenAt: '2026-12-01T08:00:00.000Z',
    })) as { id: string };
    const newer = (await handlers[IPC_CHANNELS.writeSnapshot](trusted, request)) as {
      id: string;
      bytes: number;
    };
    expect(newer.bytes).toBe(Buffer.byteLength(request.text));
    expect(await filesOnDisk()).toEqual([older.id, newer.id].sort());

    const listed = (await handlers[IPC_CHANNELS.listSnapshots](trusted)) as { id: string; reason: string }[];
    expect(listed.map((meta) => [meta.id, meta.reason])).toEqual([
      [newer.id, 'before-import'],
      [older.id, 'start'],
    ]);
    expect(await handlers[IPC_CHANNELS.readSnapshot](trusted, newer.id)).toEqual({
      status: 'read',
      text: request.text,
    });

    await handlers[IPC_CHANNELS.deleteSnapshot](trusted, older.id);
    expect(await filesOnDisk()).toEqual([newer.id]);
    expect(await handlers[IPC_CHANNELS.readSnapshot](trusted, older.id)).toEqual({ status: 'missing' });
  });

  it('lists nothing, without failing, before the first snapshot', async () => {
    expect(await handlers[IPC_CHANNELS.listSnapshots](trusted)).toEqual([]);
  });
});

describe('hostile input: backup bridge', () => {
  it('refuses a path as a snapshot id to read, touching nothing outside the folder', async () => {
    await writeFile(path.join(userData, 'secret.json'), 'secret');
    for (const id of ['../secret.json', '/etc/passwd', '..\\secret.json', 'backups/../../secret.json']) {
      await expect(handlers[IPC_CHANNELS.readSnapshot](trusted, id)).rejects.toBeInstanceOf(IpcRefusedError);
    }
  });

  it('refuses to delete anything that is not a snapshot name, and the file stays', async () => {
    await mkdir(backups, { recursive: true });
    await writeFile(path.join(backups, 'notes.json'), 'mine');
    await expect(handlers[IPC_CHANNELS.deleteSnapshot](trusted, 'notes.json')).rejects.toBeInstanceOf(
      IpcRefusedError,
    );
    expect(await filesOnDisk()).toEqual(['notes.json']);
  });

  it('refuses a snapshot over the 50 MB limit, writing no file', async () => {
    const text = 'a'.repeat(MAX_BACKUP_BYTES + 1);
    await expect(handlers[IPC_CHANNELS.writeSnapshot](trusted, { ...request, text })).rejects.toThrow(
      /invalid arguments/,
    );
    expect(await filesOnDisk()).toEqual([]);
  });

  it('refuses an unknown reason, an instant with an offset, negative counts and extra fields', async () => {
    const bad = [
      { ...request, reason: 'whenever' },
      { ...request, takenAt: '2026-12-02T10:42:07.123+02:00' },
      { ...request, takenAt: '../../x' },
      { ...request, counts: { announcements: -1, windows: 0, items: 0 } },
      { ...request, fileName: '../../.bashrc' },
    ];
    for (const args of bad) {
      await expect(handlers[IPC_CHANNELS.writeSnapshot](trusted, args)).rejects.toThrow(/invalid arguments/);
    }
    expect(await filesOnDisk()).toEqual([]);
  });

  it('leaves foreign and temp files out of the list', async () => {
    await mkdir(backups, { recursive: true });
    await writeFile(path.join(backups, 'holiday.jpg'), 'x');
    await writeFile(path.join(backups, '.2026-12-02T10-00-00-000Z_start_1-0-1_abcdef.json.1a2b.tmp'), 'x');
    await writeFile(path.join(backups, '2026-13-45T99-00-00-000Z_start_1-0-1_abcdef.json'), 'x');
    await writeFile(path.join(backups, '2026-12-02T10-00-00-000Z_party_1-0-1_abcdef.json'), 'x');
    expect(await handlers[IPC_CHANNELS.listSnapshots](trusted)).toEqual([]);
  });

  it('refuses a page that is not the app before touching the disk', async () => {
    const evil: IpcEventLike = { senderFrame: { url: 'https://evil.example/' } };
    await expect(handlers[IPC_CHANNELS.writeSnapshot](evil, request)).rejects.toBeInstanceOf(IpcRefusedError);
    await expect(handlers[IPC_CHANNELS.listSnapshots](evil)).rejects.toBeInstanceOf(IpcRefusedError);
    expect(await filesOnDisk()).toEqual([]);
  });

  it('answers missing for a well-formed name that is not in the folder', async () => {
    expect(
      await handlers[IPC_CHANNELS.readSnapshot](trusted, '2026-12-02T10-00-00-000Z_start_1-0-1_abcdef.json'),
    ).toEqual({ status: 'missing' });
  });
});
