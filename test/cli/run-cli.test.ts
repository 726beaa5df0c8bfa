import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../shared/cli/run-cli';
import { runCli } from '../../shared/cli/run-cli';
import { utcInstant } from '../dates';

const ROOT = join(import.meta.dirname, '../..');
const PLAN = readFileSync(join(import.meta.dirname, 'fixtures/plan.json'), 'utf8');

function memoryIo(files: Record<string, string>, now = utcInstant('2026-11-20T09:30:00.000Z')) {
  const out = { stdout: '', stderr: '', written: new Map<string, string>() };
  const io: CliIo = {
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    writeFileAtomic(path, contents) {
      out.written.set(path, contents);
    },
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    now: () => now,
  };
  return { io, out };
}

describe('runCli (in memory)', () => {
  it('exports ICS to stdout that ical.js reads, with one event per record', () => {
    const { io, out } = memoryIo({ 'plan.json': PLAN });
    expect(runCli(['export', '--plan', 'plan.json', '--format', 'ics', '--tasks', 'none'], io)).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(out.stdout) as unknown[]);
    expect(
      calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid')),
    ).toContain('session-replay-mobile@tierline');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(4);
    expect(out.written.size).toBe(0);
  });

  it('gives byte-identical output for the same plan except DTSTAMP', () => {
    const first = memoryIo({ 'plan.json': PLAN }, utcInstant('2026-11-20T09:30:00.000Z'));
    const second = memoryIo({ 'plan.json': PLAN }, utcInstant('2027-03-01T12:00:00.000Z'));
    runCli(['export', '--plan', 'plan.json', '--format', 'ics'], first.io);
    runCli(['export', '--plan', 'plan.json', '--format', 'ics'], second.io);
    expect(first.out.stdout).not.toBe(second.out.stdout);
    const strip = (text: string): string => text.replace(/^DTSTAMP:.*$/gm, '');
    expect(strip(first.out.stdout)).toBe(strip(second.out.stdout));
  });

  it('writes --out through the atomic writer and applies date filters', () => {
    const { io, out } = memoryIo({ 'plan.json': PLAN });
    expect(
      runCli(
        [
          'export',
          '--plan=plan.json',
          '--format=md-schedule',
          '--from',
          '2026-12-01',
          '--to',
          '2026-12-06',
          '--out',
          'out.md',
        ],
        io,
      ),
    ).toBe(0);
    const written = out.written.get('out.md') ?? '';
    expect(written).toContain('# Schedule: Tue 1 Dec 2026 to Sun 6 Dec 2026');
    // Its launch (24 Nov) is outside the range; only its Array item, due 1 Dec, is in it.
    expect(written).not.toContain('| Timezone bug fixes |');
    expect(written).toContain('(Timezone bug fixes)');
    expect(out.stdout).toBe('');
  });

  it('exports checklists and the Array draft for --month or the month of --from', () => {
    const checklists = memoryIo({ 'plan.json': PLAN });
    expect(runCli(['export', '--plan', 'plan.json', '--format', 'md-checklists'], checklists.io)).toBe(0);
    expect(checklists.out.stdout).toContain('- [x] Writing a dedicated blog post.');
    const array = memoryIo({ 'plan.json': PLAN });
    expect(
      runCli(['export', '--plan', 'plan.json', '--format', 'md-array', '--from', '2026-12-01'], array.io),
    ).toBe(0);
    expect(array.out.stdout).toContain('# Array draft: December 2026');
  });

  it('exits 1 with the JSON path on stderr and writes nothing for an invalid plan', () => {
    const bad = JSON.stringify({
      tierline: 1,
      announcements: [{ title: 'x', tier: 'gigantic', launch: '2026-12-01' }],
    });
    const { io, out } = memoryIo({ 'bad.json': bad });
    expect(runCli(['export', '--plan', 'bad.json', '--format', 'ics', '--out', 'out.ics'], io)).toBe(1);
    expect(out.stderr).toContain('$.announcements[0].tier');
    expect(out.written.size).toBe(0);
    expect(out.stdout).toBe('');
  });

  it('exits 1 for unreadable files and broken JSON', () => {
    const { io, out } = memoryIo({ 'broken.json': '{ "tierline": 1,' });
    expect(runCli(['export', '--plan', 'missing.json', '--format', 'ics'], io)).toBe(1);
    expect(runCli(['validate', 'broken.json'], io)).toBe(1);
    expect(out.stderr).toContain('cannot read missing.json');
    expect(out.stderr).toContain('not valid JSON');
  });

  it('exits 2 on usage errors', () => {
    const cases = [
      [],
      ['frobnicate'],
      ['export', '--format', 'ics'],
      ['export', '--plan', 'plan.json'],
      ['export', '--plan', 'plan.json', '--format', 'pdf'],
      ['export', '--plan', 'plan.json', '--format', 'ics', '--from', '2026-02-30'],
      ['export', '--plan', 'plan.json', '--format', 'ics', '--from', '2026-12-02', '--to', '2026-12-01'],
      ['export', '--plan', 'plan.json', '--format', 'ics', '--tasks', 'maybe'],
      ['export', '--plan', 'plan.json', '--format', 'md-array'],
      ['export', '--plan', 'plan.json', '--format', 'ics', '--colour', 'blue'],
      ['validate'],
    ];
    for (const argv of cases) {
      const { io, out } = memoryIo({ 'plan.json': PLAN });
      expect(runCli(argv, io), argv.join(' ')).toBe(2);
      expect(out.stderr.length).toBeGreaterThan(0);
      expect(out.written.size).toBe(0);
    }
  });

  it('prints help for each command', () => {
    for (const argv of [['--help'], ['export', '--help'], ['validate', '--help'], ['help', 'export']]) {
      const { io, out } = memoryIo({});
      expect(runCli(argv, io)).toBe(0);
      expect(out.stdout).toMatch(/Usage/);
    }
  });

  it('validates backups as well as plans', () => {
    const backup = JSON.stringify({ format: 'tierline-backup', schemaVersion: 9 });
    const { io, out } = memoryIo({ 'plan.json': PLAN, 'backup.json': backup, 'other.json': '{"a":1}' });
    expect(runCli(['validate', 'plan.json'], io)).toBe(0);
    expect(out.stdout).toContain('valid plan file: 3 announcements, 1 maintenance window');
    expect(runCli(['validate', 'backup.json'], io)).toBe(1);
    expect(out.stderr).toContain('$.schemaVersion');
    expect(runCli(['validate', 'other.json'], io)).toBe(1);
  });
});

describe('build/tierline.mjs (spawned)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tierline-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'build/tierline.mjs'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exports a plan to a file and prints help', () => {
    writeFileSync(join(dir, 'plan.json'), PLAN);
    const result = run(['export', '--plan', 'plan.json', '--format', 'ics', '--out', 'plan.ics']);
    expect(result.status).toBe(0);
    const ics = readFileSync(join(dir, 'plan.ics'), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('tierline export');
  });

  it('exits 1 on an invalid plan without creating the output file, and 2 on usage errors', () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ tierline: 1, timeZone: 'UTC', announcements: [{ title: 'x', tier: 'major' }] }),
    );
    const invalid = run(['export', '--plan', 'bad.json', '--format', 'md-schedule', '--out', 'never.md']);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('$.announcements[0].launch');
    expect(invalid.stdout).toBe('');
    expect(existsSync(join(dir, 'never.md'))).toBe(false);
    const usage = run(['export', '--format', 'ics']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--plan FILE is required');
  });
});
