import { errorMessage } from '../../shared/error-message';
import path from 'node:path';
import type { IpcMain, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type {
  ChoosePublishFolderResult,
  IpcChannel,
  OpenTextFileRequest,
  OpenTextFileResult,
  PublishFilesRequest,
  PublishFilesResult,
  SaveTextFileRequest,
  SaveTextFileResult,
} from '../../shared/ipc';
import { IPC_CHANNELS, MAX_OPEN_FILE_BYTES } from '../../shared/ipc';
import { IPC_ARGUMENT_SCHEMAS } from '../../shared/ipc-validation';
import type { BackupDeps } from './backup-handlers';
import { createBackupHandlers } from './backup-handlers';
import { createCalDavHandlers } from './caldav/caldav-handlers';
import type { TeamCalendarService } from './caldav/team-calendar-service';
import type { IpcHandler } from './ipc-guard';
import { IpcRefusedError, guard } from './ipc-guard';
import { externalUrlToOpen } from './navigation-guard';
import type { NotificationDeps } from './notification-handler';
import { createNotificationHandler } from './notification-handler';

/** Everything the handlers touch outside themselves; main.ts passes Electron's and node's, tests pass fakes. */
export type IpcDeps = {
  appVersion(): string;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Folder the Save dialog starts in (the user's Documents). */
  defaultSaveFolder(): string;
  writeFileAtomic(filePath: string, contents: string): Promise<void>;
  /** Size in bytes of a regular file; rejects for folders and missing files. */
  fileSize(filePath: string): Promise<number>;
  readFile(filePath: string): Promise<Uint8Array>;
  openExternal(url: string): Promise<void>;
  /** The team calendar (CalDAV); its network side runs only here, in the main process. */
  teamCalendar: TeamCalendarService;
} & BackupDeps &
  NotificationDeps;

export type { IpcEventLike, IpcHandler } from './ipc-guard';
export { IpcRefusedError } from './ipc-guard';

async function saveTextFile(deps: IpcDeps, request: SaveTextFileRequest): Promise<SaveTextFileResult> {
  const choice = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultSaveFolder(), request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '')
    return { status: 'cancelled' };
  await deps.writeFileAtomic(choice.filePath, request.contents);
  return { status: 'saved', path: choice.filePath };
}

async function openTextFile(deps: IpcDeps, request: OpenTextFileRequest): Promise<OpenTextFileResult> {
  const choice = await deps.showOpenDialog({ filters: request.filters, properties: ['openFile'] });
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return { status: 'cancelled' };
  const name = path.basename(filePath);
  const size = await deps.fileSize(filePath);
  if (size > MAX_OPEN_FILE_BYTES) return { status: 'too-large', name, bytes: size };
  const data = await deps.readFile(filePath);
  // The file may have grown between stat and read.
  if (data.byteLength > MAX_OPEN_FILE_BYTES) return { status: 'too-large', name, bytes: data.byteLength };
  return { status: 'opened', name, contents: new TextDecoder('utf-8').decode(data) };
}

/**
 * The handler of every channel in IPC_CHANNELS. Each one first refuses a sender frame outside the
 * app origin, then refuses arguments that do not match the channel's schema, and only then opens
 * a dialog or touches the disk. Publishing writes only into a folder the user picked through
 * `choosePublishFolder` during this run (kept in memory here) and only the allowed file names.
 */
export function createIpcHandlers(deps: IpcDeps): Record<IpcChannel, IpcHandler> {
  const chosenFolders = new Set<string>();

  const choosePublishFolder = async (): Promise<ChoosePublishFolderResult> => {
    const choice = await deps.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
    const folder = choice.filePaths[0];
    if (choice.canceled || folder === undefined) return { status: 'cancelled' };
    chosenFolders.add(folder);
    return { status: 'chosen', folder };
  };

  const publishFiles = async (request: PublishFilesRequest): Promise<PublishFilesResult> => {
    if (!chosenFolders.has(request.folder)) {
      return {
        status: 'failed',
        message: 'Choose the publish folder again: it was not picked in this session.',
      };
    }
    try {
      for (const file of request.files) {
        await deps.writeFileAtomic(path.join(request.folder, file.name), file.contents);
      }
    } catch (error) {
      return { status: 'failed', message: errorMessage(error) };
    }
    return { status: 'written', folder: request.folder };
  };

  const schemas = IPC_ARGUMENT_SCHEMAS;
  return {
    ...createBackupHandlers(deps),
    [IPC_CHANNELS.showNotification]: createNotificationHandler(deps),
    ...createCalDavHandlers(deps.teamCalendar),
    [IPC_CHANNELS.appVersion]: guard(IPC_CHANNELS.appVersion, schemas[IPC_CHANNELS.appVersion], () =>
      Promise.resolve(deps.appVersion()),
    ),
    [IPC_CHANNELS.saveTextFile]: guard(
      IPC_CHANNELS.saveTextFile,
      schemas[IPC_CHANNELS.saveTextFile],
      ([request]) => saveTextFile(deps, request),
    ),
    [IPC_CHANNELS.openTextFile]: guard(
      IPC_CHANNELS.openTextFile,
      schemas[IPC_CHANNELS.openTextFile],
      ([request]) => openTextFile(deps, request),
    ),
    [IPC_CHANNELS.choosePublishFolder]: guard(
      IPC_CHANNELS.choosePublishFolder,
      schemas[IPC_CHANNELS.choosePublishFolder],
      choosePublishFolder,
    ),
    [IPC_CHANNELS.publishFiles]: guard(
      IPC_CHANNELS.publishFiles,
      schemas[IPC_CHANNELS.publishFiles],
      ([request]) => publishFiles(request),
    ),
    [IPC_CHANNELS.openExternal]: guard(
      IPC_CHANNELS.openExternal,
      schemas[IPC_CHANNELS.openExternal],
      async ([url]) => {
        const safeUrl = externalUrlToOpen(url);
        if (safeUrl === null)
          throw new IpcRefusedError(`${IPC_CHANNELS.openExternal}: refused, only http(s) links open`);
        await deps.openExternal(safeUrl);
      },
    ),
  };
}

/** Registers one `ipcMain.handle` per channel. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Record<IpcChannel, IpcHandler>,
): void {
  for (const channel of Object.values(IPC_CHANNELS)) {
    ipcMain.handle(channel, handlers[channel]);
  }
}
