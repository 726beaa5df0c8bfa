import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** A part of the app whose code the test keeps from loading until it says so. */
export type HeldChunk = {
  /** Resolves once the app has asked for the part's code. */
  requested: Promise<void>;
  /** Lets the code load. */
  release(): void;
};

/** Holds back the requests `held` picks out of those matching `url` until released. */
async function holdRequests(
  page: Page,
  url: RegExp,
  held: (fileName: string) => boolean = () => true,
): Promise<HeldChunk> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let requested = () => {};
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(url, async (route) => {
    const fileName = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (held(fileName)) {
      requested();
      await gate;
    }
    await route.continue();
  });
  return { requested: asked, release };
}

/**
 * Holds back the production build's chunk named `name` (e.g. `SearchBox`, as Vite names it after
 * its module) the way a slow disk or network would, so a test can act while the part is still
 * loading. Call it before the app loads (openApp's `beforeLoad`).
 */
export function holdChunk(page: Page, name: string): Promise<HeldChunk> {
  return holdRequests(page, new RegExp(`/assets/${name}-[^/]*\\.js$`));
}

/**
 * Holds back every stylesheet the production build's index.html does not link, i.e. the styles
 * that arrive with parts loaded after start-up: what the first view shows without them is what a
 * planner sees for a moment on a slow disk.
 */
export function holdLateStyles(page: Page): Promise<HeldChunk> {
  const indexHtml = readFileSync(new URL('../../../dist/renderer/index.html', import.meta.url), 'utf8');
  const startUpStyles = new Set(
    [...indexHtml.matchAll(/<link rel="stylesheet"[^>]*href="\.\/assets\/([^"]+\.css)"/g)].map(
      (match) => match[1],
    ),
  );
  return holdRequests(page, /\/assets\/[^/]+\.css$/, (fileName) => !startUpStyles.has(fileName));
}
