import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const PLAN = readFileSync(join(import.meta.dirname, 'fixtures/plan.json'), 'utf8');

const runNode = (args: string[], cwd: string) =>
  spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });

describe('the bundled command line (dist/cli.mjs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tierline-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is what `tierline` runs, and is current afterwards: no source newer than the build', () => {
    expect(runNode([join(ROOT, 'build/tierline.mjs'), '--help'], dir).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/cli.inputs.json'), 'utf8')) as {
      builtAt: number;
      inputs: string[];
    };
    expect(manifest.inputs).toContain('shared/cli/run-cli.ts');
    expect(manifest.inputs).toContain('build/cli-entry.mjs');
    for (const input of manifest.inputs)
      expect(statSync(join(ROOT, input)).mtimeMs).toBeLessThan(manifest.builtAt);
  });

  it('runs on its own, copied away from the project: no TypeScript loader, no node_modules', () => {
    runNode([join(ROOT, 'build/tierline.mjs'), '--help'], dir);
    const copy = join(dir, 'copy');
    cpSync(join(ROOT, 'dist/cli.mjs'), join(copy, 'cli.mjs'));
    cpSync(join(ROOT, 'dist/cli-chunks'), join(copy, 'cli-chunks'), { recursive: true });
    writeFileSync(join(dir, 'plan.json'), PLAN);
    const result = runNode(
      [join(copy, 'cli.mjs'), 'export', '--plan', 'plan.json', '--format', 'md-schedule'],
      dir,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('| Session replay for mobile |');
    // `publish` loads the CalDAV client from its own chunk; a usage error proves the chunk loads.
    const publish = runNode([join(copy, 'cli.mjs'), 'publish'], dir);
    expect(publish.status).toBe(2);
    expect(publish.stderr).not.toMatch(/Cannot find|ERR_MODULE_NOT_FOUND|internal error/);
  });
});
