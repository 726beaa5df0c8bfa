import { z } from 'zod';
import type {
  FileFilter,
  IpcChannel,
  OpenTextFileRequest,
  PublishFile,
  PublishFilesRequest,
  SaveTextFileRequest,
  ShowNotificationRequest,
  WriteSnapshotPiecesRequest,
  WriteSnapshotRequest,
} from './ipc';
import { MAX_BACKUP_BYTES } from './backup/limits';
import { SNAPSHOT_REASONS } from './backup/snapshot';
import { snapshotCountsSchema } from './backup/snapshot-schema';
import { IPC_CHANNELS } from './ipc';
import {
  chooseCalendarRequestSchema,
  connectRequestSchema,
  syncRequestSchema,
} from './caldav-ipc-validation';
import { trustedInstant } from './zoned-time';

/** Largest text the Save dialog writes, in UTF-8 bytes: the one backup limit, so whatever is saved opens again. */
export const MAX_SAVE_TEXT_BYTES = MAX_BACKUP_BYTES;

/** Longest suggested file name; real names are far shorter, and some file systems stop at 255 bytes. */
export const MAX_FILE_NAME_LENGTH = 200;

/** Longest folder path accepted for publishing (Linux PATH_MAX). */
export const MAX_FOLDER_PATH_LENGTH = 4096;

/** Longest URL handed to `openExternal`. */
export const MAX_EXTERNAL_URL_LENGTH = 8192;

/* The mapped type makes the compiler insist on every name of `PublishFile` and nothing else. */
const PUBLISH_FILE_NAME_ENUM = {
  'tierline.ics': 'tierline.ics',
  'tierline-schedule.md': 'tierline-schedule.md',
} as const satisfies { [Name in PublishFile['name']]: Name };

/** The only file names `publishFiles` writes. */
export const PUBLISH_FILE_NAMES: readonly PublishFile['name'][] = Object.values(PUBLISH_FILE_NAME_ENUM);

/**
 * Number of bytes `text` takes as UTF-8, counted without platform encoders (shared/ has none).
 * A lone surrogate counts 3 bytes, as the replacement character it becomes when encoded.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A bare file name: no folder part, nothing a file system would read as a path or a device trick. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_LENGTH)
  .refine((name) => !name.includes('/') && !name.includes('\\'), 'must not contain path separators')
  .refine((name) => !CONTROL_CHARACTERS.test(name), 'must not contain NUL or control characters')
  .refine((name) => name.trim() === name && name !== '.' && name !== '..', 'must be a plain file name');

/** Text to save: at most MAX_SAVE_TEXT_BYTES as UTF-8 (the cheap length check runs first). */
export const saveContentsSchema = z
  .string()
  .max(MAX_SAVE_TEXT_BYTES)
  .refine((text) => utf8ByteLength(text) <= MAX_SAVE_TEXT_BYTES, 'is larger than the 50 MB backup limit');

export const fileFilterSchema: z.ZodType<FileFilter> = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(100)
    .refine((name) => !CONTROL_CHARACTERS.test(name), 'must not contain control characters'),
  // '*' is the dialogs' "all files"; otherwise a plain extension without the dot.
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
    .min(1)
    .max(20),
});

const filtersSchema = z.array(fileFilterSchema).max(20);

export const saveTextFileRequestSchema: z.ZodType<SaveTextFileRequest> = z.strictObject({
  suggestedName: fileNameSchema,
  contents: saveContentsSchema,
  filters: filtersSchema,
});

export const openTextFileRequestSchema: z.ZodType<OpenTextFileRequest> = z.strictObject({
  filters: filtersSchema,
});

/**
 * An absolute folder path on any desktop OS: POSIX `/...`, Windows `C:\...` or `C:/...`, UNC
 * `\\server\share`. Whether the user really chose it is for the main process to check: it keeps the
 * folders its dialog returned and refuses any other.
 */
export const absoluteFolderSchema = z
  .string()
  .min(1)
  .max(MAX_FOLDER_PATH_LENGTH)
  .refine((folder) => !CONTROL_CHARACTERS.test(folder), 'must not contain NUL or control characters')
  .refine(
    (folder) => /^(\/|[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+)/.test(folder),
    'must be an absolute path',
  );

export const publishFileSchema: z.ZodType<PublishFile> = z.strictObject({
  name: z.enum(PUBLISH_FILE_NAME_ENUM),
  contents: saveContentsSchema,
});

export const publishFilesRequestSchema: z.ZodType<PublishFilesRequest> = z.strictObject({
  folder: absoluteFolderSchema,
  files: z
    .array(publishFileSchema)
    .min(1)
    .max(PUBLISH_FILE_NAMES.length)
    .refine((files) => new Set(files.map((file) => file.name)).size === files.length, 'names must be unique'),
});

/** The URL argument of `openExternal`; main additionally allows only parsed http(s) URLs. */
export const externalUrlSchema = z
  .string()
  .min(1)
  .max(MAX_EXTERNAL_URL_LENGTH)
  .refine((url) => !CONTROL_CHARACTERS.test(url), 'must not contain control characters');

/**
 * A snapshot's id as the desktop store hands it out: its file name in `backups/`, e.g.
 * `2026-12-02T10-00-00-000Z_start_3-1-40_a1b2c3.json`. Only this exact shape passes, so no path,
 * separator or other file of the data folder can be named through it.
 */
export const SNAPSHOT_FILE_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z_([a-z-]{1,30})_(\d{1,8})-(\d{1,8})-(\d{1,8})_([0-9a-f]{6,32})\.json$/;

/** The argument of `readSnapshot` and `deleteSnapshot`: a snapshot file name, never a path. */
export const snapshotIdSchema = z.string().max(MAX_FILE_NAME_LENGTH).regex(SNAPSHOT_FILE_PATTERN);

/** A snapshot to write: a known reason, a UTC instant, plausible counts, text within the backup limit. */
const snapshotFields = {
  reason: z.enum(SNAPSHOT_REASONS),
  // Millisecond precision in UTC: the file name carries exactly this instant.
  takenAt: z.iso.datetime({ precision: 3 }).transform(trustedInstant),
  counts: snapshotCountsSchema,
};

export const writeSnapshotRequestSchema: z.ZodType<WriteSnapshotRequest> = z.strictObject({
  ...snapshotFields,
  text: saveContentsSchema,
});

/** A snapshot text stream's name: a random UUID the page made (crypto.randomUUID). */
export const snapshotStreamSchema = z.uuid();

/**
 * One piece of a snapshot's text. Its UTF-8 size is counted by the main process as it adds the
 * piece to the stream; here, only that no piece alone can be longer than a whole snapshot.
 */
export const snapshotPieceSchema = z.string().max(MAX_SAVE_TEXT_BYTES);

/** The most pieces a snapshot's text may come in: a 50 MB text in 1 KB slices is 51,200. */
export const MAX_SNAPSHOT_PIECES = 100_000;

export const writeSnapshotPiecesRequestSchema: z.ZodType<WriteSnapshotPiecesRequest> = z.strictObject({
  ...snapshotFields,
  stream: snapshotStreamSchema,
  pieces: z.number().int().min(1).max(MAX_SNAPSHOT_PIECES),
  length: z.number().int().min(0).max(MAX_SAVE_TEXT_BYTES),
});

/** Longest notification title and body: a digest line is far shorter; systems cut long ones anyway. */
export const MAX_NOTIFICATION_TITLE = 100;
export const MAX_NOTIFICATION_BODY = 300;

const notificationText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((text) => !CONTROL_CHARACTERS.test(text), 'must not contain control characters')
    .refine((text) => text.trim() !== '', 'must not be blank');

/** A notification to show: short plain text, no icon, sound, actions or URL from the page. */
export const showNotificationRequestSchema: z.ZodType<ShowNotificationRequest> = z.strictObject({
  title: notificationText(MAX_NOTIFICATION_TITLE),
  body: notificationText(MAX_NOTIFICATION_BODY),
});

/**
 * The full argument list of every channel, as tuples: a call with missing, extra or malformed
 * arguments fails to parse, so handlers see exactly what `DesktopApi` declares.
 */
export const IPC_ARGUMENT_SCHEMAS = {
  [IPC_CHANNELS.appVersion]: z.tuple([]),
  [IPC_CHANNELS.saveTextFile]: z.tuple([saveTextFileRequestSchema]),
  [IPC_CHANNELS.openTextFile]: z.tuple([openTextFileRequestSchema]),
  [IPC_CHANNELS.choosePublishFolder]: z.tuple([]),
  [IPC_CHANNELS.publishFiles]: z.tuple([publishFilesRequestSchema]),
  [IPC_CHANNELS.openExternal]: z.tuple([externalUrlSchema]),
  [IPC_CHANNELS.writeSnapshot]: z.tuple([writeSnapshotRequestSchema]),
  [IPC_CHANNELS.listSnapshots]: z.tuple([]),
  [IPC_CHANNELS.readSnapshot]: z.tuple([snapshotIdSchema]),
  [IPC_CHANNELS.deleteSnapshot]: z.tuple([snapshotIdSchema]),
  [IPC_CHANNELS.sendSnapshotPiece]: z.tuple([snapshotStreamSchema, snapshotPieceSchema]),
  [IPC_CHANNELS.writeSnapshotPieces]: z.tuple([writeSnapshotPiecesRequestSchema]),
  [IPC_CHANNELS.forgetSnapshotPieces]: z.tuple([snapshotStreamSchema]),
  [IPC_CHANNELS.showNotification]: z.tuple([showNotificationRequestSchema]),
  [IPC_CHANNELS.connectTeamCalendar]: z.tuple([connectRequestSchema]),
  [IPC_CHANNELS.chooseTeamCalendar]: z.tuple([chooseCalendarRequestSchema]),
  [IPC_CHANNELS.syncTeamCalendar]: z.tuple([syncRequestSchema]),
  [IPC_CHANNELS.forgetTeamCalendar]: z.tuple([]),
} as const satisfies Record<IpcChannel, z.ZodType<readonly unknown[]>>;
