import { describe, expect, it } from 'vitest';
import { createCalDavHandlers } from '../../../../electron/main/caldav/caldav-handlers';
import type { TeamCalendarService } from '../../../../electron/main/caldav/team-calendar-service';
import { IpcRefusedError } from '../../../../electron/main/ipc-guard';
import type { IpcEventLike } from '../../../../electron/main/ipc-guard';
import { MAX_SYNC_OBJECT_CHARS } from '../../../../shared/caldav-ipc';
import { IPC_CHANNELS } from '../../../../shared/ipc';

const trusted: IpcEventLike = { senderFrame: { url: 'app://tierline/index.html' } };

function recordingService(): { service: TeamCalendarService; calls: string[] } {
  const calls: string[] = [];
  const service: TeamCalendarService = {
    connect: (request) => {
      calls.push(`connect ${request.serverUrl}`);
      return Promise.resolve({ status: 'connected', calendars: [] });
    },
    chooseCalendar: (request) => {
      calls.push(`choose ${request.kind}`);
      return Promise.resolve({
        status: 'chosen',
        calendar: { url: 'https://dav.example/c/', displayName: 'c' },
      });
    },
    sync: (request) => {
      calls.push(`sync ${request.objects.length}`);
      return Promise.resolve({ status: 'failed', reason: 'not-connected', message: 'x', state: null });
    },
    forget: () => {
      calls.push('forget');
      return Promise.resolve();
    },
  };
  return { service, calls };
}

const event = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a@tierline\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
const account = { serverUrl: 'https://dav.example/', user: 'ana', password: 'app password' };
const object = { uid: 'a@tierline', text: event, sequence: 0 };
const entry = { href: '/c/a.ics', etag: '"1"', hash: 'h', sequence: 0 };

describe('team calendar channels', () => {
  it('pass valid arguments through to the service', async () => {
    const { service, calls } = recordingService();
    const handlers = createCalDavHandlers(service);
    await handlers[IPC_CHANNELS.connectTeamCalendar](trusted, account);
    await handlers[IPC_CHANNELS.connectTeamCalendar](trusted, {
      ...account,
      serverUrl: 'http://127.0.0.1:5232/',
    });
    await handlers[IPC_CHANNELS.chooseTeamCalendar](trusted, {
      kind: 'existing',
      url: 'https://dav.example/c/',
    });
    await handlers[IPC_CHANNELS.syncTeamCalendar](trusted, {
      objects: [object],
      state: { 'a@tierline': entry },
      allowMassDelete: false,
    });
    await handlers[IPC_CHANNELS.forgetTeamCalendar](trusted);
    expect(calls).toEqual([
      'connect https://dav.example/',
      'connect http://127.0.0.1:5232/',
      'choose existing',
      'sync 1',
      'forget',
    ]);
  });
});

describe('hostile input: team calendar bridge', () => {
  const connect = IPC_CHANNELS.connectTeamCalendar;
  const choose = IPC_CHANNELS.chooseTeamCalendar;
  const sync = IPC_CHANNELS.syncTeamCalendar;
  const syncOf = (patch: object) => ({ objects: [object], state: {}, allowMassDelete: false, ...patch });
  const cases: [string, keyof typeof byChannel, unknown[]][] = [
    ['a plain-http server on another host', 'connect', [{ ...account, serverUrl: 'http://dav.example/' }]],
    [
      'a URL carrying a user and password',
      'connect',
      [{ ...account, serverUrl: 'https://ana:pw@dav.example/' }],
    ],
    ['a javascript: URL', 'connect', [{ ...account, serverUrl: 'javascript:alert(1)' }]],
    ['a file: URL', 'connect', [{ ...account, serverUrl: 'file:///etc/passwd' }]],
    [
      'a line break in the user name (header injection)',
      'connect',
      [{ ...account, user: 'ana\r\nX-Evil: 1' }],
    ],
    ['an empty password', 'connect', [{ ...account, password: '' }]],
    ['a 10 kB password', 'connect', [{ ...account, password: 'x'.repeat(10_000) }]],
    ['an extra field', 'connect', [{ ...account, proxy: 'http://evil.example' }]],
    ['a second argument', 'connect', [account, 'extra']],
    [
      'a calendar URL over plain http elsewhere',
      'choose',
      [{ kind: 'existing', url: 'http://evil.example/c/' }],
    ],
    ['a calendar to create with a chosen name', 'choose', [{ kind: 'create', name: '../../x' }]],
    ['an unknown kind', 'choose', [{ kind: 'delete-all' }]],
    ['objects that are not a list', 'sync', [syncOf({ objects: 'all' })]],
    ['two objects with the same UID', 'sync', [syncOf({ objects: [object, object] })]],
    [
      'an object larger than the limit',
      'sync',
      [syncOf({ objects: [{ ...object, text: 'x'.repeat(MAX_SYNC_OBJECT_CHARS + 1) }] })],
    ],
    ['a negative SEQUENCE', 'sync', [syncOf({ objects: [{ ...object, sequence: -1 }] })]],
    ['a fractional SEQUENCE', 'sync', [syncOf({ objects: [{ ...object, sequence: 1.5 }] })]],
    ['a state entry without an href', 'sync', [syncOf({ state: { 'a@tierline': { ...entry, href: '' } } })]],
    [
      'a state entry with a number ETag',
      'sync',
      [syncOf({ state: { 'a@tierline': { ...entry, etag: 7 } } })],
    ],
    ['allowMassDelete as a string', 'sync', [syncOf({ allowMassDelete: 'yes' })]],
    ['a forget with arguments', 'forget', [{ everything: true }]],
  ];
  const byChannel = { connect, choose, sync, forget: IPC_CHANNELS.forgetTeamCalendar };
  for (const [name, channel, args] of cases) {
    it(`refuses ${name} before the service runs`, async () => {
      const { service, calls } = recordingService();
      const handler = createCalDavHandlers(service)[byChannel[channel]];
      await expect(handler(trusted, ...args)).rejects.toThrow(IpcRefusedError);
      await expect(handler(trusted, ...args)).rejects.toThrow(/refused, invalid arguments/);
      expect(calls).toEqual([]);
    });
  }

  it('refuses a page outside the app even with valid arguments', async () => {
    const { service, calls } = recordingService();
    const handler = createCalDavHandlers(service)[connect];
    await expect(handler({ senderFrame: { url: 'https://evil.example/' } }, account)).rejects.toThrow(
      /the sender is not the app/,
    );
    expect(calls).toEqual([]);
  });
});
