import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { SnapshotMeta } from '../../shared/backup/snapshot';
import type { ReadSnapshotResult, WriteSnapshotPiecesResult, WriteSnapshotRequest } from '../../shared/ipc';
import { IPC_CHANNELS, MAX_OPEN_FILE_BYTES } from '../../shared/ipc';
import { IPC_ARGUMENT_SCHEMAS } from '../../shared/ipc-validation';
import { parseSnapshotFileName, snapshotFileName } from './backup-files';
import type { IpcEventLike, IpcHandler, SenderLike } from './ipc-guard';
import { IpcRefusedError, guard } from './ipc-guard';
import { SnapshotPieces } from './snapshot-pieces';

/** The disk calls the snapshot handlers make, injected so tests can use fakes or a temp folder. */
export type BackupDeps = {
  /** Absolute path of `userData/backups`. */
  backupsFolder(): string;
  makeFolder(folder: string): Promise<void>;
  /** Regular files of a folder with their sizes; an empty list when the folder does not exist. */
  listFiles(folder: string): Promise<{ name: string; size: number }[]>;
  writeFileAtomic(filePath: string, contents: string): Promise<void>;
  fileSize(filePath: string): Promise<number>;
  readFile(filePath: string): Promise<Uint8Array>;
  removeFile(filePath: string): Promise<void>;
  /** Random hex for file names; tests pass a fixed one. */
  randomTag?(): string;
};

type BackupChannel =
  | typeof IPC_CHANNELS.writeSnapshot
  | typeof IPC_CHANNELS.listSnapshots
  | typeof IPC_CHANNELS.readSnapshot
  | typeof IPC_CHANNELS.deleteSnapshot
  | typeof IPC_CHANNELS.sendSnapshotPiece
  | typeof IPC_CHANNELS.writeSnapshotPieces
  | typeof IPC_CHANNELS.forgetSnapshotPieces;

async function listSnapshots(deps: BackupDeps): Promise<SnapshotMeta[]> {
  const files = await deps.listFiles(deps.backupsFolder());
  return files
    .flatMap((file) => parseSnapshotFileName(file.name, file.size) ?? [])
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id));
}

/** The path of a listed snapshot; the id passed the file-name schema already, this also requires it to exist. */
async function listedPath(deps: BackupDeps, channel: string, id: string): Promise<string | null> {
  if (parseSnapshotFileName(id, 0) === null) throw new IpcRefusedError(`${channel}: refused, not a snapshot`);
  const listed = await deps.listFiles(deps.backupsFolder());
  return listed.some((file) => file.name === id) ? path.join(deps.backupsFolder(), id) : null;
}

async function writeSnapshot(deps: BackupDeps, request: WriteSnapshotRequest): Promise<SnapshotMeta> {
  const folder = deps.backupsFolder();
  await deps.makeFolder(folder);
  const tag = deps.randomTag ? deps.randomTag() : randomBytes(6).toString('hex');
  const name = snapshotFileName(request, tag);
  await deps.writeFileAtomic(path.join(folder, name), request.text);
  const meta = parseSnapshotFileName(name, Buffer.byteLength(request.text, 'utf8'));
  if (meta === null) throw new Error('The snapshot was written under a name Tierline cannot read back.');
  return meta;
}

/** The window a stream belongs to; Electron always says, a call without one is refused. */
function senderOf(event: IpcEventLike, channel: string): SenderLike {
  if (!event.sender) throw new IpcRefusedError(`${channel}: refused, no sending window`);
  return event.sender;
}

async function readSnapshot(deps: BackupDeps, id: string): Promise<ReadSnapshotResult> {
  const filePath = await listedPath(deps, IPC_CHANNELS.readSnapshot, id);
  if (filePath === null) return { status: 'missing' };
  if ((await deps.fileSize(filePath)) > MAX_OPEN_FILE_BYTES)
    throw new Error('This snapshot is larger than the 50 MB backup limit.');
  const data = await deps.readFile(filePath);
  return { status: 'read', text: new TextDecoder('utf-8').decode(data) };
}

/**
 * The snapshot channels. Snapshots live only in `userData/backups`; their file names are made here
 * from validated fields, and reads and deletes accept only a name of that exact shape that is in
 * the folder now, so the renderer can never name a path.
 */
export function createBackupHandlers(deps: BackupDeps): Record<BackupChannel, IpcHandler> {
  const schemas = IPC_ARGUMENT_SCHEMAS;
  const {
    writeSnapshot: write,
    listSnapshots: list,
    readSnapshot: read,
    deleteSnapshot: remove,
    sendSnapshotPiece: piece,
    writeSnapshotPieces: writePieces,
    forgetSnapshotPieces: forgetPieces,
  } = IPC_CHANNELS;
  const streams = new SnapshotPieces();
  return {
    [piece]: guard(piece, schemas[piece], ([stream, text], event) => {
      streams.add(senderOf(event, piece), stream, text);
      return Promise.resolve();
    }),
    [writePieces]: guard(
      writePieces,
      schemas[writePieces],
      async ([request], event): Promise<WriteSnapshotPiecesResult> => {
        const { stream, pieces, length, ...fields } = request;
        const text = streams.take(senderOf(event, writePieces), stream, pieces, length);
        if (text === null) return { status: 'incomplete' };
        return { status: 'written', snapshot: await writeSnapshot(deps, { ...fields, text }) };
      },
    ),
    [forgetPieces]: guard(forgetPieces, schemas[forgetPieces], ([stream], event) => {
      streams.forget(senderOf(event, forgetPieces), stream);
      return Promise.resolve();
    }),
    [write]: guard(write, schemas[write], ([request]) => writeSnapshot(deps, request)),
    [list]: guard(list, schemas[list], () => listSnapshots(deps)),
    [read]: guard(read, schemas[read], ([id]) => readSnapshot(deps, id)),
    [remove]: guard(remove, schemas[remove], async ([id]) => {
      const filePath = await listedPath(deps, remove, id);
      if (filePath !== null) await deps.removeFile(filePath);
    }),
  };
}
