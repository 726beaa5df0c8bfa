import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PublishIo } from '../../shared/cli/run-publish';
import { runPublish } from '../../shared/cli/run-publish';
import { SyncAuthError } from '../../shared/sync/transport';
import { MemoryCalendar } from '../shared/sync/memory-calendar';
import { utcInstant } from '../dates';

const PLAN = readFileSync(join(import.meta.dirname, 'fixtures/plan.json'), 'utf8');
const BASE = ['--plan', 'plan.json', '--caldav', 'https://dav.example.com/', '--user', 'ana'];

/** The command with files in memory and a calendar in memory; counts how often it connected. */
function publishIo(
  options: {
    files?: Record<string, string>;
    env?: Record<string, string>;
    calendar?: MemoryCalendar;
    connectError?: Error;
  } = {},
) {
  const out = { stdout: '', stderr: '', connects: 0 };
  const files = options.files ?? { 'plan.json': PLAN };
  const calendar = options.calendar ?? new MemoryCalendar();
  const io: PublishIo = {
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    writeFileAtomic: () => {
      throw new Error('publish writes no files');
    },
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    now: () => utcInstant('2026-11-20T09:30:00.000Z'),
    env: (name) => (options.env ?? { TIERLINE_CALDAV_PASSWORD: 'app-password' })[name],
    connectCalendar: () => {
      out.connects++;
      if (options.connectError) return Promise.reject(options.connectError);
      return Promise.resolve({ calendarUrl: 'https://dav.example.com/cal/', transport: calendar });
    },
  };
  return { io, out, calendar };
}

describe('tierline publish (in memory)', () => {
  it('dry run lists what it would create and changes nothing; a publish then sends each item once', async () => {
    const { io, out, calendar } = publishIo();
    expect(await runPublish([...BASE, '--tasks', 'none', '--dry-run'], io)).toBe(0);
    expect(out.stdout).toMatch(/^Would create 4, update 0, delete 0 \(0 unchanged\)\n/);
    expect(out.stdout).toContain('create  session-replay-mobile@tierline  Session replay for mobile\n');
    expect(calendar.log).toEqual([]);
    expect(await runPublish([...BASE, '--tasks', 'none'], io)).toBe(0);
    expect(calendar.log.filter((line) => line.startsWith('PUT'))).toHaveLength(4);
    expect(await runPublish([...BASE, '--tasks', 'none'], io)).toBe(0);
    expect(out.stdout).toMatch(/0 created, 0 updated, 0 deleted, 4 unchanged\n$/);
    expect(calendar.log).toHaveLength(4);
  });

  it('applies the export filters: --kinds maintenance publishes only the window', async () => {
    const { io, calendar } = publishIo();
    expect(await runPublish([...BASE, '--kinds', 'maintenance'], io)).toBe(0);
    expect([...calendar.objects.values()].map((object) => /^UID:(.*)\r$/m.exec(object.text)?.[1])).toEqual([
      'eu-db-upgrade@tierline',
    ]);
  });

  it('prints its help with exit code 3 explained', async () => {
    const { io, out } = publishIo();
    expect(await runPublish(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('3 the server cannot be reached or refuses the sign-in');
    expect(out.stdout).toContain('TIERLINE_CALDAV_PASSWORD');
  });
});

describe('hostile input: tierline publish arguments', () => {
  it.each([
    [['--password', 'hunter2'], /there is no password option: set TIERLINE_CALDAV_PASSWORD instead/],
    [['--password=hunter2'], /there is no password option/],
    [['-p', 'hunter2'], /there is no password option/],
  ])('refuses a password on the command line (%j) before anything else', async (extra, message) => {
    const { io, out } = publishIo();
    expect(await runPublish([...BASE, ...extra], io)).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toContain('hunter2');
    expect(out.connects).toBe(0);
  });

  it.each([
    [
      'http://dav.example.com/',
      /only https:\/\/ calendar servers are allowed \(http:\/\/ only for 127\.0\.0\.1 or localhost\)/,
    ],
    ['ftp://dav.example.com/', /only https:\/\/ calendar servers are allowed; got ftp:\/\//],
    ['https://ana:secret@dav.example.com/', /must not contain a user name or password/],
    ['dav.example.com', /not a URL: dav\.example\.com/],
  ])('refuses the server URL %s', async (url, message) => {
    const { io, out } = publishIo();
    expect(await runPublish(['--plan', 'plan.json', '--caldav', url, '--user', 'ana'], io)).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.connects).toBe(0);
  });

  it('asks for TIERLINE_CALDAV_PASSWORD when it is not set', async () => {
    const { io, out } = publishIo({ env: {} });
    expect(await runPublish(BASE, io)).toBe(2);
    expect(out.stderr).toContain(
      'set the password (an app password) in the environment variable TIERLINE_CALDAV_PASSWORD',
    );
    expect(out.connects).toBe(0);
  });

  it('refuses an invalid plan before connecting (exit 1)', async () => {
    const { io, out } = publishIo({
      files: { 'plan.json': '{"tierline": 1, "announcements": [{"title": 3}]}' },
    });
    expect(await runPublish(BASE, io)).toBe(1);
    expect(out.stderr).toMatch(/plan\.json is not a valid plan file/);
    expect(out.connects).toBe(0);
  });

  it.each([
    [['--tasks', 'all'], /--tasks must be events, todos or none; got "all"/],
    [['--from', '2026-13-01'], /--from must be a date YYYY-MM-DD/],
    [['--kinds', 'launches'], /--kinds takes announcement, maintenance, checklist/],
  ])('refuses a bad filter %j like export does', async (extra, message) => {
    const { io, out } = publishIo();
    expect(await runPublish([...BASE, ...extra], io)).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.connects).toBe(0);
  });

  it('needs --user', async () => {
    const { io, out } = publishIo();
    expect(await runPublish(['--plan', 'plan.json', '--caldav', 'https://dav.example.com/'], io)).toBe(2);
    expect(out.stderr).toContain('--user NAME is required');
  });

  it('exits 3 with the sign-in message when the server refuses the password', async () => {
    const { io, out, calendar } = publishIo({
      connectError: new SyncAuthError(
        'sign-in failed at dav.example.com: check the user name and the app password',
      ),
    });
    expect(await runPublish(BASE, io)).toBe(3);
    expect(out.stderr).toBe(
      'tierline: sign-in failed at dav.example.com: check the user name and the app password\n',
    );
    expect(calendar.log).toEqual([]);
  });
});

describe('tierline publish --reminders', () => {
  it('publishes a reminder on each open checklist item, as export does', async () => {
    const { io, calendar } = publishIo();
    expect(await runPublish([...BASE, '--kinds', 'checklist', '--reminders', '1d'], io)).toBe(0);
    const texts = [...calendar.objects.values()].map((object) => object.text);
    const open = texts.filter((text) => !text.includes('Writing a dedicated blog post'));
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((text) => text.includes('BEGIN:VALARM'))).toBe(true);
  });

  it('hostile input: an unknown reminder, or reminders with --tasks none, is a usage error', async () => {
    const { io, out, calendar } = publishIo();
    expect(await runPublish([...BASE, '--reminders', 'tomorrow'], io)).toBe(2);
    expect(out.stderr).toContain('--reminders must be one of none, 0d, 1d, 2d, 1w; got "tomorrow"');
    expect(await runPublish([...BASE, '--tasks', 'none', '--reminders', '1d'], io)).toBe(2);
    expect(out.stderr).toContain('--tasks none leaves them out');
    expect(out.connects).toBe(0);
    expect(calendar.log).toEqual([]);
  });
});
