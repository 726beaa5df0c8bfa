import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PROBLEMS_SHOWN } from '../../shared/cli/cli-input';
import type { CliIo } from '../../shared/cli/run-cli';
import { runCli } from '../../shared/cli/run-cli';
import { MAX_OPEN_FILE_BYTES } from '../../shared/ipc';
import { utcInstant } from '../dates';

const ROOT = join(import.meta.dirname, '../..');

function memoryIo(files: Record<string, string>, sizes: Record<string, number> = {}) {
  const out = { stdout: '', stderr: '', written: new Map<string, string>(), reads: 0 };
  const io: CliIo = {
    readFile(path) {
      out.reads++;
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    fileSize: (path) => sizes[path] ?? (files[path] ?? '').length,
    writeFileAtomic: (path, contents) => void out.written.set(path, contents),
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    now: () => utcInstant('2026-11-20T09:30:00.000Z'),
  };
  return { io, out };
}

function planJson(announcements: unknown[], maintenance: unknown[] = []): string {
  return JSON.stringify({ tierline: 1, timeZone: 'UTC', announcements, maintenance });
}

const exportIcs = ['export', '--plan', 'plan.json', '--format', 'ics', '--out', 'out.ics'];

describe('hostile input: the command line', () => {
  it('refuses a launch on 9999-12-31 with exit 1, its JSON path, and no ICS written', () => {
    const { io, out } = memoryIo({
      'plan.json': planJson([{ title: 'Typo', tier: 'major', launch: '9999-12-31' }]),
    });
    expect(runCli(exportIcs, io)).toBe(1);
    expect(out.stderr).toContain(
      'plan.json: $.announcements[0].launch: 9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).',
    );
    expect(out.written.size).toBe(0);
    expect(out.stdout).not.toContain('DTEND');
  });

  it('refuses a launch whose checklist would run into 2200, naming the item', () => {
    const { io, out } = memoryIo({
      'plan.json': planJson([{ title: 'Late', tier: 'major', launch: '2199-12-30' }]),
    });
    expect(runCli(exportIcs, io)).toBe(1);
    expect(out.stderr).toMatch(/\$\.announcements\[0\]\.launch: “.+” would be due 2200-/);
    expect(out.written.size).toBe(0);
  });

  it(`prints the first ${MAX_PROBLEMS_SHOWN} problems and sums up the rest`, () => {
    const bad = Array.from({ length: 300 }, () => ({ title: '', tier: 'minor', launch: '2026-12-01' }));
    const { io, out } = memoryIo({ 'plan.json': planJson(bad) });
    expect(runCli(['validate', 'plan.json'], io)).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes(': must not be empty'))).toHaveLength(MAX_PROBLEMS_SHOWN);
    expect(out.stderr).toContain('plan.json: … and 250 more problems\n');
    expect(out.stderr).toContain('is not a valid plan file (300 problems)');
  });

  it('refuses a file over the app’s 50 MB limit before reading it', () => {
    const { io, out } = memoryIo({ 'plan.json': '{}' }, { 'plan.json': MAX_OPEN_FILE_BYTES + 1 });
    expect(runCli(exportIcs, io)).toBe(1);
    expect(out.stderr).toBe(
      'tierline: plan.json is 52,428,801 bytes; Tierline reads files up to 50 MB (52,428,800 bytes, the same limit as the app); nothing was written\n',
    );
    expect(out.reads).toBe(0);
    expect(out.written.size).toBe(0);
  });

  it('refuses text over 50 MB even when the size is not known in advance', () => {
    const { io, out } = memoryIo({ 'plan.json': `"${'x'.repeat(MAX_OPEN_FILE_BYTES)}"` }, {});
    io.fileSize = undefined;
    expect(runCli(['validate', 'plan.json'], io)).toBe(1);
    expect(out.stderr).toMatch(/^tierline: plan\.json is 52,428,802 bytes; Tierline reads files up to 50 MB/);
  });

  it('does not echo a 5 MB tier name back', () => {
    const { io, out } = memoryIo({
      'plan.json': planJson([{ title: 'Huge', tier: 't'.repeat(5_000_000), launch: '2026-12-01' }]),
    });
    expect(runCli(exportIcs, io)).toBe(1);
    expect(out.stderr).toContain('$.announcements[0].tier: must be at most 100 characters');
    expect(out.stderr.length).toBeLessThan(500);
  });

  it('quotes at most 60 characters of a bad option value', () => {
    const { io, out } = memoryIo({});
    expect(runCli(['export', '--plan', 'p.json', '--format', 'f'.repeat(100_000)], io)).toBe(2);
    expect(out.stderr.length).toBeLessThan(300);
    expect(out.stderr).toContain(`got "${'f'.repeat(60)}…" (100,000 characters)`);
  });

  it('refuses --from, --to and --month outside the range as usage errors', () => {
    const cases: [string[], string][] = [
      [['--from', '9999-01-01'], '--from: 9999-01-01 is outside the dates Tierline plans'],
      [['--to', '1899-12-31'], '--to: 1899-12-31 is outside the dates Tierline plans'],
      [['--month', '0202-06'], '--month: 0202-06 is outside the dates Tierline plans'],
    ];
    for (const [option, message] of cases) {
      const { io, out } = memoryIo({ 'plan.json': planJson([]) });
      expect(
        runCli(['export', '--plan', 'plan.json', '--format', 'md-array', ...option], io),
        option[0],
      ).toBe(2);
      expect(out.stderr).toContain(message);
      expect(out.written.size).toBe(0);
    }
  });

  it('refuses a deeply nested backup with a sentence, not a stack trace', () => {
    const deep = `{"format":"tierline-backup","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const { io, out } = memoryIo({ 'backup.json': deep });
    expect(runCli(['validate', 'backup.json'], io)).toBe(1);
    expect(out.stderr).toContain('backup.json: $: nested more than 32 levels deep');
    expect(out.stderr).not.toMatch(/RangeError|internal error|\n\s+at /);
  });
});

describe('hostile input: the tierline command (real process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tierline-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 on a deeply nested backup with no stack trace and writes nothing', () => {
    writeFileSync(
      join(dir, 'deep.json'),
      `{"format":"tierline-backup","x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
    );
    const result = spawnSync(process.execPath, [join(ROOT, 'build/tierline.mjs'), 'validate', 'deep.json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nested more than 32 levels deep');
    expect(result.stderr).not.toMatch(/internal error|RangeError|\n\s+at /);
    expect(readdirSync(dir)).toEqual(['deep.json']);
    // Starting Node takes seconds on a busy machine.
  }, 60_000);
});
