import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSnapshotFileName, snapshotFileName } from '../../../electron/main/backup-files';
import { createBackupHandlers } from '../../../electron/main/backup-handlers';
import type { IpcEventLike } from '../../../electron/main/ipc-guard';
import { IpcRefusedError } from '../../../electron/main/ipc-guard';
import { MAX_BACKUP_BYTES } from '../../../shared/backup/limits';
import { IPC_CHANNELS } from '../../../shared/ipc';
import { nodeBackupDeps } from '../helpers/node-backup-deps';

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

async function filesOnDisk(): Promise<string[]> {
  return (await readdir(backups).catch(() => [])).sort();
}

beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'tierline-userdata-'));
  backups = path.join(userData, 'backups');
  handlers = createBackupHandlers(nodeBackupDeps(backups));
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

/** A window as the piece handlers see it: its id, and its `destroyed` listeners, fired by `close`. */
function appWindow(id: number): { event: IpcEventLike; close(): void } {
  const listeners: (() => void)[] = [];
  const sender = { id, once: (_event: 'destroyed', listener: () => void) => listeners.push(listener) };
  return {
    event: { senderFrame: { url: 'app://tierline/index.html' }, sender },
    close: () => listeners.splice(0).forEach((listener) => listener()),
  };
}

describe('a snapshot text sent in pieces (issue 13: the desktop start snapshot)', () => {
  const stream = '0f5a3c2e-8b1d-4c7e-9a2f-6d3b1e4c5a70';
  const other = '6b1d2f3a-4c5e-4f70-8a9b-0c1d2e3f4a5b';
  const text = '{"format":"tierline-backup","announcements":[{"title":"Café launch 🚀"}]}\n';
  const pieces = [text.slice(0, 20), text.slice(20, 55), text.slice(55)];
  const {
    sendSnapshotPiece: piece,
    writeSnapshotPieces: writePieces,
    forgetSnapshotPieces: forget,
  } = IPC_CHANNELS;
  const fields = { reason: request.reason, takenAt: request.takenAt, counts: request.counts };

  async function send(event: IpcEventLike, id: string, parts: string[]): Promise<void> {
    for (const part of parts) await handlers[piece](event, id, part);
  }
  const writeOf = (event: IpcEventLike, id: string, parts = pieces, length = text.length) =>
    handlers[writePieces](event, { ...fields, stream: id, pieces: parts.length, length });

  it('writes the joined text as one file, the same as a whole-text write, and lets go of the pieces', async () => {
    const ana = appWindow(1);
    await send(ana.event, stream, pieces);
    const result = (await writeOf(ana.event, stream)) as {
      status: string;
      snapshot: { id: string; bytes: number };
    };
    expect(result.status).toBe('written');
    // Bytes, not UTF-16 units: the é and the rocket take more than one.
    expect(result.snapshot.bytes).toBe(Buffer.byteLength(text, 'utf8'));
    expect(result.snapshot.bytes).not.toBe(text.length);
    expect(await filesOnDisk()).toEqual([result.snapshot.id]);
    expect(await readFile(path.join(backups, result.snapshot.id), 'utf8')).toBe(text);
    expect(await handlers[IPC_CHANNELS.readSnapshot](trusted, result.snapshot.id)).toEqual({
      status: 'read',
      text,
    });
    // Written once: the same stream again holds nothing.
    expect(await writeOf(ana.event, stream)).toEqual({ status: 'incomplete' });
    expect(await filesOnDisk()).toHaveLength(1);
  });

  it('writes nothing when a piece is missing, one too many, or the length differs', async () => {
    const ana = appWindow(1);
    await send(ana.event, stream, pieces.slice(0, 2));
    expect(await writeOf(ana.event, stream)).toEqual({ status: 'incomplete' });
    await send(ana.event, stream, [...pieces, 'x']);
    expect(await writeOf(ana.event, stream)).toEqual({ status: 'incomplete' });
    await send(ana.event, stream, pieces);
    expect(await writeOf(ana.event, stream, pieces, text.length + 1)).toEqual({ status: 'incomplete' });
    expect(await filesOnDisk()).toEqual([]);
  });

  it("keeps each window's pieces to itself: another window can neither write nor forget them", async () => {
    const ana = appWindow(1);
    const ben = appWindow(2);
    await send(ana.event, stream, pieces);
    expect(await writeOf(ben.event, stream)).toEqual({ status: 'incomplete' });
    await handlers[forget](ben.event, stream);
    await send(ben.event, stream, ['{"ben":true}']);
    expect((await writeOf(ana.event, stream)) as { status: string }).toMatchObject({ status: 'written' });
    expect(await filesOnDisk()).toHaveLength(1);
  });

  it('lets go of a forgotten stream, and of every stream of a window that closed', async () => {
    const ana = appWindow(1);
    await send(ana.event, stream, pieces);
    await handlers[forget](ana.event, stream);
    expect(await writeOf(ana.event, stream)).toEqual({ status: 'incomplete' });

    await send(ana.event, stream, pieces);
    await send(ana.event, other, pieces);
    ana.close();
    expect(await writeOf(ana.event, stream)).toEqual({ status: 'incomplete' });
    expect(await writeOf(ana.event, other)).toEqual({ status: 'incomplete' });
    expect(await filesOnDisk()).toEqual([]);
  });

  it('holds at most four streams a window: a fifth lets go of the oldest', async () => {
    const ana = appWindow(1);
    const ids = [1, 2, 3, 4, 5].map((n) => `0f5a3c2e-8b1d-4c7e-9a2f-6d3b1e4c5a7${n}`);
    for (const id of ids) await send(ana.event, id, pieces);
    expect(await writeOf(ana.event, ids[0]!)).toEqual({ status: 'incomplete' });
    expect((await writeOf(ana.event, ids[1]!)) as { status: string }).toMatchObject({ status: 'written' });
    expect((await writeOf(ana.event, ids[4]!)) as { status: string }).toMatchObject({ status: 'written' });
  });

  it('refuses the pieces past 50 MB and then the write, writing no file', async () => {
    const ana = appWindow(1);
    await handlers[piece](ana.event, stream, 'a'.repeat(MAX_BACKUP_BYTES));
    await expect(handlers[piece](ana.event, stream, 'b')).rejects.toBeInstanceOf(IpcRefusedError);
    await expect(handlers[piece](ana.event, stream, 'c')).rejects.toBeInstanceOf(IpcRefusedError);
    await expect(writeOf(ana.event, stream, ['a', 'b', 'c'], MAX_BACKUP_BYTES + 2)).rejects.toBeInstanceOf(
      IpcRefusedError,
    );
    expect(await filesOnDisk()).toEqual([]);
  });

  it('refuses a call that names no sending window', async () => {
    await expect(handlers[piece](trusted, stream, 'x')).rejects.toBeInstanceOf(IpcRefusedError);
    await expect(writeOf(trusted, stream)).rejects.toBeInstanceOf(IpcRefusedError);
    await expect(handlers[forget](trusted, stream)).rejects.toBeInstanceOf(IpcRefusedError);
  });
});
