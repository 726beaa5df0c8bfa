import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../shared/cli/run-cli';
import { runCli } from '../../shared/cli/run-cli';
import { utcInstant } from '../dates';

const PLAN = readFileSync(join(import.meta.dirname, 'fixtures/plan.json'), 'utf8');

function memoryIo() {
  const out = { stdout: '', stderr: '', written: new Map<string, string>() };
  const io: CliIo = {
    readFile(path) {
      if (path !== 'plan.json') throw new Error('ENOENT: no such file');
      return PLAN;
    },
    writeFileAtomic: (path, contents) => void out.written.set(path, contents),
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    now: () => utcInstant('2026-11-20T09:30:00.000Z'),
  };
  return { io, out };
}

const EXPORT = ['export', '--plan', 'plan.json', '--out', 'out.ics'];

describe('tierline export --reminders', () => {
  it('adds a display alarm, related to DUE, to every open task and none to finished ones', () => {
    const { io, out } = memoryIo();
    expect(runCli([...EXPORT, '--format', 'ics', '--tasks', 'todos', '--reminders', '1d'], io)).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(out.written.get('out.ics') ?? '') as unknown[]);
    const todos = calendar.getAllSubcomponents('vtodo');
    const open = todos.filter((todo) => todo.getFirstPropertyValue('status') === 'NEEDS-ACTION');
    expect(open.length).toBeGreaterThan(0);
    for (const todo of todos) {
      const alarms = todo.getAllSubcomponents('valarm');
      if (!open.includes(todo)) {
        expect(alarms).toEqual([]);
        continue;
      }
      expect(alarms).toHaveLength(1);
      const trigger = alarms[0]!.getFirstProperty('trigger');
      expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(trigger?.getParameter('related')).toBe('END');
      // A day-granular task is due on a date: 1 day before at 09:00 is 15 hours before that day.
      const allDay = todo.getFirstProperty('due')?.type === 'date';
      expect(String(trigger?.getFirstValue())).toBe(allDay ? '-PT15H' : '-P1D');
    }
  });

  it('adds no alarms by default', () => {
    const { io, out } = memoryIo();
    expect(runCli([...EXPORT, '--format', 'ics'], io)).toBe(0);
    expect(out.written.get('out.ics')).not.toContain('BEGIN:VALARM');
  });

  it('is described in the export help', () => {
    const { io, out } = memoryIo();
    expect(runCli(['help', 'export'], io)).toBe(0);
    expect(out.stdout).toContain('--reminders WHEN');
  });
});

describe('hostile input: the --reminders option', () => {
  const refused = (args: string[], message: string) => {
    const { io, out } = memoryIo();
    expect(runCli([...EXPORT, ...args], io)).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stdout).toBe('');
    expect(out.written.size).toBe(0);
  };

  it('refuses a value that is no choice, naming the choices', () => {
    refused(
      ['--format', 'ics', '--reminders', 'tomorrow'],
      '--reminders must be one of none, 0d, 1d, 2d, 1w; got "tomorrow"',
    );
  });

  it('refuses an empty value', () => {
    refused(['--format', 'ics', '--reminders='], '--reminders must be one of none, 0d, 1d, 2d, 1w; got ""');
  });

  it('quotes only the start of an enormous value', () => {
    const { io, out } = memoryIo();
    expect(runCli([...EXPORT, '--format', 'ics', '--reminders', '9'.repeat(100_000)], io)).toBe(2);
    expect(out.stderr).toContain('(100,000 characters)');
    expect(out.stderr.length).toBeLessThan(400);
    expect(out.written.size).toBe(0);
  });

  it('refuses reminders on a Markdown export instead of ignoring them', () => {
    refused(['--format', 'md-schedule', '--reminders', '1d'], '--reminders applies to --format ics only');
  });

  it('refuses reminders when --tasks none leaves the items out', () => {
    refused(['--format', 'ics', '--tasks', 'none', '--reminders', '2d'], '--tasks none leaves them out');
  });

  it('refuses --reminders with no value', () => {
    refused(['--format', 'ics', '--reminders'], '--reminders needs a value');
  });
});
