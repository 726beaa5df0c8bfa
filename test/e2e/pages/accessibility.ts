import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
// Read once: axe-core's own browser build, injected through the DevTools protocol (page.evaluate),
// which the page's CSP does not govern, so the app under test keeps its production policy.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * Runs axe-core on what the page shows now and returns every violation of any impact: on the
 * whole document, or only inside the elements `within` (a CSS selector) selects, e.g. one dialog.
 */
export async function axeViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(`${axeSource};undefined`);
  return page.evaluate(async (selector) => {
    type Axe = { run: (context: unknown) => Promise<{ violations: AxeViolation[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  }, within);
}

/** Fails with each rule, its help text and the elements it names, when axe finds any violation. */
export async function expectNoAxeViolations(page: Page, within?: string): Promise<void> {
  const violations = await axeViolations(page, within);
  const report = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(report).toEqual([]);
}
