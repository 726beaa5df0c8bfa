import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import { exceptionChanges } from '../../../shared/recurrence/import-exceptions';
import { occurrenceId } from '../../../shared/recurrence/rule';
import { exportInput } from '../export/records';
import { apply, emptyPlan, fromExport, nothingWritten, parse, writes } from '../import/import-diff-helpers';
import { APR, FEB, MAR, monthlyPatch, patchOccurrence } from './patch-series';
import { utcInstant } from '../../dates';

// Issue 11: importing Tierline's own export restores a series WITH its exceptions, and compares them.
const series = monthlyPatch(6);
const row = patchOccurrence;
const cancelledFeb = row(FEB, { cancelled: true });
const movedApr = row(APR, {
  start: utcInstant('2027-04-14T21:00:00.000Z'),
  end: utcInstant('2027-04-15T00:00:00.000Z'),
});
const input = exportInput({
  announcements: [],
  items: [],
  windows: [series],
  occurrences: [cancelledFeb, movedApr],
});
// The series alone; with its steps, see occurrence-steps-export.test.ts.
const seriesOnly = { tasks: 'none' } as const;
const text = exportIcs(input, seriesOnly);

describe('importing a Tierline series with its exceptions', () => {
  it('reads the EXDATE and the RECURRENCE-ID override as the series’ exceptions, not as events', () => {
    const { events, skipped } = parse(text);
    expect(skipped).toEqual([]);
    expect(events.map((event) => [event.key, event.exceptions])).toEqual([
      [
        'patch@tierline',
        {
          cancelled: [FEB],
          moved: [{ originalStart: APR, start: movedApr.start, end: movedApr.end }],
        },
      ],
    ]);
  });

  it('into an empty plan: the same series and the same cancelled and moved occurrences', () => {
    const plan = apply(emptyPlan(), writes(text, emptyPlan()).writes);
    expect(plan.windows).toEqual([series]);
    expect(plan.occurrences.map(({ id, cancelled, start, end }) => ({ id, cancelled, start, end }))).toEqual([
      { id: cancelledFeb.id, cancelled: true, start: null, end: null },
      { id: movedApr.id, cancelled: false, start: movedApr.start, end: movedApr.end },
    ]);
  });

  it('into the plan it came from: 1 unchanged and nothing written', () => {
    const result = writes(text, fromExport(input));
    expect(result.diff.counts).toEqual({ new: 0, changed: 0, cancelled: 0, unchanged: 1 });
    nothingWritten(result.writes);
  });

  it('an edited copy with one more EXDATE is 1 changed and writes exactly that occurrence', () => {
    const edited = text.replace(/^(EXDATE;TZID=Europe\/London:20270209T220000)/m, '$1,20270309T220000');
    expect(edited).not.toBe(text);
    const result = writes(edited, fromExport(input));
    expect(result.diff.counts).toEqual({ new: 0, changed: 1, cancelled: 0, unchanged: 0 });
    // The window row itself is not rewritten: only the occurrence that the file cancels.
    expect(result.writes.updated).toEqual([]);
    expect(result.writes.occurrences.delete).toEqual([]);
    expect(result.writes.occurrences.put.map(({ id, cancelled }) => [id, cancelled])).toEqual([
      [occurrenceId('patch', MAR), true],
    ]);
    // The same edited file again finds nothing to do.
    const after = apply(fromExport(input), result.writes);
    const again = writes(edited, after);
    expect(again.diff.counts.unchanged).toBe(1);
    nothingWritten(again.writes);
  });

  it('an edited copy without the EXDATE restores that occurrence, keeping the ticks it had', () => {
    const ticked = {
      ...cancelledFeb,
      comms: {
        notify: {
          done: true,
          doneAt: utcInstant('2027-02-01T09:00:00.000Z'),
          assigneeId: null,
          dueDate: null,
        },
      },
    };
    const plan = { ...fromExport(input), occurrences: [ticked, movedApr] };
    const edited = exportIcs({ ...input, occurrences: [movedApr] }, seriesOnly);
    const result = writes(edited, plan);
    expect(result.diff.counts.changed).toBe(1);
    expect(result.writes.occurrences.put).toEqual([
      { ...ticked, cancelled: false, updatedAt: expect.any(String) as string, sequence: 2 },
    ]);
    // A moved occurrence that the file puts back at its time, with nothing ticked, leaves no row.
    const back = writes(exportIcs({ ...input, occurrences: [cancelledFeb] }, seriesOnly), fromExport(input));
    expect(back.writes.occurrences).toEqual({ put: [], delete: [movedApr.id] });
  });
});

describe('hostile input: a Tierline series’ exceptions', () => {
  it('ignores an EXDATE and an override that name no occurrence of the rule', () => {
    const forged = text
      .replace(/^(EXDATE;TZID=Europe\/London:20270209T220000)/m, '$1,20270310T220000')
      .replace(
        'RECURRENCE-ID;TZID=Europe/London:20270413T220000',
        'RECURRENCE-ID;TZID=Europe/London:20270414T030000',
      );
    expect(forged).toContain('20270414T030000');
    const plan = apply(emptyPlan(), writes(forged, emptyPlan()).writes);
    expect(plan.occurrences.map((stored) => stored.id)).toEqual([cancelledFeb.id]);
    // Compared with the plan it came from, only the override that no longer names April differs.
    const result = writes(forged, fromExport(input));
    expect(result.writes.occurrences).toEqual({ put: [], delete: [movedApr.id] });
  });

  it('drops an override whose series is not in the file, and a cancelled override cancels its occurrence', () => {
    const blocks = text.split(/(?=BEGIN:VEVENT)/);
    const override = blocks.find((block) => block.includes('RECURRENCE-ID'));
    if (!override) throw new Error('the export has no override');
    const orphan = text.replace(/BEGIN:VEVENT(?:(?!BEGIN:VEVENT)[\s\S])*?END:VEVENT\r\n/, '');
    expect(parse(orphan).events).toEqual([]);
    const cancelling = text.replace(override, override.replace('STATUS:CONFIRMED', 'STATUS:CANCELLED'));
    expect(cancelling).not.toBe(text);
    expect(parse(cancelling).events[0]?.exceptions).toEqual({ cancelled: [FEB, APR], moved: [] });
  });
});

describe('what a file changes of a series’ exceptions', () => {
  it('names each occurrence it cancels, restores, moves or puts back', () => {
    const signature = (cancelled: string[], moved: string[][]) => JSON.stringify([cancelled, moved]);
    const was = signature([FEB], [[APR, 'x', 'y']]);
    expect(exceptionChanges(was, was)).toEqual({ cancelled: [], restored: [], moved: [], unmoved: [] });
    expect(exceptionChanges(was, signature([MAR], [[FEB, 'a', 'b']]))).toEqual({
      cancelled: [MAR],
      restored: [FEB],
      moved: [FEB],
      unmoved: [APR],
    });
    expect(exceptionChanges(undefined, undefined).cancelled).toEqual([]);
  });
});
