import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupHandlers } from '../../../electron/main/backup-handlers';
import { snapshotTextStream, writeSnapshot } from '../../../renderer/platform/snapshot-store';
import { IPC_CHANNELS, type DesktopApi, type IpcChannel } from '../../../shared/ipc';
import { utcInstant } from '../../dates';
import { nodeBackupDeps } from '../../electron/helpers/node-backup-deps';

/*
 * Issue 13, the desktop app's side of a snapshot sent in pieces: the renderer's stream against the
 * real main-process handlers (a temp data folder), through a bridge shaped as the preload's. A piece
 * that never arrives must not leave a short snapshot: the page sends the whole text instead.
 */

let backups: string;

/** `window.tierline` over the real handlers; `lose` drops that piece (1-based) on its way. */
function desktopBridge(lose?: number): { calls: IpcChannel[] } {
  const handlers = createBackupHandlers(nodeBackupDeps(backups));
  const event = {
    senderFrame: { url: 'app://tierline/index.html' },
    sender: { id: 7, once: () => undefined },
  };
  const calls: IpcChannel[] = [];
  let pieces = 0;
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, channel] of Object.entries(IPC_CHANNELS)) {
    const handler = (handlers as Partial<Record<IpcChannel, (typeof handlers)[keyof typeof handlers]>>)[
      channel
    ];
    api[name] = (...args) => {
      calls.push(channel);
      if (channel === IPC_CHANNELS.sendSnapshotPiece && ++pieces === lose) return Promise.resolve();
      if (!handler) throw new Error(`${channel} is not part of this test`);
      return handler(event, ...args);
    };
  }
  vi.stubGlobal('window', { tierline: api as unknown as DesktopApi });
  return { calls };
}

const text = '{"format":"tierline-backup","data":{"announcements":[{"title":"Café 🚀"}]}}\n';
const snapshot = {
  reason: 'start' as const,
  takenAt: utcInstant('2026-12-02T10:00:00.000Z'),
  counts: { announcements: 1, windows: 0, items: 0 },
  text,
};

/** Sends the text down a stream in three pieces, as the slices of a snapshot would, and writes it. */
async function sendAndWrite(): Promise<string> {
  const stream = snapshotTextStream();
  expect(stream).not.toBeNull();
  for (const piece of [text.slice(0, 15), text.slice(15, 50), text.slice(50)]) stream!.send(piece);
  const meta = await writeSnapshot(snapshot, undefined, stream);
  return meta.id;
}

beforeEach(async () => {
  backups = path.join(await mkdtemp(path.join(os.tmpdir(), 'tierline-stream-')), 'backups');
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await rm(path.dirname(backups), { recursive: true, force: true });
});

describe('a desktop snapshot sent in pieces', () => {
  it('is written from its pieces, without the whole text crossing over again', async () => {
    const { calls } = desktopBridge();
    const id = await sendAndWrite();
    expect(await readdir(backups)).toEqual([id]);
    expect(await readFile(path.join(backups, id), 'utf8')).toBe(text);
    expect(calls).toEqual([
      IPC_CHANNELS.sendSnapshotPiece,
      IPC_CHANNELS.sendSnapshotPiece,
      IPC_CHANNELS.sendSnapshotPiece,
      IPC_CHANNELS.writeSnapshotPieces,
    ]);
  });

  it('with a piece lost on the way, is written whole from the page: never short', async () => {
    const { calls } = desktopBridge(2);
    const id = await sendAndWrite();
    expect(await readdir(backups)).toEqual([id]);
    expect(await readFile(path.join(backups, id), 'utf8')).toBe(text);
    expect(calls.slice(-2)).toEqual([IPC_CHANNELS.writeSnapshotPieces, IPC_CHANNELS.writeSnapshot]);
  });
});
