import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalDavAccount } from '../../electron/main/caldav/caldav-account';
import type { CalDavTransport } from '../../electron/main/caldav/caldav-transport';
import { publishedHash } from '../../shared/sync/hash';
import { SyncAuthError, SyncNetworkError } from '../../shared/sync/transport';
import { bigPlanJson, planInput } from './plan-fixture';
import type { CalDavServer } from './servers';
import { startRadicale, startXandikos } from './servers';
import { PlannerSession } from './session';
import { publishInProcess } from './publish-in-process';

const ROOT = join(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'tierline-publish-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function tierline(server: CalDavServer, args: string[], password = server.password) {
  return spawnSync(
    process.execPath,
    [join(ROOT, 'build/tierline.mjs'), 'publish', '--caldav', server.url, '--user', server.user, ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, TIERLINE_CALDAV_PASSWORD: password },
      timeout: 60_000,
    },
  );
}

async function teammateWrite(
  server: CalDavServer,
  transport: CalDavTransport,
  href: string,
  change: (text: string) => string,
) {
  const [object] = await transport.fetch([href]);
  const response = await fetch(new URL(href, server.url), {
    method: 'PUT',
    headers: {
      'Content-Type': 'text/calendar',
      'If-Match': object?.etag ?? '*',
      Authorization: `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`,
    },
    body: change(object?.text ?? ''),
  });
  expect(response.status).toBeLessThan(300);
}

describe.each([
  ['Radicale', startRadicale],
  ['Xandikos', startXandikos],
] as const)('team calendar against %s', (name, start) => {
  let server: CalDavServer;
  let account: CalDavAccount;
  let session: PlannerSession;
  let transport: CalDavTransport;

  beforeAll(async () => {
    server = await start();
  }, 30_000);
  afterAll(async () => server?.dispose());

  it('connects, discovers the calendar home and creates the Tierline calendar once', async () => {
    account = await CalDavAccount.connect({
      serverUrl: server.url,
      user: server.user,
      password: server.password,
    });
    expect(account.homeUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\/$/);
    const calendar = await account.findOrCreateCalendar('Tierline');
    expect((await account.calendars()).filter((found) => found.displayName === 'Tierline')).toEqual([
      calendar,
    ]);
    expect(await account.findOrCreateCalendar('Tierline')).toEqual(calendar);
    transport = account.transport(calendar.url);
    session = new PlannerSession(planInput(bigPlanJson(200)), transport);
  });

  it('publishes a 200-item plan, then a second sync sends nothing', async () => {
    const first = await session.sync();
    expect(first.created).toHaveLength(200);
    expect(await transport.list()).toHaveLength(200);
    const [object] = await transport.fetch([session.state['launch-7@tierline']?.href as string]);
    const event = new ICAL.Component(ICAL.parse(object?.text ?? '') as unknown[]).getFirstSubcomponent(
      'vevent',
    );
    expect(event?.getFirstPropertyValue('summary')).toBe('Launch 7: Alerts');
    const second = await session.sync();
    expect(second.writes).toBe(0);
    expect(transport.listingMode).toBe(
      name === 'Radicale' || name === 'Xandikos' ? 'sync-collection' : 'propfind',
    );
  });

  it('sends exactly one PUT for one edit, one DELETE for one delete, and publishes a cancellation', async () => {
    session.edit('launch-3', { title: 'Launch 3: renamed' });
    const edit = await session.sync();
    expect(edit).toMatchObject({ writes: 1, updated: ['launch-3@tierline'] });

    session.input.announcements = session.input.announcements.filter((record) => record.id !== 'launch-4');
    const removal = await session.sync();
    expect(removal).toMatchObject({ writes: 1, deleted: ['launch-4@tierline'] });
    expect(await transport.list()).toHaveLength(199);

    session.edit('launch-5', { status: 'cancelled' });
    expect((await session.sync()).updated).toEqual(['launch-5@tierline']);
    const [cancelled] = await transport.fetch([session.state['launch-5@tierline']?.href as string]);
    expect(cancelled?.text).toMatch(/^STATUS:CANCELLED\r?$/m);
  });

  it('pulls a teammate’s move back into the plan (checklist following) and republishes it', async () => {
    const href = session.state['launch-1@tierline']?.href as string;
    const itemsBefore = session.input.items.filter((item) => item.parentId === 'launch-1' && !item.done);
    await teammateWrite(server, transport, href, (text) =>
      text
        .replace(/DTSTART;VALUE=DATE:\d+/, 'DTSTART;VALUE=DATE:20270222')
        .replace(/DTEND;VALUE=DATE:\d+/, 'DTEND;VALUE=DATE:20270223'),
    );
    const report = await session.sync();
    expect(report.moves.map((move) => [move.recordId, move.to.start])).toEqual([
      ['launch-1', { kind: 'date', day: '2027-02-22' }],
    ]);
    expect(report.conflicts).toEqual([]);
    expect(session.input.announcements.find((record) => record.id === 'launch-1')?.launchDate).toBe(
      '2027-02-22',
    );
    const itemsAfter = session.input.items.filter((item) => item.parentId === 'launch-1' && !item.done);
    expect(itemsAfter.length).toBe(itemsBefore.length);
    expect(itemsAfter.some((item, index) => item.dueDate !== itemsBefore[index]?.dueDate)).toBe(true);
    const [object] = await transport.fetch([href]);
    expect(object?.text).toMatch(/DTSTART;VALUE=DATE:20270222/);
    expect((await session.sync()).writes).toBe(0);
  });

  it('on an ETag conflict keeps Tierline’s version, reports it, and never overwrites blindly', async () => {
    const href = session.state['launch-2@tierline']?.href as string;
    session.edit('launch-2', { title: 'Launch 2: ours' });
    // The teammate writes between our listing and our PUT: the first PUT must get 412.
    const put = transport.put.bind(transport);
    let raced = false;
    transport.put = async (request) => {
      if (!raced && request.href === href) {
        raced = true;
        await teammateWrite(server, transport, href, (text) =>
          text
            .replace(/DTSTART;VALUE=DATE:\d+/, 'DTSTART;VALUE=DATE:20270301')
            .replace(/DTEND;VALUE=DATE:\d+/, 'DTEND;VALUE=DATE:20270302'),
        );
      }
      return put(request);
    };
    const report = await session.sync();
    transport.put = put;
    expect(report.writes).toBe(2);
    expect(report.conflicts.map((conflict) => [conflict.uid, conflict.reason])).toEqual([
      ['launch-2@tierline', 'both-changed'],
    ]);
    const [object] = await transport.fetch([href]);
    expect(object?.text).toMatch(/SUMMARY:Launch 2: ours/);
    expect(object?.text).not.toMatch(/20270301/);
  });

  it('keeps what it did when the server goes away mid-sync, and a later sync completes', async () => {
    for (let index = 10; index < 40; index++) session.edit(`launch-${index}`, { marketingOwnerId: 'p-dee' });
    const put = transport.put.bind(transport);
    let sent = 0;
    transport.put = async (request) => {
      if (++sent === 11) await server.stop();
      return put(request);
    };
    await expect(session.sync()).rejects.toThrow(SyncNetworkError);
    transport.put = put;
    // The ten PUTs the server answered before it went away are recorded as published.
    const current = new Map(session.objects().map((object) => [object.uid, publishedHash(object.text)]));
    const recorded = Object.entries(session.state).filter(
      ([uid, entry]) => /^launch-[123]\d@/.test(uid) && entry.hash === current.get(uid),
    );
    expect(recorded).toHaveLength(10);
    await server.start();
    const report = await session.sync();
    expect(report.updated).toHaveLength(20);
    expect((await session.sync()).writes).toBe(0);
    expect(await transport.list()).toHaveLength(199);
  });

  it('falls back to a full listing when the sync token has expired', async () => {
    transport.expireSyncToken();
    expect(await transport.list()).toHaveLength(199);
    expect((await session.sync()).writes).toBe(0);
  });

  it('tierline publish --dry-run says what it would do, a real publish does it, and a dry run then plans one delete', async () => {
    const plan = join(folder, `${name}-plan.json`);
    writeFileSync(plan, bigPlanJson(30));
    const args = ['--plan', plan, '--calendar', 'CI plan', '--tasks', 'none'];
    const dry = tierline(server, [...args, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Would create 30, update 0, delete 0');
    expect(dry.stdout).toContain('create  launch-0@tierline  Launch 0: Session replay');
    const real = tierline(server, args);
    expect(real.stderr).toBe('');
    expect(real.status).toBe(0);
    expect(real.stdout).toMatch(/30 created, 0 updated, 0 deleted, 0 unchanged/);
    writeFileSync(plan, bigPlanJson(29));
    const common = ['--caldav', server.url, '--user', server.user];
    expect((await publishInProcess([...common, ...args, '--dry-run'], server.password)).stdout).toContain(
      'Would create 0, update 0, delete 1 (29 unchanged)\n',
    );
  });

  it.runIf(name === 'Radicale')(
    'refuses a wrong password with a sign-in message (app and CLI exit 3)',
    async () => {
      await expect(
        CalDavAccount.connect({ serverUrl: server.url, user: server.user, password: 'wrong' }),
      ).rejects.toThrow(SyncAuthError);
      const plan = join(folder, 'wrong-password.json');
      writeFileSync(plan, bigPlanJson(2));
      const common = ['--caldav', server.url, '--user', server.user];
      const result = await publishInProcess([...common, '--plan', plan], 'wrong');
      expect(result.status).toBe(3);
      expect(result.stderr).toMatch(
        /sign-in failed at 127\.0\.0\.1:\d+: check the user name and the app password/,
      );
    },
  );
});
