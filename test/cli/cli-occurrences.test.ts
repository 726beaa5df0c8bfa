import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../shared/cli/run-cli';
import { runCli } from '../../shared/cli/run-cli';
import { utcInstant } from '../dates';

/*
 * A plan file (version 2) whose monthly patch night was cancelled in February and moved a day
 * later in March: the CLI's calendar must say so, as the app's export does (issue 11).
 */
const PLAN = {
  tierline: 2,
  timeZone: 'Europe/London',
  maintenance: [
    {
      id: 'patch',
      title: 'Monthly patch',
      start: '2027-01-12T22:00',
      end: '2027-01-13T01:00',
      timeZone: 'Europe/London',
      services: ['EU Cloud'],
      repeat: {
        freq: 'monthly',
        interval: 1,
        weekdays: [],
        monthlyBy: 'weekday',
        ends: { kind: 'count', count: 4 },
      },
      occurrences: [
        { originalStart: '2027-02-09T22:00', cancelled: true },
        { originalStart: '2027-03-09T22:00', start: '2027-03-10T22:00', end: '2027-03-11T01:00' },
      ],
    },
  ],
};

function memoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: new Map<string, string>() };
  const io: CliIo = {
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    writeFileAtomic: (path, contents) => void out.written.set(path, contents),
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    now: () => utcInstant('2026-12-02T09:00:00.000Z'),
  };
  return { io, out };
}

function exportIcs(plan: unknown): { code: number; text: string; stderr: string } {
  const { io, out } = memoryIo({ 'plan.json': JSON.stringify(plan) });
  const code = runCli(['export', '--plan', 'plan.json', '--format', 'ics', '--out', 'out.ics'], io);
  return { code, text: out.written.get('out.ics') ?? '', stderr: out.stderr };
}

describe('tierline export on a plan file with changed occurrences', () => {
  it('writes the cancelled occurrence as an EXDATE and the moved one as an override', () => {
    const { code, text } = exportIcs(PLAN);
    expect(code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const series = calendar
      .getAllSubcomponents('vevent')
      .filter((event) => event.getFirstPropertyValue('uid') === 'patch@tierline');
    expect(series).toHaveLength(2);
    const [master, override] = series;
    expect(master?.getFirstProperty('exdate')?.toICALString()).toBe(
      'EXDATE;TZID=Europe/London:20270209T220000',
    );
    expect(override?.getFirstProperty('recurrence-id')?.toICALString()).toBe(
      'RECURRENCE-ID;TZID=Europe/London:20270309T220000',
    );
    expect(override?.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-03-10T22:00:00Z');
  });

  it('lists steps for the moved occurrence at its new time and none for the cancelled one', () => {
    const { text } = exportIcs(PLAN);
    const uids = [...text.matchAll(/^UID:(.*)$/gm)].map((match) => match[1] ?? '');
    expect(uids.filter((uid) => uid.includes('2027-02-09'))).toEqual([]);
    // The Notification Bar goes on as the work starts: on the new night, 10 March at 22:00 UTC.
    const barOn = text
      .split('BEGIN:VEVENT')
      .find((event) => event.includes('UID:patch@2027-03-09T22:00:00.000Z:notification-bar-on@tierline'));
    expect(barOn).toMatch(/^DTSTART:20270310T220000Z\r?$/m);
  });

  it('refuses an occurrence the rule does not have, naming its path, and writes nothing', () => {
    const [window] = PLAN.maintenance;
    const bad = {
      ...PLAN,
      maintenance: [{ ...window, occurrences: [{ originalStart: '2027-02-10T22:00', cancelled: true }] }],
    };
    const { io, out } = memoryIo({ 'plan.json': JSON.stringify(bad) });
    expect(runCli(['export', '--plan', 'plan.json', '--format', 'ics', '--out', 'out.ics'], io)).toBe(1);
    expect(out.stderr).toContain('$.maintenance[0].occurrences[0].originalStart');
    expect(out.stderr).toContain('is not an occurrence of this window');
    expect(out.written.size).toBe(0);
  });
});
