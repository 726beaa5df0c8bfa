import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import { checklistsMarkdown } from '../../../shared/export/markdown-checklist';
import { scheduleMarkdown } from '../../../shared/export/markdown-schedule';
import { expandSeries } from '../../../shared/recurrence/expand';
import { occurrenceComms } from '../../../shared/recurrence/occurrence-comms';
import { occurrenceId } from '../../../shared/recurrence/rule';
import type { ChecklistItem, WindowOccurrence } from '../../../shared/types';
import { exportInput, settings } from '../export/records';
import { apply, emptyPlan, fromExport, nothingWritten, writes } from '../import/import-diff-helpers';
import { APR, FEB, MAR, monthlyPatch, patchOccurrence } from './patch-series';
import { calendarDay, utcInstant } from '../../dates';

// Issue 11: each occurrence of a repeating window brings its own communications steps to exports.
const series = monthlyPatch(4);
const row = patchOccurrence;

// The steps the calendar shows for one occurrence, from the same generator the panel uses.
function stepsOf(originalStart: string, changes: WindowOccurrence[]): ChecklistItem[] {
  const occurrence = expandSeries(
    series,
    changes,
    utcInstant('2027-01-01T00:00:00.000Z'),
    utcInstant('2027-06-01T00:00:00.000Z'),
  ).find((candidate) => candidate.originalStart === originalStart);
  if (!occurrence) throw new Error(`no occurrence at ${originalStart}`);
  const change = changes.find((candidate) => candidate.originalStart === originalStart);
  return occurrenceComms({ series, occurrence, change, settings, now: series.updatedAt });
}

const plain = stepsOf(FEB, []);
const ticked = plain[plain.length - 1];
if (!ticked?.templateItemId) throw new Error('the handbook gives no steps');
const tick = { done: true, doneAt: utcInstant('2027-02-08T09:00:00.000Z'), assigneeId: null, dueDate: null };
const changes = [
  row(FEB, { comms: { [ticked.templateItemId]: tick } }),
  row(MAR, { cancelled: true }),
  row(APR, { start: utcInstant('2027-04-14T21:00:00.000Z'), end: utcInstant('2027-04-15T00:00:00.000Z') }),
];
const input = exportInput({ announcements: [], items: [], windows: [series], occurrences: changes });
const filters = { from: calendarDay('2027-02-01'), to: calendarDay('2027-04-30') };
const inRange = (item: ChecklistItem) => item.dueDate >= filters.from && item.dueDate <= filters.to;
const expected = [...stepsOf(FEB, changes), ...stepsOf(APR, changes)].filter(inRange);

function todos(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vtodo').map((todo) => ({
    uid: String(todo.getFirstPropertyValue('uid')),
    status: String(todo.getFirstPropertyValue('status')),
    due: (todo.getFirstPropertyValue('due') as ICAL.Time).toString().slice(0, 10),
  }));
}

describe('the steps of a repeating window’s occurrences in exports', () => {
  it('writes each occurrence’s steps in range as VTODOs with stable UIDs, ticks honoured, none for a cancelled one', () => {
    const text = exportIcs(input, { filters, tasks: 'todos' });
    expect(expected.length).toBeGreaterThan(2);
    const got = todos(text).sort((a, b) => a.uid.localeCompare(b.uid));
    expect(got).toEqual(
      expected
        .map((item) => ({
          uid: `patch@${item.id.slice('patch@'.length)}@tierline`,
          status: item.done ? 'COMPLETED' : 'NEEDS-ACTION',
          due: item.dueDate,
        }))
        .sort((a, b) => a.uid.localeCompare(b.uid)),
    );
    expect(got.filter((todo) => todo.status === 'COMPLETED').map((todo) => todo.uid)).toEqual([
      `${occurrenceId('patch', FEB)}:${ticked.templateItemId}@tierline`,
    ]);
    expect(text).not.toContain(`${MAR}:`);
    // April moved a day later: its steps fall due from its new start.
    const aprilDue = expected
      .filter((item) => item.parentId === occurrenceId('patch', APR))
      .map((i) => i.dueDate);
    expect(aprilDue).toContain('2027-04-14');
    // The same plan exported again: the same UIDs and lines, apart from DTSTAMP.
    const again = exportIcs(
      { ...input, now: utcInstant('2027-03-01T00:00:00.000Z') },
      { filters, tasks: 'todos' },
    );
    const unstamped = (ics: string) => ics.replace(/\r\nDTSTAMP:[^\r]*/g, '');
    expect(unstamped(again)).toBe(unstamped(text));
  });

  it('lists them in the Markdown schedule and the checklists, ticked as ticked', () => {
    const schedule = scheduleMarkdown(input, filters);
    for (const item of expected) expect(schedule).toContain(`${item.title} (Monthly patch)`);
    expect(
      schedule.split('\n').filter((line) => line.includes(ticked.title) && line.includes('| done |')),
    ).toHaveLength(1);
    const checklists = checklistsMarkdown(input, filters);
    expect(checklists).toContain(`- [x] ${ticked.title}`);
    // Two occurrences in range (February, April), each with its own checklist; cancelled March has none.
    expect(checklists.split('\n').filter((line) => line.startsWith('## '))).toHaveLength(2);
  });

  it('imports the export with its steps back into the same plan as 1 unchanged (the series), writing nothing', () => {
    const text = exportIcs(input, { filters });
    const result = writes(text, fromExport(input));
    // The steps are the series' own: counted with it, never as things of their own (issue 11).
    expect(result.diff.counts).toEqual({ new: 0, changed: 0, cancelled: 0, unchanged: 1 });
    nothingWritten(result.writes);
  });

  it('hostile input: steps naming a series the plan does not have come with it, and never become records', () => {
    const text = exportIcs(input, { filters });
    const other = { ...input, windows: [] };
    const result = writes(text, fromExport(other));
    expect(result.diff.counts).toEqual({ new: 1, changed: 0, cancelled: 0, unchanged: 0 });
    // The series is restored; its steps are generated again, never stored as checklist items.
    expect(result.writes.created.windows.map((window) => window.id)).toEqual(['patch']);
    expect(result.writes.created.items).toEqual([]);
    expect(result.writes.created.announcements).toEqual([]);
  });
});

describe('hostile input: forged occurrence steps in a Tierline file', () => {
  it('ignores a step of an unknown step key, of a date the rule has not, or of another series', () => {
    const text = exportIcs(input, { filters });
    const febId = `${occurrenceId('patch', FEB)}:${ticked.templateItemId ?? ''}`;
    const forged = text
      .replaceAll(`${febId}`, `${occurrenceId('patch', FEB)}:no-such-step`)
      .replaceAll(occurrenceId('patch', APR), occurrenceId('patch', utcInstant('2027-04-14T21:00:00.000Z')));
    const plan = apply(emptyPlan(), writes(forged, emptyPlan()).writes);
    // Only the exception rows remain: no forged step reached a row, and February's tick is gone with its key.
    expect(plan.occurrences.map((stored) => [stored.id, Object.keys(stored.comms)])).toEqual([
      [occurrenceId('patch', MAR), []],
      [occurrenceId('patch', APR), []],
    ]);
    // The genuine file brings February's tick back.
    const genuine = apply(emptyPlan(), writes(text, emptyPlan()).writes);
    expect(genuine.occurrences.find((stored) => stored.originalStart === FEB)?.comms).toEqual({
      [ticked.templateItemId ?? '']: tick,
    });
  });
});
