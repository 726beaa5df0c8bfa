/*
 * Where a drop's time goes in the app: a CPU profile (CDP Profiler) of one drag at 10,000 items,
 * summarised by function (self and total time). `npx tsx test/bench/ui/profile.ts [size] [markers]`
 * after `npm run build`; writes test-results/drag.cpuprofile for Chromium's DevTools. With a third
 * argument `start` it profiles a cold start instead, from navigation until the probe launch is
 * painted (test-results/start.cpuprofile). `PROFILE_SIDE=bare` profiles the bare FullCalendar page
 * instead (built by the last `npm run bench:ui` into dist/bench-bare), to tell FullCalendar's own
 * share of a drop from ours (test-results/drag-bare.cpuprofile).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { serveWeb } from '../../../build/serve-web.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../../e2e/browser';
import { benchPlan } from './plan';
import { serveStatic } from './serve-static';
import { seed, type Side } from './side';

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

function summarise(profile: Profile): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const name = (node: Node) =>
    `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
  profile.samples.forEach((sample, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(sample);
    if (!node) return;
    self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = sample; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at) as Node);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const top = (map: Map<string, number>) =>
    [...map]
      .filter(
        ([key]) => !key.startsWith('(idle)') && !key.startsWith('(root)') && !key.startsWith('(program)'),
      )
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`);
  return ['self time:', ...top(self), '', 'total time:', ...top(total)];
}

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const markers = process.argv[3] !== 'off';
  const plan = benchPlan(size);
  const bare = process.env.PROFILE_SIDE === 'bare';
  const app = bare
    ? await serveStatic(fileURLToPath(new URL('../../../dist/bench-bare', import.meta.url)))
    : await serveWeb({ port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    // The same sides as the benchmark's (bench.ts).
    const side: Side = bare
      ? {
          name: 'bare',
          url: app.url,
          database: 'bench-bare',
          ready: (page: Page) => page.locator('[data-date]').first().waitFor(),
        }
      : {
          name: 'tierline',
          url: app.url,
          database: 'tierline',
          ready: (page: Page) => page.getByRole('button', { name: 'New announcement' }).waitFor(),
        };
    const context = await seed(browser, side, plan, markers);
    const page = await context.newPage();
    const { dragTitle, dragDay, dropDay } = plan.probe;
    const source = page
      .locator(`[role="cell"][data-date="${dragDay}"]`)
      .first()
      .getByText(dragTitle, { exact: true });
    if (process.argv[4] === 'start') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.goto(app.url);
      await source.waitFor();
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/start.cpuprofile', JSON.stringify(profile));
      console.log(summarise(profile).join('\n'));
      return;
    }
    await page.goto(app.url);
    await source.waitFor();
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const from = await source.boundingBox();
    const to = await page.locator(`[role="cell"][data-date="${dropDay}"]`).first().boundingBox();
    if (!from || !to) throw new Error('nothing to drag');
    await page.mouse.move(from.x + 10, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 15, from.y + from.height / 2 + 5, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + 12, { steps: 8 });
    // From the release on: what a drop costs after the drag (the moves are FullCalendar's, like the bare page's).
    await cdp.send('Profiler.start');
    await page.mouse.up();
    await page.waitForTimeout(2000);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/drag${bare ? '-bare' : ''}.cpuprofile`, JSON.stringify(profile));
    console.log(summarise(profile).join('\n'));
  } finally {
    await browser.close();
    app.server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
