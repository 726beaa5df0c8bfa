import { MAX_BACKUP_BYTES } from './backup/limits';
import type { SnapshotCounts, SnapshotMeta, SnapshotReason } from './backup/snapshot';
import type {
  ChooseCalendarRequest,
  ChooseCalendarResult,
  ConnectRequest,
  ConnectResult,
  SyncRequest,
  SyncResult,
} from './caldav-ipc';
import type { Instant } from './types';

/**
 * The one contract between the renderer and the main process. The preload exposes exactly
 * these functions as `window.tierline`; the main process handles exactly these channels and
 * validates every argument with the schemas in `ipc-validation.ts` before touching the disk.
 */

export const IPC_CHANNELS = {
  appVersion: 'app:version',
  saveTextFile: 'file:save',
  openTextFile: 'file:open',
  choosePublishFolder: 'publish:choose-folder',
  publishFiles: 'publish:write',
  openExternal: 'shell:open-external',
  writeSnapshot: 'backups:write',
  listSnapshots: 'backups:list',
  readSnapshot: 'backups:read',
  deleteSnapshot: 'backups:delete',
  sendSnapshotPiece: 'backups:piece',
  writeSnapshotPieces: 'backups:write-pieces',
  forgetSnapshotPieces: 'backups:forget-pieces',
  showNotification: 'notification:show',
  connectTeamCalendar: 'caldav:connect',
  chooseTeamCalendar: 'caldav:choose-calendar',
  syncTeamCalendar: 'caldav:sync',
  forgetTeamCalendar: 'caldav:forget',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** A file filter for native dialogs, e.g. `{ name: 'Calendar', extensions: ['ics'] }`. */
export type FileFilter = { name: string; extensions: string[] };

export type SaveTextFileRequest = {
  /** Suggested file name only; the planner picks the folder and may rename it. */
  suggestedName: string;
  contents: string;
  filters: FileFilter[];
};

export type SaveTextFileResult = { status: 'saved'; path: string } | { status: 'cancelled' };

export type OpenTextFileRequest = { filters: FileFilter[] };

export type OpenTextFileResult =
  | { status: 'opened'; name: string; contents: string }
  | { status: 'cancelled' }
  | { status: 'too-large'; name: string; bytes: number };

export type PublishFile = { name: 'tierline.ics' | 'tierline-schedule.md'; contents: string };

export type ChoosePublishFolderResult = { status: 'chosen'; folder: string } | { status: 'cancelled' };

export type PublishFilesRequest = { folder: string; files: PublishFile[] };

export type PublishFilesResult =
  { status: 'written'; folder: string } | { status: 'failed'; message: string };

/**
 * Largest text file the Open dialog reads. The same as the backup limit, so every backup Tierline
 * saves (MAX_BACKUP_BYTES, compact JSON) can be opened again.
 */
export const MAX_OPEN_FILE_BYTES = MAX_BACKUP_BYTES;

/** A snapshot to store; the main process names the file from these fields, never from a path. */
export type WriteSnapshotRequest = {
  reason: SnapshotReason;
  takenAt: Instant;
  counts: SnapshotCounts;
  text: string;
};

/**
 * A snapshot whose text went to the main process a piece at a time (`sendSnapshotPiece`) as it was
 * made. `pieces` and `length` (in UTF-16 code units, as the page counts) say what was sent, so the
 * main process writes only a text that arrived whole.
 */
export type WriteSnapshotPiecesRequest = Omit<WriteSnapshotRequest, 'text'> & {
  stream: string;
  pieces: number;
  length: number;
};

/** Written; or `incomplete` when the pieces held are not those sent (the page then sends the whole text). */
export type WriteSnapshotPiecesResult =
  { status: 'written'; snapshot: SnapshotMeta } | { status: 'incomplete' };

export type ReadSnapshotResult = { status: 'read'; text: string } | { status: 'missing' };

/** A desktop notification: the daily digest. Plain text only; the main process adds nothing to it. */
export type ShowNotificationRequest = { title: string; body: string };

/** How a notification ended: the planner clicked it, it went away, or the system has none. */
export type ShowNotificationResult = { status: 'clicked' | 'closed' | 'unsupported' };

/** What `window.tierline` offers. Every function maps to one fixed channel. */
export type DesktopApi = {
  appVersion(): Promise<string>;
  saveTextFile(request: SaveTextFileRequest): Promise<SaveTextFileResult>;
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResult>;
  choosePublishFolder(): Promise<ChoosePublishFolderResult>;
  publishFiles(request: PublishFilesRequest): Promise<PublishFilesResult>;
  openExternal(url: string): Promise<void>;
  /** Stores a snapshot atomically in the app's data folder (`backups/`). */
  writeSnapshot(request: WriteSnapshotRequest): Promise<SnapshotMeta>;
  /** Every stored snapshot, newest first; files that are not snapshots are left out. */
  listSnapshots(): Promise<SnapshotMeta[]>;
  readSnapshot(id: string): Promise<ReadSnapshotResult>;
  deleteSnapshot(id: string): Promise<void>;
  /** Hands the main process the next piece of a snapshot's text (stream: a random UUID of the page's). */
  sendSnapshotPiece(stream: string, piece: string): Promise<void>;
  /** Writes, like `writeSnapshot`, the text sent down `request.stream`, and lets go of its pieces. */
  writeSnapshotPieces(request: WriteSnapshotPiecesRequest): Promise<WriteSnapshotPiecesResult>;
  /** The snapshot will not be written: the main process lets go of the stream's pieces. */
  forgetSnapshotPieces(stream: string): Promise<void>;
  /** Shows a notification and settles when it is clicked (the window comes to the front) or closed. */
  showNotification(request: ShowNotificationRequest): Promise<ShowNotificationResult>;
  /** Signs in and discovers the calendars; on success the credentials are kept, encrypted, by the main process. */
  connectTeamCalendar(request: ConnectRequest): Promise<ConnectResult>;
  chooseTeamCalendar(request: ChooseCalendarRequest): Promise<ChooseCalendarResult>;
  /** Publishes to the chosen calendar and reads teammates' moves back (issue 12). */
  syncTeamCalendar(request: SyncRequest): Promise<SyncResult>;
  /** Deletes the stored credentials and the chosen calendar. */
  forgetTeamCalendar(): Promise<void>;
};
