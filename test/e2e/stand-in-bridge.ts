import { mkdtempSync, rmSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { writeFileAtomic } from '../../electron/main/atomic-write';
import { CalDavAccount } from '../../electron/main/caldav/caldav-account';
import type { SecretFile } from '../../electron/main/caldav/credential-store';
import { CredentialStore } from '../../electron/main/caldav/credential-store';
import { createTeamCalendarService } from '../../electron/main/caldav/team-calendar-service';
import { createIpcHandlers } from '../../electron/main/ipc-handlers';
import { IPC_CHANNELS } from '../../shared/ipc';
import type { IpcChannel } from '../../shared/ipc';

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
export async function installStandInBridge(page: Page): Promise<{ log: RequestLog; dispose(): void }> {
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
    appVersion: () => '0.0.0-bridge',
    showSaveDialog: () => notInThisTest('the Save dialog'),
    showOpenDialog: () => notInThisTest('the Open dialog'),
    defaultSaveFolder: () => folder,
    writeFileAtomic: (filePath, contents) => writeFileAtomic(filePath, contents),
    fileSize: async (filePath) => (await fs.stat(filePath)).size,
    readFile: (filePath) => fs.readFile(filePath),
    openExternal: () => notInThisTest('openExternal'),
    // The daily digest is off in these stories: a desktop that can't show notifications.
    notificationsSupported: () => false,
    showNotification: () => notInThisTest('a notification'),
    focusWindow: () => undefined,
    backupsFolder: () => path.join(folder, 'backups'),
    makeFolder: async (dir) => {
      await fs.mkdir(dir, { recursive: true });
    },
    listFiles: async (dir) => {
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      return Promise.all(
        entries
          .filter((entry) => entry.isFile())
          .map(async (entry) => ({
            name: entry.name,
            size: (await fs.stat(path.join(dir, entry.name))).size,
          })),
      );
    },
    removeFile: (filePath) => fs.rm(filePath, { force: true }),
    teamCalendar: createTeamCalendarService({
      store: new CredentialStore(keychain, file),
      connect: (options) => CalDavAccount.connect({ ...options, fetch: loggingFetch, maxRetries: 0 }),
    }),
  });
  await page.exposeFunction('__tierlineInvoke', (channel: IpcChannel, ...args: unknown[]) =>
    handlers[channel]({ senderFrame: { url: 'app://tierline/index.html' } }, ...args),
  );
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
  return { log, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}
