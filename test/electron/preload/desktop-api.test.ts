import { describe, expect, it } from 'vitest';
import type { Invoke } from '../../../electron/preload/desktop-api';
import { createDesktopApi } from '../../../electron/preload/desktop-api';
import type { DesktopApi, IpcChannel } from '../../../shared/ipc';
import { IPC_CHANNELS } from '../../../shared/ipc';
import { utcInstant } from '../../dates';

function recording(answer: unknown = 'answer'): { invoke: Invoke; calls: [IpcChannel, unknown[]][] } {
  const calls: [IpcChannel, unknown[]][] = [];
  return {
    calls,
    invoke: (channel, ...args) => {
      calls.push([channel, args]);
      return Promise.resolve(answer);
    },
  };
}

const request = { suggestedName: 'a.ics', contents: 'x', filters: [] };
const snapshot = {
  reason: 'start' as const,
  takenAt: utcInstant('2026-12-02T10:00:00.000Z'),
  counts: { announcements: 0, windows: 0, items: 0 },
  text: '{}',
};
const stream = '0f5a3c2e-8b1d-4c7e-9a2f-6d3b1e4c5a70';
const streamed = {
  reason: snapshot.reason,
  takenAt: snapshot.takenAt,
  counts: snapshot.counts,
  stream,
  pieces: 2,
  length: 9,
};
const digest = { title: 'Tierline', body: '2 items due today, 1 overdue' };
const account = { serverUrl: 'https://dav.example/', user: 'ana', password: 'secret' };
const sync = { objects: [], state: {}, allowMassDelete: false };
const publish = { folder: '/srv', files: [{ name: 'tierline.ics' as const, contents: 'x' }] };

describe('createDesktopApi (the object behind window.tierline)', () => {
  it('offers exactly one function per channel and nothing else', () => {
    const api = createDesktopApi(recording().invoke);
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  const cases: [keyof DesktopApi, (api: DesktopApi) => Promise<unknown>, unknown[]][] = [
    ['appVersion', (api) => api.appVersion(), []],
    ['saveTextFile', (api) => api.saveTextFile(request), [request]],
    ['openTextFile', (api) => api.openTextFile({ filters: [] }), [{ filters: [] }]],
    ['choosePublishFolder', (api) => api.choosePublishFolder(), []],
    ['publishFiles', (api) => api.publishFiles(publish), [publish]],
    ['openExternal', (api) => api.openExternal('https://example.com'), ['https://example.com']],
    ['writeSnapshot', (api) => api.writeSnapshot(snapshot), [snapshot]],
    ['listSnapshots', (api) => api.listSnapshots(), []],
    ['readSnapshot', (api) => api.readSnapshot('a.json'), ['a.json']],
    ['deleteSnapshot', (api) => api.deleteSnapshot('a.json'), ['a.json']],
    ['sendSnapshotPiece', (api) => api.sendSnapshotPiece(stream, '{"a'), [stream, '{"a']],
    ['writeSnapshotPieces', (api) => api.writeSnapshotPieces(streamed), [streamed]],
    ['forgetSnapshotPieces', (api) => api.forgetSnapshotPieces(stream), [stream]],
    ['showNotification', (api) => api.showNotification(digest), [digest]],
    ['connectTeamCalendar', (api) => api.connectTeamCalendar(account), [account]],
    ['chooseTeamCalendar', (api) => api.chooseTeamCalendar({ kind: 'create' }), [{ kind: 'create' }]],
    ['syncTeamCalendar', (api) => api.syncTeamCalendar(sync), [sync]],
    ['forgetTeamCalendar', (api) => api.forgetTeamCalendar(), []],
  ];

  it.each(cases)('%s calls its own channel once with its argument', async (name, call, args) => {
    const { invoke, calls } = recording();
    await call(createDesktopApi(invoke));
    expect(calls).toEqual([[IPC_CHANNELS[name], args]]);
  });

  it('drops extra arguments a page might smuggle in', async () => {
    const { invoke, calls } = recording();
    const api = createDesktopApi(invoke) as unknown as Record<
      string,
      (...args: unknown[]) => Promise<unknown>
    >;
    await api.appVersion?.('/etc/passwd');
    await api.saveTextFile?.(request, { defaultPath: '/etc' });
    expect(calls).toEqual([
      [IPC_CHANNELS.appVersion, []],
      [IPC_CHANNELS.saveTextFile, [request]],
    ]);
  });

  it("passes main's answer through, and openExternal resolves to nothing", async () => {
    const api = createDesktopApi(recording({ status: 'cancelled' }).invoke);
    expect(await api.openTextFile({ filters: [] })).toEqual({ status: 'cancelled' });
    expect(await api.openExternal('https://example.com')).toBeUndefined();
  });

  it('passes rejections through', async () => {
    const api = createDesktopApi(() => Promise.reject(new Error('refused')));
    await expect(api.appVersion()).rejects.toThrow('refused');
  });
});
