/*
 * Where an import's time goes: a CPU profile (CDP Profiler) of the benchmark plan's plan file
 * imported through the Import dialog, from "Import plan" until the probe launch is painted.
 * `npx tsx test/bench/ui/profile-import.ts [size]` after `npm run build`; writes
 * test-results/import.cpuprofile (open it in Chromium's DevTools, or split it into tasks with
 * /work/tools/prof_tasks.py). With a second argument `preview` it profiles the preview instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveWeb } from '../../../build/serve-web.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../../e2e/browser';
import { CalendarPage } from '../../e2e/pages/calendar-page';
import { benchPlan } from './plan';
import { benchPlanFile } from './plan-file';
import { newContext } from './side';

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const previewOnly = process.argv[3] === 'preview';
  const plan = benchPlan(size);
  const app = await serveWeb({ port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await (await newContext(browser)).newPage();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'New announcement' }).waitFor();
    await page.waitForTimeout(500);
    const dialog = await new CalendarPage(page).openImport();
    await dialog.root.getByLabel("Or paste the file's text").fill(JSON.stringify(benchPlanFile(plan)));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (previewOnly) await cdp.send('Profiler.start');
    await dialog.root.getByRole('button', { name: 'Preview pasted text' }).click();
    const importButton = dialog.preview.getByRole('button', { name: 'Import plan' });
    await importButton.waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('button')].some((b) => b.textContent === 'Import plan' && !b.disabled),
    );
    if (!previewOnly) {
      await cdp.send('Profiler.start');
      await importButton.click();
      await page.getByText(plan.probe.dragTitle, { exact: true }).first().waitFor({ timeout: 60_000 });
      await page.waitForTimeout(500);
    }
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync('test-results', { recursive: true });
    const file = `test-results/${previewOnly ? 'preview' : 'import'}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    console.log(`wrote ${file}`);
  } finally {
    await browser.close();
    app.server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
