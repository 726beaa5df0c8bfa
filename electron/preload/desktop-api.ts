import type {
  ChoosePublishFolderResult,
  DesktopApi,
  IpcChannel,
  OpenTextFileRequest,
  OpenTextFileResult,
  PublishFilesRequest,
  PublishFilesResult,
  ReadSnapshotResult,
  SaveTextFileRequest,
  SaveTextFileResult,
  ShowNotificationRequest,
  ShowNotificationResult,
  WriteSnapshotPiecesRequest,
  WriteSnapshotPiecesResult,
  WriteSnapshotRequest,
} from '../../shared/ipc';
import type { SnapshotMeta } from '../../shared/backup/snapshot';
import type {
  ChooseCalendarRequest,
  ChooseCalendarResult,
  ConnectRequest,
  ConnectResult,
  SyncRequest,
  SyncResult,
} from '../../shared/caldav-ipc';
import { IPC_CHANNELS } from '../../shared/ipc';

/** `ipcRenderer.invoke`, injected so the bridge object can be tested without Electron. */
export type Invoke = (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>;

/**
 * The object the preload exposes as `window.tierline`. Each function calls exactly one fixed
 * channel and forwards only its declared argument (extra arguments from the page are dropped);
 * neither the invoke function, ipcRenderer nor the IPC event ever reach the page.
 */
export function createDesktopApi(invoke: Invoke): DesktopApi {
  return {
    appVersion: () => invoke(IPC_CHANNELS.appVersion) as Promise<string>,
    saveTextFile: (request: SaveTextFileRequest) =>
      invoke(IPC_CHANNELS.saveTextFile, request) as Promise<SaveTextFileResult>,
    openTextFile: (request: OpenTextFileRequest) =>
      invoke(IPC_CHANNELS.openTextFile, request) as Promise<OpenTextFileResult>,
    choosePublishFolder: () => invoke(IPC_CHANNELS.choosePublishFolder) as Promise<ChoosePublishFolderResult>,
    publishFiles: (request: PublishFilesRequest) =>
      invoke(IPC_CHANNELS.publishFiles, request) as Promise<PublishFilesResult>,
    openExternal: (url: string) => invoke(IPC_CHANNELS.openExternal, url).then(() => undefined),
    writeSnapshot: (request: WriteSnapshotRequest) =>
      invoke(IPC_CHANNELS.writeSnapshot, request) as Promise<SnapshotMeta>,
    listSnapshots: () => invoke(IPC_CHANNELS.listSnapshots) as Promise<SnapshotMeta[]>,
    readSnapshot: (id: string) => invoke(IPC_CHANNELS.readSnapshot, id) as Promise<ReadSnapshotResult>,
    deleteSnapshot: (id: string) => invoke(IPC_CHANNELS.deleteSnapshot, id).then(() => undefined),
    sendSnapshotPiece: (stream: string, piece: string) =>
      invoke(IPC_CHANNELS.sendSnapshotPiece, stream, piece).then(() => undefined),
    writeSnapshotPieces: (request: WriteSnapshotPiecesRequest) =>
      invoke(IPC_CHANNELS.writeSnapshotPieces, request) as Promise<WriteSnapshotPiecesResult>,
    forgetSnapshotPieces: (stream: string) =>
      invoke(IPC_CHANNELS.forgetSnapshotPieces, stream).then(() => undefined),
    showNotification: (request: ShowNotificationRequest) =>
      invoke(IPC_CHANNELS.showNotification, request) as Promise<ShowNotificationResult>,
    connectTeamCalendar: (request: ConnectRequest) =>
      invoke(IPC_CHANNELS.connectTeamCalendar, request) as Promise<ConnectResult>,
    chooseTeamCalendar: (request: ChooseCalendarRequest) =>
      invoke(IPC_CHANNELS.chooseTeamCalendar, request) as Promise<ChooseCalendarResult>,
    syncTeamCalendar: (request: SyncRequest) =>
      invoke(IPC_CHANNELS.syncTeamCalendar, request) as Promise<SyncResult>,
    forgetTeamCalendar: () => invoke(IPC_CHANNELS.forgetTeamCalendar).then(() => undefined),
  } satisfies DesktopApi;
}
