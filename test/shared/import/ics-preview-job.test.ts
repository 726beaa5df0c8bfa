import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import type { IcsPreviewMessage, IcsPreviewRequest } from '../../../shared/import/ics-preview-job';
import { progressText, runIcsPreview, timeBudgetMessage } from '../../../shared/import/ics-preview-job';
import { MAX_OPEN_FILE_BYTES } from '../../../shared/ipc';
import { GOOD, calendar, lineOf, vevent } from './ics-builders';
import { utcInstant } from '../../dates';

const NOW = utcInstant('2026-12-02T10:00:00.000Z');
const options = { timeZoneFallback: 'Europe/London', now: NOW };

/** Runs the worker's job in-process and collects everything it posts. */
function run(text: string, extra: Partial<IcsPreviewRequest> = {}, clock = () => 0): IcsPreviewMessage[] {
  const messages: IcsPreviewMessage[] = [];
  runIcsPreview(
    { text, name: 'team.ics', timeZone: 'Europe/London', now: NOW, ...extra },
    (message) => messages.push(message),
    clock,
  );
  return messages;
}

function many(count: number): string {
  const events: string[][] = [];
  for (let index = 0; index < count; index++)
    events.push(vevent(`e${index}`, [`DTSTART:2026${String((index % 12) + 1).padStart(2, '0')}10T100000Z`]));
  return calendar(...events);
}

describe('hostile input: ICS files', () => {
  it('keeps a throwing event to itself: its zone breaks ical.js, the other events import', () => {
    const zone = ['BEGIN:VTIMEZONE', 'TZID:Broken', 'BEGIN:STANDARD', 'DTSTART:garbage'];
    const text = calendar(
      [...zone, 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'END:STANDARD', 'END:VTIMEZONE'],
      vevent('thrower', ['DTSTART;TZID=Broken:20261201T100000']),
      ...GOOD,
    );
    const result = parseIcsForImport(text, options);
    expect(result.events.map((event) => event.uid)).toEqual(['good-1', 'good-2']);
    expect(result.skipped).toEqual([
      {
        uid: 'thrower',
        line: lineOf(text, 'UID:thrower') - 1,
        reason: expect.stringMatching(
          /^the event could not be read \(Error: invalid date-time value/,
        ) as unknown,
      },
    ]);
  });

  it('refuses binary junk before parsing, with a clear message', () => {
    const junk = readFileSync(
      join(import.meta.dirname, '../../fixtures/ics/malformed/binary-junk.ics'),
      'latin1',
    );
    const messages = run(`${junk}\u0000${junk}`);
    expect(messages).toEqual([
      {
        type: 'failed',
        message:
          'team.ics is not a text calendar file: it looks like binary data. Nothing was read or changed.',
      },
    ]);
  });

  it('refuses a file over 50 MB before parsing a line of it', () => {
    const event = vevent('x', ['DTSTART:20261201T100000Z', `DESCRIPTION:${'a'.repeat(70)}`]).join('\r\n');
    const text = calendar([event.repeat(Math.ceil(MAX_OPEN_FILE_BYTES / event.length) + 1)]);
    const messages = run(text);
    // No progress at all: the parser, which reports 0 of N first, never started.
    expect(messages).toHaveLength(1);
    expect(messages[0]).toEqual({
      type: 'failed',
      message: expect.stringMatching(
        /^team\.ics is 5\d MB; Tierline imports files up to 50 MB\. Nothing was read or changed\.$/,
      ) as unknown,
    });
  });

  it('reads an unterminated VCALENDAR and names the event the file cuts off', () => {
    const text = [
      'BEGIN:VCALENDAR',
      ...(GOOD[0] ?? []),
      'BEGIN:VEVENT',
      'UID:cut',
      'DTSTART:20261201T100000Z',
    ].join('\n');
    const result = parseIcsForImport(text, options);
    expect(result.events.map((event) => event.uid)).toEqual(['good-1']);
    expect(result.skipped).toEqual([
      { uid: 'cut', line: lineOf(text, 'UID:cut') - 1, reason: 'the file ends before END:VEVENT' },
    ]);
  });

  it('survives 10,000 nested BEGIN lines in an event and in a time zone without a stack overflow', () => {
    const nest = Array.from({ length: 10_000 }, (_, index) => `BEGIN:X-LEVEL-${index}`);
    const text = calendar(
      ['BEGIN:VTIMEZONE', 'TZID:Deep', ...nest, 'END:VTIMEZONE'],
      vevent('deep', ['DTSTART;TZID=Deep:20261201T100000', ...nest]),
      vevent('zoned', ['DTSTART;TZID=Deep:20261201T100000']),
      ...GOOD,
    );
    const result = parseIcsForImport(text, options);
    expect(result.events.map((event) => event.uid).sort()).toEqual(['good-1', 'good-2', 'zoned']);
    expect(result.skipped.map((skip) => [skip.uid, skip.reason])).toEqual([
      ['deep', 'a component inside the event is not closed'],
    ]);
  });

  it('stops a parse that outlasts its time budget and posts no preview', () => {
    let now = 0;
    // Each look at the clock is a second later: the 5-second budget runs out within the file.
    const messages = run(many(100), { budgetMs: 5000 }, () => (now += 1000));
    expect(messages.some((message) => message.type === 'done')).toBe(false);
    expect(messages.at(-1)).toEqual({ type: 'failed', message: timeBudgetMessage('team.ics', 5000) });
    expect(timeBudgetMessage('team.ics', 5000)).toBe(
      'Reading team.ics took longer than 5 seconds, so Tierline stopped. Nothing was imported; your plan is unchanged.',
    );
  });

  it('reports progress while reading a long file, then the preview', () => {
    const messages = run(many(1200));
    const progress = messages.filter((message) => message.type === 'progress');
    expect(progress[0]).toEqual({ type: 'progress', done: 0, total: 1200 });
    expect(progress.at(-1)).toEqual({ type: 'progress', done: 1200, total: 1200 });
    expect(progress.length).toBeGreaterThan(3);
    const done = messages.at(-1);
    expect(done?.type === 'done' && done.result.events.length).toBe(1200);
    expect(progressText(1200, 5000)).toBe('Reading events: 1,200 of 5,000');
  });
});
