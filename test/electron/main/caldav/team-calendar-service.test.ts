import { describe, expect, it } from 'vitest';
import type { SafeStorageLike, SecretFile } from '../../../../electron/main/caldav/credential-store';
import { CredentialStore } from '../../../../electron/main/caldav/credential-store';
import type { AccountLike } from '../../../../electron/main/caldav/team-calendar-service';
import { createTeamCalendarService } from '../../../../electron/main/caldav/team-calendar-service';
import { SyncAuthError, SyncNetworkError } from '../../../../shared/sync/transport';
import { MemoryCalendar, eventText, movedText } from '../../../shared/sync/memory-calendar';

const PASSWORD = 'hunter2-app-password';

/** A keychain that really transforms the text (so a test can see the password is not stored in clear). */
function keychain(available = true, backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a)),
    decryptString: (data) => Buffer.from(data.map((byte) => byte ^ 0x5a)).toString('utf8'),
  };
}

function memoryFile(): SecretFile & { contents: string | null } {
  const file = {
    contents: null as string | null,
    read: () => Promise.resolve(file.contents),
    write: (text: string) => {
      file.contents = text;
      return Promise.resolve();
    },
    remove: () => {
      file.contents = null;
      return Promise.resolve();
    },
  };
  return file;
}

type Setup = {
  file: ReturnType<typeof memoryFile>;
  calendar: MemoryCalendar;
  connects: { serverUrl: string; user: string; password: string }[];
  service: ReturnType<typeof createTeamCalendarService>;
};

function setup(options: { safe?: SafeStorageLike; connectError?: Error } = {}): Setup {
  const file = memoryFile();
  const calendar = new MemoryCalendar();
  const connects: Setup['connects'] = [];
  const calendars = [{ url: 'https://dav.example/cal/ana/work/', displayName: 'Work' }];
  const account: AccountLike = {
    calendars: () => Promise.resolve(calendars),
    findOrCreateCalendar: (name) => {
      const created = { url: 'https://dav.example/cal/ana/tierline/', displayName: name };
      calendars.push(created);
      return Promise.resolve(created);
    },
    transport: () => calendar,
  };
  const service = createTeamCalendarService({
    store: new CredentialStore(options.safe ?? keychain(), file),
    connect: (request) => {
      connects.push(request);
      return options.connectError ? Promise.reject(options.connectError) : Promise.resolve(account);
    },
  });
  return { file, calendar, connects, service };
}

const request = { serverUrl: 'https://dav.example/', user: 'ana', password: PASSWORD };

describe('team calendar service (main process)', () => {
  it('connects, lists the calendars and keeps the password only encrypted', async () => {
    const { service, file } = setup();
    expect(await service.connect(request)).toEqual({
      status: 'connected',
      calendars: [{ url: 'https://dav.example/cal/ana/work/', displayName: 'Work' }],
    });
    expect(file.contents).not.toBeNull();
    expect(file.contents).not.toContain(PASSWORD);
    expect(Buffer.from(file.contents ?? '', 'base64').toString('utf8')).not.toContain(PASSWORD);
  });

  it('creates "Tierline", publishes, and a second sync sends nothing', async () => {
    const { service, calendar } = setup();
    await service.connect(request);
    const chosen = await service.chooseCalendar({ kind: 'create' });
    expect(chosen).toMatchObject({ status: 'chosen', calendar: { displayName: 'Tierline' } });
    const objects = [
      { uid: 'a@tierline', text: eventText('a@tierline', 2, 'Session replay', 0), sequence: 0 },
    ];
    const first = await service.sync({ objects, state: {}, allowMassDelete: false });
    if (first.status !== 'synced') throw new Error(first.message);
    expect(first.report.created).toEqual(['a@tierline']);
    const writes = calendar.log.length;
    const second = await service.sync({ objects, state: first.report.state, allowMassDelete: false });
    expect(second).toMatchObject({ status: 'synced', report: { writes: 0 } });
    expect(calendar.log.length).toBe(writes);
  });

  it('returns a teammate’s move for the renderer to take, and adopts the new ETag', async () => {
    const { service, calendar } = setup();
    await service.connect(request);
    await service.chooseCalendar({ kind: 'create' });
    const objects = [
      { uid: 'a@tierline', text: eventText('a@tierline', 2, 'Session replay', 0), sequence: 0 },
    ];
    const first = await service.sync({ objects, state: {}, allowMassDelete: false });
    if (first.status !== 'synced') throw new Error(first.message);
    const [href, object] = [...calendar.objects][0] ?? [];
    calendar.teammateWrite(href ?? '', movedText(object?.text ?? '', 4));
    const second = await service.sync({ objects, state: first.report.state, allowMassDelete: false });
    if (second.status !== 'synced') throw new Error(second.message);
    expect(second.report.moves).toHaveLength(1);
    expect(second.report.moves[0]?.to.start).toEqual({ kind: 'date', day: '2026-12-05' });
    expect(second.report.writes).toBe(0);
    expect(second.report.state['a@tierline']?.etag).toBe(calendar.objects.get(href ?? '')?.etag);
  });

  it('refuses a calendar that the account did not list', async () => {
    const { service } = setup();
    await service.connect(request);
    expect(
      await service.chooseCalendar({ kind: 'existing', url: 'https://evil.example/cal/' }),
    ).toMatchObject({
      status: 'failed',
      reason: 'refused',
    });
  });

  it('forgets the account: the file is gone and a sync says to connect', async () => {
    const { service, file } = setup();
    await service.connect(request);
    await service.chooseCalendar({ kind: 'create' });
    await service.forget();
    expect(file.contents).toBeNull();
    expect(await service.sync({ objects: [], state: {}, allowMassDelete: false })).toMatchObject({
      status: 'failed',
      reason: 'not-connected',
    });
  });
});

describe('hostile input: team calendar accounts and servers', () => {
  it('refuses to keep a password when the system has no keychain', async () => {
    const { service, file, connects } = setup({ safe: keychain(false) });
    const result = await service.connect(request);
    expect(result).toMatchObject({ status: 'failed', reason: 'no-secure-storage' });
    expect(result.status === 'failed' && result.message).toMatch(/no secure place for passwords/);
    expect(file.contents).toBeNull();
    expect(connects).toEqual([]);
  });

  it('refuses Linux’s plain-text "basic_text" storage as not secure', async () => {
    const { service, file } = setup({ safe: keychain(true, 'basic_text') });
    expect(await service.connect(request)).toMatchObject({ reason: 'no-secure-storage' });
    expect(file.contents).toBeNull();
  });

  it('refuses an http:// server on another host before signing in', async () => {
    const { service, connects, file } = setup();
    const result = await service.connect({ ...request, serverUrl: 'http://dav.example/' });
    expect(result).toMatchObject({ status: 'failed', reason: 'refused' });
    expect(result.status === 'failed' && result.message).toMatch(/only https/);
    expect(connects).toEqual([]);
    expect(file.contents).toBeNull();
  });

  it('says "check the app password" for a refused sign-in and keeps nothing', async () => {
    const { service, file } = setup({ connectError: new SyncAuthError('sign-in failed at dav.example') });
    const result = await service.connect(request);
    expect(result).toMatchObject({ status: 'failed', reason: 'sign-in' });
    expect(result.status === 'failed' && result.message).toMatch(/check the app password/);
    expect(file.contents).toBeNull();
  });

  it('reports an untrusted certificate as the network error it is and keeps nothing', async () => {
    const message = 'the certificate of dav.example is not trusted (SELF_SIGNED_CERT_IN_CHAIN)';
    const { service, file } = setup({ connectError: new SyncNetworkError(message) });
    expect(await service.connect(request)).toEqual({ status: 'failed', reason: 'network', message });
    expect(file.contents).toBeNull();
  });

  it('reads a damaged or foreign credentials file as no account', async () => {
    const { service, file } = setup();
    file.contents = 'bm90IGVuY3J5cHRlZA==';
    expect(await service.sync({ objects: [], state: {}, allowMassDelete: false })).toMatchObject({
      reason: 'not-connected',
    });
  });

  it('keeps the writes already made when the server goes away mid-sync', async () => {
    const { service, calendar } = setup();
    await service.connect(request);
    await service.chooseCalendar({ kind: 'create' });
    const objects = ['a', 'b'].map((id, index) => ({
      uid: `${id}@tierline`,
      text: eventText(`${id}@tierline`, index + 2, id, 0),
      sequence: 0,
    }));
    let puts = 0;
    const put = calendar.put.bind(calendar);
    calendar.put = (write) =>
      ++puts === 2 ? Promise.reject(new SyncNetworkError('cannot reach dav.example')) : put(write);
    const result = await service.sync({ objects, state: {}, allowMassDelete: false });
    expect(result).toMatchObject({
      status: 'failed',
      reason: 'network',
      message: 'cannot reach dav.example',
    });
    expect(result.status === 'failed' && Object.keys(result.state ?? {})).toEqual(['a@tierline']);
  });
});
