import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import { occurrenceId } from '../../../shared/recurrence/rule';
import { exportInput } from '../export/records';
import { FEB, MAR, monthlyPatch, patchOccurrence } from '../recurrence/patch-series';
import { apply, emptyPlan, fromExport, nothingWritten, writes } from './import-diff-helpers';
import { calendarDay, utcInstant } from '../../dates';

// Issue 11: a step of a series' occurrence edited in a copy of our own export is a change to take.
const TICKED_AT = utcInstant('2027-02-01T09:00:00.000Z');
const filters = { from: calendarDay('2027-02-01'), to: calendarDay('2027-03-31') };
const FEB_ADVANCE = `${occurrenceId('patch', FEB)}:advance-email`;

/** Our own export, unfolded so one component's record can be edited as a person would with a script. */
function exported(occurrences = [patchOccurrence(MAR, { cancelled: true })]) {
  const input = exportInput({ announcements: [], items: [], windows: [monthlyPatch(4)], occurrences });
  return { input, text: exportIcs(input, { filters }).replace(/\r\n /g, '') };
}

/** The text with the record of one step's component edited by `edit`. */
function editStep(text: string, stepId: string, edit: (record: string) => string): string {
  const parts = text.split('BEGIN:VEVENT');
  const index = parts.findIndex((part) => part.includes(`UID:${stepId}@tierline\r\n`));
  if (index < 0) throw new Error(`no component for ${stepId}`);
  parts[index] = (parts[index] ?? '').replace(/^X-TIERLINE-RECORD:.*$/m, (line) => edit(line));
  return parts.join('BEGIN:VEVENT');
}

const tick = (record: string) =>
  record.replace('"done":false', '"done":true').replace('"doneAt":null', `"doneAt":"${TICKED_AT}"`);

describe('re-importing an edited copy of our own export: occurrence steps', () => {
  it('shows a step ticked in the file as 1 changed beside the unchanged series, and applies it', () => {
    const { input, text } = exported();
    const edited = editStep(text, FEB_ADVANCE, tick);
    const plan = fromExport(input);
    const result = writes(edited, plan);
    expect(result.diff.counts).toEqual({ new: 0, changed: 1, cancelled: 0, unchanged: 1 });
    const [row] = result.diff.rows.filter((candidate) => candidate.step);
    expect(row?.step).toMatchObject({
      originalStart: FEB,
      stepKey: 'advance-email',
      before: { done: false },
      after: { done: true, doneAt: TICKED_AT },
    });
    // The series row is not rewritten; February gets a row with the tick, March's stays as it was.
    expect(result.writes.updated).toEqual([]);
    expect(result.writes.occurrences.delete).toEqual([]);
    expect(result.writes.occurrences.put.map((put) => [put.id, put.comms, put.sequence])).toEqual([
      [
        occurrenceId('patch', FEB),
        { 'advance-email': { done: true, doneAt: TICKED_AT, assigneeId: null, dueDate: null } },
        1,
      ],
    ]);
    // The same file again: the step now agrees with the plan, and nothing is written.
    const again = writes(edited, apply(plan, result.writes));
    expect(again.diff.counts).toEqual({ new: 0, changed: 0, cancelled: 0, unchanged: 1 });
    nothingWritten(again.writes);
  });

  it('takes a step un-ticked in the file back to the step as generated, dropping its override', () => {
    const done = { done: true, doneAt: TICKED_AT, assigneeId: null, dueDate: null };
    const { input, text } = exported([patchOccurrence(FEB, { comms: { 'advance-email': done } })]);
    const edited = editStep(text, FEB_ADVANCE, (record) =>
      record.replace('"done":true', '"done":false').replace(`"doneAt":"${TICKED_AT}"`, '"doneAt":null'),
    );
    const result = writes(edited, fromExport(input));
    expect(result.diff.counts).toEqual({ new: 0, changed: 1, cancelled: 0, unchanged: 1 });
    expect(result.writes.occurrences.put.map((put) => [put.id, put.comms])).toEqual([
      [occurrenceId('patch', FEB), {}],
    ]);
  });

  it('counts a series and its steps once when they come into an empty plan', () => {
    const { text } = exported();
    const result = writes(editStep(text, FEB_ADVANCE, tick), emptyPlan());
    expect(result.diff.counts).toEqual({ new: 1, changed: 0, cancelled: 0, unchanged: 0 });
    // The tick still comes with the restored series.
    const restored = apply(emptyPlan(), result.writes).occurrences.find(
      (row) => row.id === occurrenceId('patch', FEB),
    );
    expect(restored?.comms['advance-email']?.done).toBe(true);
  });

  it('hostile input: a ticked step moved to a day the rule has not is no change', () => {
    const { input, text } = exported();
    const forged = editStep(editStep(text, FEB_ADVANCE, tick), FEB_ADVANCE, (record) =>
      record.replaceAll(FEB, '2027-02-10T22:00:00.000Z'),
    ).replaceAll(`UID:${FEB_ADVANCE}@tierline`, 'UID:patch@2027-02-10T22:00:00.000Z:advance-email@tierline');
    const result = writes(forged, fromExport(input));
    expect(result.diff.counts).toEqual({ new: 0, changed: 0, cancelled: 0, unchanged: 1 });
    nothingWritten(result.writes);
  });
});
