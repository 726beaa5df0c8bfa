import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/atomic-write';
import type { IpcDeps, IpcEventLike } from '../../../electron/main/ipc-handlers';
import { IpcRefusedError, createIpcHandlers, registerIpcHandlers } from '../../../electron/main/ipc-handlers';
import { IPC_CHANNELS, MAX_OPEN_FILE_BYTES } from '../../../shared/ipc';
import type { IpcChannel } from '../../../shared/ipc';

const trusted: IpcEventLike = { senderFrame: { url: 'app://tierline/index.html' } };
const DOCUMENTS = path.join(path.sep, 'home', 'ana', 'Documents');
const BACKUPS = path.join(path.sep, 'home', 'ana', '.config', 'Tierline', 'backups');
const SNAPSHOT_NAME = '2026-12-02T10-00-00-000Z_start_1-0-12_abcdef.json';

type Fake = {
  deps: IpcDeps;
  calls: string[];
  written: Map<string, string>;
  saveResult: { canceled: boolean; filePath?: string };
  openResult: { canceled: boolean; filePaths: string[] };
  files: Map<string, Uint8Array>;
  statOverride?: number;
  failWrites?: Error;
};

function fake(): Fake {
  const state: Fake = {
    calls: [],
    written: new Map(),
    saveResult: { canceled: true },
    openResult: { canceled: true, filePaths: [] },
    files: new Map(),
    deps: undefined as unknown as IpcDeps,
  };
  state.deps = {
    appVersion: () => {
      state.calls.push('appVersion');
      return '9.8.7';
    },
    showSaveDialog: (options) => {
      state.calls.push(`showSaveDialog ${options.defaultPath ?? ''}`);
      return Promise.resolve(state.saveResult);
    },
    showOpenDialog: (options) => {
      state.calls.push(`showOpenDialog ${(options.properties ?? []).join(',')}`);
      return Promise.resolve(state.openResult);
    },
    defaultSaveFolder: () => DOCUMENTS,
    writeFileAtomic: (filePath, contents) => {
      state.calls.push(`write ${filePath}`);
      if (state.failWrites) return Promise.reject(state.failWrites);
      state.written.set(filePath, contents);
      return Promise.resolve();
    },
    fileSize: (filePath) => {
      state.calls.push(`stat ${filePath}`);
      const data = state.files.get(filePath);
      if (data === undefined) return Promise.reject(new Error('ENOENT'));
      return Promise.resolve(state.statOverride ?? data.byteLength);
    },
    readFile: (filePath) => {
      state.calls.push(`read ${filePath}`);
      const data = state.files.get(filePath);
      return data === undefined ? Promise.reject(new Error('ENOENT')) : Promise.resolve(data);
    },
    openExternal: (url) => {
      state.calls.push(`openExternal ${url}`);
      return Promise.resolve();
    },
    backupsFolder: () => BACKUPS,
    makeFolder: (folder) => {
      state.calls.push(`mkdir ${folder}`);
      return Promise.resolve();
    },
    listFiles: (folder) => {
      state.calls.push(`list ${folder}`);
      const inFolder = [...state.files.entries()].filter(([filePath]) => path.dirname(filePath) === folder);
      return Promise.resolve(
        inFolder.map(([filePath, data]) => ({ name: path.basename(filePath), size: data.byteLength })),
      );
    },
    removeFile: (filePath) => {
      state.calls.push(`rm ${filePath}`);
      state.files.delete(filePath);
      return Promise.resolve();
    },
    notificationsSupported: () => true,
    showNotification: (request) => {
      state.calls.push(`notify ${request.title}`);
      return Promise.resolve('closed');
    },
    focusWindow: () => state.calls.push('focus'),
    teamCalendar: {
      connect: () => {
        state.calls.push('caldav connect');
        return Promise.resolve({ status: 'connected', calendars: [] });
      },
      chooseCalendar: () => {
        state.calls.push('caldav choose');
        return Promise.resolve({
          status: 'chosen',
          calendar: { url: 'https://dav.example/c/', displayName: 'c' },
        });
      },
      sync: () => {
        state.calls.push('caldav sync');
        return Promise.resolve({ status: 'failed', reason: 'not-connected', message: 'x', state: null });
      },
      forget: () => {
        state.calls.push('caldav forget');
        return Promise.resolve();
      },
    },
  };
  return state;
}

const STREAM = '0f5a3c2e-8b1d-4c7e-9a2f-6d3b1e4c5a70';

const validArgs: Record<IpcChannel, unknown[]> = {
  [IPC_CHANNELS.appVersion]: [],
  [IPC_CHANNELS.saveTextFile]: [{ suggestedName: 'plan.ics', contents: 'x', filters: [] }],
  [IPC_CHANNELS.openTextFile]: [{ filters: [] }],
  [IPC_CHANNELS.choosePublishFolder]: [],
  [IPC_CHANNELS.publishFiles]: [{ folder: '/srv/share', files: [{ name: 'tierline.ics', contents: 'x' }] }],
  [IPC_CHANNELS.openExternal]: ['https://example.com/'],
  [IPC_CHANNELS.writeSnapshot]: [
    {
      reason: 'start',
      takenAt: '2026-12-02T10:00:00.000Z',
      counts: { announcements: 1, windows: 0, items: 12 },
      text: '{}',
    },
  ],
  [IPC_CHANNELS.listSnapshots]: [],
  [IPC_CHANNELS.readSnapshot]: [SNAPSHOT_NAME],
  [IPC_CHANNELS.deleteSnapshot]: [SNAPSHOT_NAME],
  [IPC_CHANNELS.sendSnapshotPiece]: [STREAM, '{}'],
  [IPC_CHANNELS.writeSnapshotPieces]: [
    {
      reason: 'start',
      takenAt: '2026-12-02T10:00:00.000Z',
      counts: { announcements: 1, windows: 0, items: 12 },
      stream: STREAM,
      pieces: 1,
      length: 2,
    },
  ],
  [IPC_CHANNELS.forgetSnapshotPieces]: [STREAM],
  [IPC_CHANNELS.showNotification]: [{ title: 'Tierline', body: '1 item due today, 0 overdue' }],
  [IPC_CHANNELS.connectTeamCalendar]: [{ serverUrl: 'https://dav.example/', user: 'ana', password: 'p' }],
  [IPC_CHANNELS.chooseTeamCalendar]: [{ kind: 'create' }],
  [IPC_CHANNELS.syncTeamCalendar]: [{ objects: [], state: {}, allowMassDelete: false }],
  [IPC_CHANNELS.forgetTeamCalendar]: [],
};

describe('every handler refuses an untrusted sender before doing anything', () => {
  const senders: IpcEventLike[] = [
    { senderFrame: null },
    { senderFrame: { url: 'https://evil.example/' } },
    { senderFrame: { url: 'http://localhost:5173/' } },
    { senderFrame: { url: 'file:///tmp/index.html' } },
  ];
  for (const channel of Object.values(IPC_CHANNELS)) {
    it(channel, async () => {
      const state = fake();
      const handlers = createIpcHandlers(state.deps);
      for (const event of senders) {
        await expect(handlers[channel](event, ...validArgs[channel])).rejects.toBeInstanceOf(IpcRefusedError);
      }
      expect(state.calls).toEqual([]);
    });
  }
});

describe('invalid arguments are refused without dialogs or disk access', () => {
  const invalid: [IpcChannel, unknown[]][] = [
    [IPC_CHANNELS.appVersion, ['extra']],
    [IPC_CHANNELS.saveTextFile, [{ suggestedName: '../../.bashrc', contents: 'x', filters: [] }]],
    [IPC_CHANNELS.saveTextFile, [{ suggestedName: 'a.ics', contents: 'x', filters: [] }, '/etc/passwd']],
    [IPC_CHANNELS.saveTextFile, []],
    [IPC_CHANNELS.openTextFile, [{ filters: 'all' }]],
    [IPC_CHANNELS.choosePublishFolder, [{ defaultPath: '/' }]],
    [IPC_CHANNELS.publishFiles, [{ folder: 'relative', files: [{ name: 'tierline.ics', contents: 'x' }] }]],
    [IPC_CHANNELS.publishFiles, [{ folder: '/srv/share', files: [{ name: 'run.sh', contents: 'x' }] }]],
    [IPC_CHANNELS.openExternal, [42]],
    [IPC_CHANNELS.openExternal, ['javascript:alert(1)']],
    [IPC_CHANNELS.openExternal, ['file:///etc/passwd']],
    [IPC_CHANNELS.sendSnapshotPiece, ['../../etc/passwd', 'x']],
    [IPC_CHANNELS.sendSnapshotPiece, [STREAM]],
    [IPC_CHANNELS.sendSnapshotPiece, [STREAM, 42]],
    [
      IPC_CHANNELS.writeSnapshotPieces,
      [{ ...(validArgs[IPC_CHANNELS.writeSnapshotPieces][0] as object), text: 'x' }],
    ],
    [
      IPC_CHANNELS.writeSnapshotPieces,
      [{ ...(validArgs[IPC_CHANNELS.writeSnapshotPieces][0] as object), pieces: 0 }],
    ],
    [
      IPC_CHANNELS.writeSnapshotPieces,
      [{ ...(validArgs[IPC_CHANNELS.writeSnapshotPieces][0] as object), length: -1 }],
    ],
    [IPC_CHANNELS.forgetSnapshotPieces, [7]],
  ];
  it.each(invalid)('%s %j', async (channel, args) => {
    const state = fake();
    state.saveResult = { canceled: false, filePath: '/tmp/out.ics' };
    await expect(createIpcHandlers(state.deps)[channel](trusted, ...args)).rejects.toBeInstanceOf(
      IpcRefusedError,
    );
    expect(state.calls).toEqual([]);
  });
});

describe('appVersion and openExternal', () => {
  it('answers the app version', async () => {
    expect(await createIpcHandlers(fake().deps)[IPC_CHANNELS.appVersion](trusted)).toBe('9.8.7');
  });

  it('opens a parsed https URL in its normalised form', async () => {
    const state = fake();
    await createIpcHandlers(state.deps)[IPC_CHANNELS.openExternal](trusted, 'HTTPS://Example.com');
    expect(state.calls).toEqual(['openExternal https://example.com/']);
  });
});

describe('saveTextFile', () => {
  const request = {
    suggestedName: 'plan.ics',
    contents: 'BEGIN:VCALENDAR',
    filters: [{ name: 'Calendar', extensions: ['ics'] }],
  };

  it('asks where to save, starting in Documents, then writes atomically to the chosen path', async () => {
    const state = fake();
    state.saveResult = { canceled: false, filePath: '/home/ana/Desktop/renamed.ics' };
    const result = await createIpcHandlers(state.deps)[IPC_CHANNELS.saveTextFile](trusted, request);
    expect(result).toEqual({ status: 'saved', path: '/home/ana/Desktop/renamed.ics' });
    expect(state.calls).toEqual([
      `showSaveDialog ${path.join(DOCUMENTS, 'plan.ics')}`,
      'write /home/ana/Desktop/renamed.ics',
    ]);
    expect(state.written.get('/home/ana/Desktop/renamed.ics')).toBe('BEGIN:VCALENDAR');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const state = fake();
    expect(await createIpcHandlers(state.deps)[IPC_CHANNELS.saveTextFile](trusted, request)).toEqual({
      status: 'cancelled',
    });
    expect(state.written.size).toBe(0);
  });

  it('really writes the file with the node writer', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tierline-save-'));
    try {
      const state = fake();
      const target = path.join(dir, 'plan.ics');
      state.saveResult = { canceled: false, filePath: target };
      const handlers = createIpcHandlers({ ...state.deps, writeFileAtomic: (p, c) => writeFileAtomic(p, c) });
      await handlers[IPC_CHANNELS.saveTextFile](trusted, { ...request, contents: 'Grüße ✓' });
      expect(await readFile(target, 'utf8')).toBe('Grüße ✓');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('openTextFile', () => {
  const encode = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

  it('reads the chosen file as UTF-8, dropping a byte-order mark', async () => {
    const state = fake();
    state.files.set('/data/plan.ics', new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Grüße')]));
    state.openResult = { canceled: false, filePaths: ['/data/plan.ics'] };
    const result = await createIpcHandlers(state.deps)[IPC_CHANNELS.openTextFile](trusted, { filters: [] });
    expect(result).toEqual({ status: 'opened', name: 'plan.ics', contents: 'Grüße' });
  });

  it('refuses a file above the limit without reading it', async () => {
    const state = fake();
    state.files.set('/data/huge.ics', encode('x'));
    state.statOverride = MAX_OPEN_FILE_BYTES + 1;
    state.openResult = { canceled: false, filePaths: ['/data/huge.ics'] };
    const result = await createIpcHandlers(state.deps)[IPC_CHANNELS.openTextFile](trusted, { filters: [] });
    expect(result).toEqual({ status: 'too-large', name: 'huge.ics', bytes: MAX_OPEN_FILE_BYTES + 1 });
    expect(state.calls.some((call) => call.startsWith('read'))).toBe(false);
  });

  it('refuses a file that grew past the limit between stat and read', async () => {
    const state = fake();
    state.files.set('/data/growing.ics', new Uint8Array(MAX_OPEN_FILE_BYTES + 5));
    state.statOverride = 10;
    state.openResult = { canceled: false, filePaths: ['/data/growing.ics'] };
    const result = await createIpcHandlers(state.deps)[IPC_CHANNELS.openTextFile](trusted, { filters: [] });
    expect(result).toEqual({ status: 'too-large', name: 'growing.ics', bytes: MAX_OPEN_FILE_BYTES + 5 });
  });

  it('answers cancelled when no file is chosen', async () => {
    const state = fake();
    expect(await createIpcHandlers(state.deps)[IPC_CHANNELS.openTextFile](trusted, { filters: [] })).toEqual({
      status: 'cancelled',
    });
    expect(state.calls).toEqual(['showOpenDialog openFile']);
  });
});

describe('publishing', () => {
  const files = [
    { name: 'tierline.ics', contents: 'BEGIN:VCALENDAR' },
    { name: 'tierline-schedule.md', contents: '# Schedule' },
  ];

  it('refuses a folder the user did not choose in this session, writing nothing', async () => {
    const state = fake();
    const result = await createIpcHandlers(state.deps)[IPC_CHANNELS.publishFiles](trusted, {
      folder: '/srv/share',
      files,
    });
    expect(result).toMatchObject({ status: 'failed' });
    expect(state.written.size).toBe(0);
  });

  it('writes the allowed files into the chosen folder, and only there', async () => {
    const state = fake();
    state.openResult = { canceled: false, filePaths: ['/srv/share'] };
    const handlers = createIpcHandlers(state.deps);
    expect(await handlers[IPC_CHANNELS.choosePublishFolder](trusted)).toEqual({
      status: 'chosen',
      folder: '/srv/share',
    });
    expect(state.calls).toEqual(['showOpenDialog openDirectory,createDirectory']);

    expect(await handlers[IPC_CHANNELS.publishFiles](trusted, { folder: '/srv/share', files })).toEqual({
      status: 'written',
      folder: '/srv/share',
    });
    expect([...state.written.entries()].sort()).toEqual([
      [path.join('/srv/share', 'tierline-schedule.md'), '# Schedule'],
      [path.join('/srv/share', 'tierline.ics'), 'BEGIN:VCALENDAR'],
    ]);

    const other = await handlers[IPC_CHANNELS.publishFiles](trusted, { folder: '/srv', files });
    expect(other).toMatchObject({ status: 'failed' });
    expect(state.written.size).toBe(2);
  });

  it('does not remember a folder from a cancelled dialog, nor across handler sets', async () => {
    const state = fake();
    const handlers = createIpcHandlers(state.deps);
    expect(await handlers[IPC_CHANNELS.choosePublishFolder](trusted)).toEqual({ status: 'cancelled' });
    state.openResult = { canceled: false, filePaths: ['/srv/share'] };
    await handlers[IPC_CHANNELS.choosePublishFolder](trusted);
    const fresh = createIpcHandlers(state.deps);
    expect(await fresh[IPC_CHANNELS.publishFiles](trusted, { folder: '/srv/share', files })).toMatchObject({
      status: 'failed',
    });
  });

  it('reports a write failure as failed with its message', async () => {
    const state = fake();
    state.openResult = { canceled: false, filePaths: ['/srv/share'] };
    const handlers = createIpcHandlers(state.deps);
    await handlers[IPC_CHANNELS.choosePublishFolder](trusted);
    state.failWrites = new Error('EACCES: permission denied');
    expect(await handlers[IPC_CHANNELS.publishFiles](trusted, { folder: '/srv/share', files })).toEqual({
      status: 'failed',
      message: 'EACCES: permission denied',
    });
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per channel', () => {
    const registered: string[] = [];
    const handlers = createIpcHandlers(fake().deps);
    registerIpcHandlers({ handle: (channel: string) => void registered.push(channel) }, handlers);
    expect(registered.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });
});
