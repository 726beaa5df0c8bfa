/**
 * `npx tsx test/bench/caldav-publish.ts`: publishes a 2,000-item plan to a real Radicale and a real
 * Xandikos on 127.0.0.1 (one object per item, through the same engine and client as the app and the
 * CLI), then publishes it again unchanged and counts the requests the second time. Wall-clock times:
 * the servers run in their own processes.
 */
import { CalDavAccount } from '../../electron/main/caldav/caldav-account';
import { localObjects } from '../../shared/sync/local-objects';
import { runSync } from '../../shared/sync/run-sync';
import { bigPlanJson, planInput } from '../caldav/plan-fixture';
import { startRadicale, startXandikos } from '../caldav/servers';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 2000);
const SERVERS = (process.env.BENCH_SERVERS ?? 'xandikos,radicale').split(',');
const starters = { radicale: startRadicale, xandikos: startXandikos } as const;

for (const start of SERVERS.map((name) => starters[name as keyof typeof starters])) {
  const server = await start();
  try {
    const account = await CalDavAccount.connect({
      serverUrl: server.url,
      user: server.user,
      password: server.password,
    });
    const transport = account.transport((await account.findOrCreateCalendar('Bench')).url);
    const local = localObjects(planInput(bigPlanJson(ITEMS)), { tasks: 'none' });
    let puts = 0;
    const put = transport.put.bind(transport);
    transport.put = (request) => {
      puts++;
      return put(request);
    };
    const t0 = performance.now();
    const first = await runSync({ transport, local, state: {}, takeRemoteMoves: false });
    const t1 = performance.now();
    const firstPuts = puts;
    const second = await runSync({ transport, local, state: first.state, takeRemoteMoves: false });
    const t2 = performance.now();
    console.log(
      `| ${server.name} | ${ITEMS} | ${(t1 - t0).toFixed(0)} | ${firstPuts} | ${(t2 - t1).toFixed(0)} | ${puts - firstPuts} (writes ${second.writes}) |`,
    );
  } finally {
    await server.dispose();
  }
}
