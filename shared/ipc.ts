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

/** Largest text file the Open dialog reads: a year of a busy team's calendar is well under this. */
export const MAX_OPEN_FILE_BYTES = 20 * 1024 * 1024;

/** What `window.tierline` offers. Every function maps to one fixed channel. */
export type DesktopApi = {
  appVersion(): Promise<string>;
  saveTextFile(request: SaveTextFileRequest): Promise<SaveTextFileResult>;
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResult>;
  choosePublishFolder(): Promise<ChoosePublishFolderResult>;
  publishFiles(request: PublishFilesRequest): Promise<PublishFilesResult>;
  openExternal(url: string): Promise<void>;
};
