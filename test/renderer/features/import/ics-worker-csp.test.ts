import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const { contentSecurityPolicy } = JSON.parse(
  readFileSync(new URL('../../../../build/csp.json', import.meta.url), 'utf8'),
) as { contentSecurityPolicy: string };

function directive(name: string): string[] | undefined {
  for (const part of contentSecurityPolicy.split(';')) {
    const [key, ...sources] = part.trim().split(/\s+/);
    if (key === name) return sources;
  }
  return undefined;
}

describe('the calendar worker under the production CSP', () => {
  it("loads only same-origin worker scripts: worker-src falls back to script-src 'self', never blob: or data:", () => {
    // CSP Level 3: worker-src, else child-src, else script-src, else default-src governs new Worker().
    const effective =
      directive('worker-src') ??
      directive('child-src') ??
      directive('script-src') ??
      directive('default-src');
    expect(effective).toEqual(["'self'"]);
    // The renderer creates the worker from a bundled file URL, which 'self' allows without loosening.
    const source = readFileSync(
      new URL('../../../../renderer/features/import/ics-preview-client.ts', import.meta.url),
      'utf8',
    );
    expect(source).toContain("new Worker(new URL('./ics-worker.ts', import.meta.url), { type: 'module' })");
  });
});
