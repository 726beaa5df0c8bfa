import type { Page } from 'playwright-core';

/** A part of the app whose code the test keeps from loading until it says so. */
export type HeldChunk = {
  /** Resolves once the app has asked for the part's code. */
  requested: Promise<void>;
  /** Lets the code load. */
  release(): void;
};

/**
 * Holds back the production build's chunk named `name` (e.g. `SearchBox`, as Vite names it after
 * its module) the way a slow disk or network would, so a test can act while the part is still
 * loading. Call it before the app loads (openApp's `beforeLoad`).
 */
export async function holdChunk(page: Page, name: string): Promise<HeldChunk> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let requested = () => {};
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(new RegExp(`/assets/${name}-[^/]*\\.js$`), async (route) => {
    requested();
    await gate;
    await route.continue();
  });
  return { requested: asked, release };
}
