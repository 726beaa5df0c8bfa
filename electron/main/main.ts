/*
 * Glue only: every decision (window options, URL and path guards, CSP, argument checks, handler
 * behaviour, window placement) lives in a small module next to this one and is unit-tested in Node.
 * Bundled to dist/electron/main.cjs; the renderer build sits in dist/renderer.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-origin';
import { writeFileAtomic } from './atomic-write';
import { BACKUPS_FOLDER } from './backup-files';
import { CalDavAccount } from './caldav/caldav-account';
import { CredentialStore } from './caldav/credential-store';
import { createTeamCalendarService } from './caldav/team-calendar-service';
import { createIpcHandlers, registerIpcHandlers } from './ipc-handlers';
import { createMenuTemplate } from './menu';
import { createAppProtocolHandler } from './protocol-handler';
import { hardenProcess, hardenSession, hardenWebContents } from './window-hardening';
import { createWindowOptions } from './window-options';
import { WINDOW_STATE_FILE, restoreWindowBounds } from './window-state';
import { readWindowStateFile, writeWindowStateFile } from './window-state-file';

const APP_NAME = 'Tierline';
const rendererRoot = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Must precede `ready`, and replaces earlier calls: this is the only one.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
hardenProcess(app);
// FROZEN like the origin: the plan's IndexedDB lives here, so dev runs and installed builds
// (whose package names differ) must agree on the folder. Set before the single-instance lock,
// which lives in this folder. The desktop smoke test points it at a temp folder.
app.setPath('userData', process.env.TIERLINE_USER_DATA_DIR ?? path.join(app.getPath('appData'), APP_NAME));
if (process.platform === 'win32') app.setAppUserModelId('io.tierline.app');

let mainWindow: BrowserWindow | null = null;
const shownNotifications = new Set<Notification>();
let pendingStateWrite: Promise<void> | null = null;

function dialogParent(): BrowserWindow | undefined {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : undefined;
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `About ${APP_NAME}`,
    message: `${APP_NAME} ${app.getVersion()}`,
    detail: 'Plans product announcements and maintenance communications, offline.',
  };
  const parent = dialogParent();
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

async function createMainWindow(): Promise<void> {
  const statePath = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const stored = await readWindowStateFile(statePath);
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)];
  const bounds = restoreWindowBounds(
    stored,
    displays.map((display) => display.workArea),
  );

  const window = new BrowserWindow(createWindowOptions({ preloadPath, bounds }));
  mainWindow = window;
  window.once('ready-to-show', () => {
    // maximize() also shows the window.
    if (stored?.isMaximized === true) window.maximize();
    else window.show();
  });
  window.on('close', () => {
    const state = { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() };
    pendingStateWrite = writeWindowStateFile(statePath, state).catch((error: unknown) =>
      console.error('window state not saved', error),
    );
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  await window.loadURL(APP_ENTRY_URL);
}

/** The encrypted team-calendar account file; written atomically, readable only through safeStorage. */
function secretFile(filePath: string) {
  return {
    read: () => fsPromises.readFile(filePath, 'utf8').catch(() => null),
    write: (contents: string) => writeFileAtomic(filePath, contents),
    remove: () => fsPromises.rm(filePath, { force: true }),
  };
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function onReady(): Promise<void> {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));

  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      appVersion: () => app.getVersion(),
      showSaveDialog: (options) => {
        const parent = dialogParent();
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      showOpenDialog: (options) => {
        const parent = dialogParent();
        return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
      },
      defaultSaveFolder: () => app.getPath('documents'),
      writeFileAtomic: (filePath, contents) => writeFileAtomic(filePath, contents),
      fileSize: async (filePath) => {
        const stats = await fsPromises.stat(filePath);
        if (!stats.isFile()) throw new Error(`${path.basename(filePath)} is not a file`);
        return stats.size;
      },
      readFile: (filePath) => fsPromises.readFile(filePath),
      openExternal: (url) => shell.openExternal(url),
      backupsFolder: () => path.join(app.getPath('userData'), BACKUPS_FOLDER),
      makeFolder: async (folder) => {
        await fsPromises.mkdir(folder, { recursive: true });
      },
      listFiles: async (folder) => {
        const entries = await fsPromises.readdir(folder, { withFileTypes: true }).catch(() => []);
        const files = entries.filter((entry) => entry.isFile());
        return Promise.all(
          files.map(async (entry) => ({
            name: entry.name,
            size: (await fsPromises.stat(path.join(folder, entry.name))).size,
          })),
        );
      },
      removeFile: (filePath) => fsPromises.rm(filePath, { force: true }),
      notificationsSupported: () => Notification.isSupported(),
      showNotification: ({ title, body }) =>
        new Promise((resolve) => {
          const notification = new Notification({ title, body });
          // Held until it ends: a collected Notification never reports its click.
          shownNotifications.add(notification);
          const end = (outcome: 'clicked' | 'closed') => {
            shownNotifications.delete(notification);
            resolve(outcome);
          };
          notification.on('click', () => end('clicked'));
          notification.on('close', () => end('closed'));
          notification.show();
        }),
      focusWindow: () => {
        if (!mainWindow) return;
        if (mainWindow.isMinimized()) mainWindow.restore();
        mainWindow.focus();
      },
      teamCalendar: createTeamCalendarService({
        store: new CredentialStore(
          safeStorage,
          secretFile(path.join(app.getPath('userData'), 'team-calendar.bin')),
        ),
        connect: (options) => CalDavAccount.connect(options),
      }),
    }),
  );

  const isMac = process.platform === 'darwin';
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      createMenuTemplate({ isMac, isPackaged: app.isPackaged, appName: APP_NAME, onAbout: showAbout }),
    ),
  );

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      createMainWindow().catch((error: unknown) => console.error('window not created', error));
    }
  });
  await createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would fight over the same IndexedDB files; the first one gets focus instead.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, {
      openExternal: (url) => {
        shell.openExternal(url).catch((error: unknown) => console.error('openExternal failed', error));
      },
      showMessageBoxSync: (options) => {
        const parent = BrowserWindow.fromWebContents(contents);
        return parent ? dialog.showMessageBoxSync(parent, options) : dialog.showMessageBoxSync(options);
      },
    }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    // Let the last window-state write finish before the process goes away.
    if (pendingStateWrite === null) return;
    event.preventDefault();
    const pending = pendingStateWrite;
    pendingStateWrite = null;
    void pending.finally(() => app.quit());
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Tierline failed to start', error);
      app.exit(1);
    });
}
