import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CalDavAccount } from '../../electron/main/caldav/caldav-account';
import type { SecretFile } from '../../electron/main/caldav/credential-store';
import { CredentialStore } from '../../electron/main/caldav/credential-store';
import { createTeamCalendarService } from '../../electron/main/caldav/team-calendar-service';
import { createIpcHandlers } from '../../electron/main/ipc-handlers';
import { IPC_CHANNELS } from '../../shared/ipc';
import type { IpcChannel } from '../../shared/ipc';
import { nodeBackupDeps } from '../electron/helpers/node-backup-deps';
import { openApp, type AppSession } from './browser';

/** Every request the real CalDAV client sent, as "METHOD path". */
export type RequestLog = string[];

function notInThisTest(what: string): never {
  throw new Error(`${what} is not part of the team-calendar browser test`);
}

/**
 * The desktop bridge without Electron: `window.tierline` in the page has the DesktopApi shape, and
 * each call runs the app's REAL main-process handlers in the test process (sender check, argument
 * schemas, the team-calendar service with electron/main/caldav and shared/sync against a real server,
 * snapshots in a temp folder). Only the keychain is a stand-in: Electron's safeStorage needs Electron.
 */
export async function installStandInBridge(page: Page): Promise<{
  log: RequestLog;
  /** Every channel the page called, in order. */
  channels: IpcChannel[];
  /** The stand-in data folder: snapshots are in its `backups/`. */
  folder: string;
  dispose(): void;
}> {
  const folder = mkdtempSync(path.join(tmpdir(), 'tierline-bridge-'));
  const log: RequestLog = [];
  let secret: string | null = null;
  const file: SecretFile = {
    read: () => Promise.resolve(secret),
    write: (contents) => {
      secret = contents;
      return Promise.resolve();
    },
    remove: () => {
      secret = null;
      return Promise.resolve();
    },
  };
  const keychain = {
    isEncryptionAvailable: () => true,
    encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
    decryptString: (data: Buffer) => Buffer.from(data).reverse().toString('utf8'),
  };
  const loggingFetch: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    log.push(`${init?.method ?? 'GET'} ${new URL(url).pathname}`);
    return fetch(input, init);
  };
  const handlers = createIpcHandlers({
    // The disk calls the main process makes (saves, opens, snapshots), on the stand-in folder.
    ...nodeBackupDeps(path.join(folder, 'backups')),
    appVersion: () => '0.0.0-bridge',
    showSaveDialog: () => notInThisTest('the Save dialog'),
    showOpenDialog: () => notInThisTest('the Open dialog'),
    defaultSaveFolder: () => folder,
    openExternal: () => notInThisTest('openExternal'),
    // The daily digest is off in these stories: a desktop that can't show notifications.
    notificationsSupported: () => false,
    showNotification: () => notInThisTest('a notification'),
    focusWindow: () => undefined,
    teamCalendar: createTeamCalendarService({
      store: new CredentialStore(keychain, file),
      connect: (options) => CalDavAccount.connect({ ...options, fetch: loggingFetch, maxRetries: 0 }),
    }),
  });
  // The page's window as Electron would name it to the handlers; it is not closed during a test.
  const sender = { id: 1, once: () => undefined };
  const channels: IpcChannel[] = [];
  await page.exposeFunction('__tierlineInvoke', (channel: IpcChannel, ...args: unknown[]) => {
    channels.push(channel);
    return handlers[channel]({ senderFrame: { url: 'app://tierline/index.html' }, sender }, ...args);
  });
  // The same shape as electron/preload/desktop-api.ts: one function per channel, named as in IPC_CHANNELS.
  await page.addInitScript((channels: Record<string, string>) => {
    const invoke = (...args: unknown[]) =>
      (window as unknown as { __tierlineInvoke: (...args: unknown[]) => Promise<unknown> }).__tierlineInvoke(
        ...args,
      );
    const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const [name, channel] of Object.entries(channels))
      api[name] = (...args: unknown[]) => invoke(channel, ...args);
    Object.defineProperty(window, 'tierline', { value: Object.freeze(api) });
  }, IPC_CHANNELS);
  return { log, channels, folder, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

export type StandInBridge = Awaited<ReturnType<typeof installStandInBridge>>;

/** The app as the desktop window runs it, through the stand-in bridge; `close` ends both. */
export async function openDesktopApp(): Promise<{
  app: AppSession;
  bridge: StandInBridge;
  close(): Promise<void>;
}> {
  let installed: StandInBridge | undefined;
  const app = await openApp({
    beforeLoad: async (page) => {
      installed = await installStandInBridge(page);
    },
  });
  const bridge = installed;
  if (!bridge) throw new Error('The stand-in bridge was not installed before the app loaded.');
  return {
    app,
    bridge,
    close: async () => {
      await app.close();
      bridge.dispose();
    },
  };
}
