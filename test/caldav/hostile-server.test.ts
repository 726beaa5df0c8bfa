import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CalDavAccount } from '../../electron/main/caldav/caldav-account';
import { SyncNetworkError } from '../../shared/sync/transport';
import type { Fault, FaultProxy } from './fault-proxy';
import { startFaultProxy } from './fault-proxy';
import { bigPlanJson, planInput } from './plan-fixture';
import type { CalDavServer } from './servers';
import { startRadicale } from './servers';
import { PlannerSession } from './session';
import { publishInProcess } from './publish-in-process';
import { eventText } from '../shared/sync/memory-calendar';

let server: CalDavServer;
let proxy: FaultProxy | undefined;
let calendarCount = 0;
const folder = mkdtempSync(join(tmpdir(), 'tierline-hostile-'));

beforeAll(async () => {
  server = await startRadicale();
}, 30_000);
afterAll(async () => {
  await server?.dispose();
  rmSync(folder, { recursive: true, force: true });
});
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

/** A fresh calendar on Radicale, reached through a proxy that applies `rule`; waits are recorded, not slept. */
async function sessionBehind(rule: (method: string, path: string) => Fault | undefined, items = 5) {
  proxy = await startFaultProxy(server.url, rule);
  const waits: number[] = [];
  const account = await CalDavAccount.connect({
    serverUrl: proxy.url,
    user: server.user,
    password: server.password,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  const calendar = await account.findOrCreateCalendar(`Hostile ${++calendarCount}`);
  const transport = account.transport(calendar.url);
  return { session: new PlannerSession(planInput(bigPlanJson(items)), transport), transport, waits };
}

const isPutOf = (method: string, path: string, id: string): boolean =>
  (method === 'PUT' && path.includes(`/${id}%40tierline.ics`)) ||
  (method === 'PUT' && path.includes(`/${id}@tierline.ics`));

describe('hostile input: team calendar server', () => {
  it('backs off on 503 with Retry-After, then publishes', async () => {
    let refused = false;
    const { session, waits } = await sessionBehind((method, path) => {
      if (!refused && isPutOf(method, path, 'launch-0')) {
        refused = true;
        return { status: 503, headers: { 'Retry-After': '2' } };
      }
      return undefined;
    });
    const report = await session.sync();
    expect(waits).toEqual([2000]);
    expect(report.created).toHaveLength(5);
  });

  it('gives up on a server that keeps answering 429, after a bounded number of tries', async () => {
    const { session, waits } = await sessionBehind((method, path) =>
      isPutOf(method, path, 'launch-0') ? { status: 429 } : undefined,
    );
    await expect(session.sync()).rejects.toThrow(/busy \(HTTP 429\) after 4 tries/);
    expect(waits).toEqual([1000, 1000, 1000]);
    expect(session.state['launch-0@tierline']).toBeUndefined();
  });

  it('cuts an hour-long Retry-After to the longest wait it honours', async () => {
    let refused = false;
    const { session, waits } = await sessionBehind((method) => {
      if (!refused && method === 'PUT') {
        refused = true;
        return { status: 503, headers: { 'Retry-After': '3600' } };
      }
      return undefined;
    });
    await session.sync();
    expect(waits).toEqual([30_000]);
  });

  it.each([400, 403, 413])('reports one object refused with %i and publishes the others', async (status) => {
    const { session, transport } = await sessionBehind((method, path) =>
      isPutOf(method, path, 'launch-2') ? { status } : undefined,
    );
    const report = await session.sync();
    expect(report.refused).toEqual([
      { uid: 'launch-2@tierline', httpStatus: status, message: `the server refused it (HTTP ${status})` },
    ]);
    expect(report.created).toHaveLength(4);
    expect(await transport.list()).toHaveLength(4);
  });

  it('asks for the ETag (PROPFIND) when a PUT answers without one', async () => {
    const { session, transport } = await sessionBehind((method) =>
      method === 'PUT' ? { stripEtag: true } : undefined,
    );
    await session.sync();
    const listed = new Map((await transport.list()).map((object) => [object.href, object.etag]));
    for (const entry of Object.values(session.state)) expect(entry.etag).toBe(listed.get(entry.href));
    expect((await session.sync()).writes).toBe(0);
  });

  it('refuses to follow a redirect to a plain-http host elsewhere', async () => {
    proxy = await startFaultProxy(server.url, () => ({ redirect: 'http://calendar.example.com/dav/' }));
    await expect(
      CalDavAccount.connect({ serverUrl: proxy.url, user: server.user, password: server.password }),
    ).rejects.toThrow(/redirected elsewhere: only https:\/\/ calendar servers are allowed/);
  });

  it('names a server that does not speak CalDAV', async () => {
    const web = createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<html>Welcome</html>');
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const address = web.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    await expect(CalDavAccount.connect({ serverUrl: url, user: 'a', password: 'b' })).rejects.toThrow(
      SyncNetworkError,
    );
    await new Promise<void>((resolve) => web.close(() => resolve()));
  });

  it('stops a sync that would delete more than a quarter of what it published, deleting nothing', async () => {
    const { session, transport } = await sessionBehind(() => undefined, 8);
    await session.sync();
    session.input.announcements = session.input.announcements.slice(0, 5);
    const report = await session.sync();
    expect(report.stopped).toEqual({ wouldDelete: 3, published: 8 });
    expect(report.writes).toBe(0);
    expect(await transport.list()).toHaveLength(8);
  });

  it('reports an item deleted here but changed there, and leaves it in the calendar', async () => {
    const { session, transport } = await sessionBehind(() => undefined, 8);
    await session.sync();
    const href = session.state['launch-6@tierline']?.href as string;
    const [object] = await transport.fetch([href]);
    await transport.put({
      name: '',
      href,
      ifMatch: object?.etag ?? null,
      text: (object?.text ?? '').replace(/SUMMARY:[^\r\n]*/, 'SUMMARY:Teammate note'),
    });
    session.input.announcements = session.input.announcements.filter((record) => record.id !== 'launch-6');
    const report = await session.sync();
    expect(report.conflicts.map((conflict) => conflict.reason)).toEqual(['deleted-here-changed-there']);
    expect(report.deleted).toEqual([]);
    expect(await transport.list()).toHaveLength(8);
  });

  it('never deletes another client’s event, even with an empty plan and --allow-mass-delete', async () => {
    const plan = join(folder, 'plan.json');
    const run = (json: string, extra: string[] = []) => {
      writeFileSync(plan, json);
      const args = ['--plan', plan, '--caldav', server.url, '--user', server.user];
      return publishInProcess(
        [...args, '--calendar', 'Shared', '--tasks', 'none', ...extra],
        server.password,
      );
    };
    // The app published these three (the same objects the CLI would); a teammate added their own event.
    const account = await CalDavAccount.connect({
      serverUrl: server.url,
      user: server.user,
      password: server.password,
    });
    const transport = account.transport((await account.findOrCreateCalendar('Shared')).url);
    expect((await new PlannerSession(planInput(bigPlanJson(3)), transport).sync()).created).toHaveLength(3);
    const foreign = eventText('standup@teammate.example', 3, 'Team standup', 0);
    expect(await transport.put({ name: 'standup.ics', text: foreign })).toMatchObject({ status: 'ok' });
    const empty = await run(bigPlanJson(0));
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/would delete 3 of the 3 objects Tierline published.*; nothing was changed/);
    const allowed = await run(bigPlanJson(0), ['--allow-mass-delete']);
    expect(allowed.stdout).toMatch(/0 created, 0 updated, 3 deleted/);
    const left = await transport.fetch((await transport.list()).map((object) => object.href));
    expect(left.map((object) => object.text?.match(/^UID:(.*?)\r?$/m)?.[1])).toEqual([
      'standup@teammate.example',
    ]);
  });

  it('exits 3 with a clear message when nothing answers at the address', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const plan = join(folder, 'unreachable.json');
    writeFileSync(plan, bigPlanJson(1));
    const url = `http://127.0.0.1:${port}/`;
    const result = await publishInProcess(['--plan', plan, '--caldav', url, '--user', 'a'], 'x');
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/^tierline: cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });
});
