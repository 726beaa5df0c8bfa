import { describe, expect, it } from 'vitest';
import type { IcsPreviewMessage } from '../../../shared/import/ics-preview-job';
import { runIcsPreview } from '../../../shared/import/ics-preview-job';
import { readIcsTodos, todosAsChecklistItems } from '../../../shared/import/ics-todos';
import { makeAnnouncement, makeChecklistItem } from '../../builders';
import { calendarDay, utcInstant } from '../../dates';

const NOW = utcInstant('2026-12-02T10:00:00.000Z');

const TODOS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Nextcloud Tasks//EN',
  'BEGIN:VTODO',
  'UID:t1',
  'SUMMARY:Write the release',
  '  notes, folded',
  'DUE;VALUE=DATE:20261214',
  'BEGIN:VALARM',
  'SUMMARY:Not the title',
  'END:VALARM',
  'END:VTODO',
  'BEGIN:VTODO',
  'UID:t2',
  'SUMMARY:Brief support',
  'DESCRIPTION:Line one\\nline two',
  'DUE:20261210T090000Z',
  'STATUS:COMPLETED',
  'END:VTODO',
  'BEGIN:VTODO',
  'UID:t3',
  'DUE:99991231',
  'END:VTODO',
  'END:VCALENDAR',
].join('\r\n');

describe('to-dos of a calendar file', () => {
  it('reads title, notes, due day and done, unfolding lines and ignoring alarms', () => {
    expect(readIcsTodos(TODOS)).toEqual([
      {
        uid: 't1',
        title: 'Write the release notes, folded',
        notes: '',
        due: '2026-12-14',
        done: false,
        line: 4,
      },
      {
        uid: 't2',
        title: 'Brief support',
        notes: 'Line one\nline two',
        due: '2026-12-10',
        done: true,
        line: 13,
      },
      { uid: 't3', title: 'Untitled to-do', notes: '', due: null, done: false, line: 20 },
    ]);
  });

  it('become custom checklist items after the launch’s own, once, however often the file is imported', () => {
    const launch = makeAnnouncement({ id: 'a1', launchDate: calendarDay('2026-12-20') });
    const existing = [makeChecklistItem({ id: 'i1', parentId: 'a1', order: 4, title: 'Brief support' })];
    let next = 0;
    const items = todosAsChecklistItems(readIcsTodos(TODOS), launch, existing, () => `n${next++}`, NOW);
    expect(
      items.map((item) => [item.title, item.dueDate, item.dueOverridden, item.done, item.order]),
    ).toEqual([
      ['Write the release notes, folded', '2026-12-14', true, false, 5],
      ['Untitled to-do', '2026-12-20', false, false, 6],
    ]);
    expect(items.every((item) => item.custom && item.parentId === 'a1' && item.templateItemId === null)).toBe(
      true,
    );
    expect(
      todosAsChecklistItems(readIcsTodos(TODOS), launch, [...existing, ...items], () => 'x', NOW),
    ).toEqual([]);
  });

  it('reach the preview apart from events, with the reader’s warning naming the first line', () => {
    const messages: IcsPreviewMessage[] = [];
    runIcsPreview(
      { text: TODOS, name: 'tasks.ics', timeZone: 'Europe/London', now: NOW },
      (m) => messages.push(m),
      () => 0,
    );
    const done = messages.find((message) => message.type === 'done');
    expect(done?.type === 'done' && done.result.events).toEqual([]);
    expect(done?.type === 'done' && done.result.todos?.map((todo) => todo.uid)).toEqual(['t1', 't2', 't3']);
    expect(done?.type === 'done' && done.result.warnings.map((w) => w.line)).toEqual([4]);
  });
});

describe('hostile input: to-dos', () => {
  it('reads a to-do that never ends as nothing, and a file without to-dos as none', () => {
    expect(readIcsTodos('BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nSUMMARY:Half\r\n')).toEqual([]);
    expect(readIcsTodos('BEGIN:VCALENDAR\r\nEND:VCALENDAR')).toEqual([]);
  });

  it('cuts a giant title to 1,000 characters and ignores a DUE that is no date', () => {
    const text = `BEGIN:VTODO\r\nSUMMARY:${'x'.repeat(5000)}\r\nDUE:2026-12-AA\r\nEND:VTODO`;
    const [todo] = readIcsTodos(text);
    expect(todo?.title.length).toBe(1000);
    expect(todo?.due).toBeNull();
  });
});
