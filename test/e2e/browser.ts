import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// The very server `npm run web` runs, so the tests see what a person sees.
import { serveWeb } from '../../build/serve-web.mjs';

/** Debian's Chromium unless CHROME_PATH points elsewhere. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

// Without these, Chromium on a closed network spends its time failing to reach Google's hosts.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Date and time fields follow the browser's UI language, not the page's locale.
  '--lang=en-GB',
];

/** The moment the browser tests live in: a Wednesday, so the month view shows December 2026. */
export const FIXED_NOW = '2026-12-02T10:00:00Z';

export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

export type AppSession = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  url: string;
  close(): Promise<void>;
};

/**
 * Serves the production build the way `npm run web` does and opens it in a fresh Chromium
 * profile, so every test file starts from an empty plan.
 */
export async function openApp(
  options: {
    timezoneId?: string;
    now?: string;
    /**
     * Runs on a page of the app's origin before the app first loads (a plain 404 page, so no
     * Tierline code holds the database): the place to lay down a database fixture.
     */
    prepare?: (page: Page) => Promise<void>;
    /** Runs before the app's first load, e.g. to expose functions and add init scripts to the page. */
    beforeLoad?: (page: Page) => Promise<void>;
    /** Wait for the plan to show (default), or return as soon as the page has loaded. */
    waitForPlan?: boolean;
  } = {},
): Promise<AppSession> {
  const { url, server } = await serveWeb({ port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Playwright gives every launch its own fresh, temporary profile.
    args: CHROMIUM_FLAGS,
  });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    timezoneId: options.timezoneId ?? 'Europe/London',
    locale: 'en-GB',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  // A fixed "now" makes the calendar open on the same month whatever day the suite runs;
  // timers still run normally, so the app behaves as it does for a person.
  await page.clock.setFixedTime(new Date(options.now ?? FIXED_NOW));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The app runs under the production CSP; anything it refuses is a bug in the app or the policy.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  if (options.prepare) {
    await page.goto(`${url}__prepare__`);
    await options.prepare(page);
  }
  await options.beforeLoad?.(page);
  await page.goto(url);
  if (options.waitForPlan !== false) await page.getByRole('button', { name: 'New announcement' }).waitFor();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    context,
    page,
    url,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (errors.length > 0) throw new Error(`The page threw or broke its CSP: ${errors.join('; ')}`);
    },
  };
}

/** Saves a screenshot under test-results/screenshots and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
