import { newChecklistItem } from '../checklist/new-item';
import { isCalendarDay } from '../calendar-day';
import { isPlannableDay } from '../plannable-range';
import type { Announcement, CalendarDay, ChecklistItem, Instant } from '../types';
import { unescapeIcsText } from './ics-values';

/** One VTODO of a calendar file, read for the import preview (issue 11). */
export type ImportedTodo = {
  uid: string;
  title: string;
  notes: string;
  /** The day of its DUE, when it has one in the plannable range. */
  due: CalendarDay | null;
  done: boolean;
  /** The line its BEGIN:VTODO is on. */
  line: number;
};

// The longest title a checklist item may have (renderer/db/checklist-repo.ts MAX_CUSTOM_TITLE).
const MAX_TITLE = 1000;
const MAX_TODOS = 5_000;

function dueDay(value: string): CalendarDay | null {
  const digits = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (!digits) return null;
  const day = `${digits[1]}-${digits[2]}-${digits[3]}`;
  return isCalendarDay(day) && isPlannableDay(day) ? day : null;
}

/**
 * The to-dos (VTODO) of a calendar text, in file order, at most 5,000: title (SUMMARY, one line),
 * notes (DESCRIPTION), the day of DUE when it is a plannable day, done when STATUS is COMPLETED.
 * Folded lines are unfolded; alarms and other sub-components inside a to-do are ignored. Never throws.
 */
export function readIcsTodos(text: string): ImportedTodo[] {
  if (!/BEGIN:VTODO/i.test(text)) return [];
  const todos: ImportedTodo[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let current: (ImportedTodo & { depth: number }) | null = null;
  for (let index = 0; index < lines.length && todos.length < MAX_TODOS; index++) {
    let line = lines[index] ?? '';
    // RFC 5545 §3.1: a line starting with a space or tab continues the one before.
    while (/^[ \t]/.test(lines[index + 1] ?? '')) line += (lines[++index] ?? '').slice(1);
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = (line.slice(0, colon).split(';')[0] ?? '').trim().toUpperCase();
    const value = line.slice(colon + 1);
    if (name === 'BEGIN' && value.trim().toUpperCase() === 'VTODO') {
      current = { uid: '', title: '', notes: '', due: null, done: false, line: index + 1, depth: 0 };
    } else if (!current) {
      continue;
    } else if (name === 'END' && value.trim().toUpperCase() === 'VTODO') {
      const { uid, title, notes, due, done, line: at } = current;
      todos.push({ uid, title: title || 'Untitled to-do', notes, due, done, line: at });
      current = null;
    } else if (name === 'BEGIN') current.depth++;
    else if (name === 'END') current.depth = Math.max(0, current.depth - 1);
    else if (current.depth > 0) continue;
    else if (name === 'UID') current.uid = unescapeIcsText(value).trim();
    else if (name === 'SUMMARY')
      current.title = unescapeIcsText(value).replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
    else if (name === 'DESCRIPTION') current.notes = unescapeIcsText(value).trim();
    else if (name === 'DUE') current.due = dueDay(value);
    else if (name === 'STATUS') current.done = value.trim().toUpperCase() === 'COMPLETED';
  }
  return todos;
}

/**
 * The to-dos as checklist items of `launch`, after the items it has (`order` continues theirs):
 * custom items of the Other channel, due on their DUE day or else the launch day, their due date
 * set by hand when the file gave one (so moving the launch leaves it). A to-do whose title the
 * launch's checklist already has is left out, so importing the same file twice adds nothing.
 */
export function todosAsChecklistItems(
  todos: readonly ImportedTodo[],
  launch: Announcement,
  existing: readonly ChecklistItem[],
  newId: () => string,
  now: Instant,
): ChecklistItem[] {
  const titles = new Set(existing.map((item) => item.title));
  let order = existing.reduce((max, item) => Math.max(max, item.order), -1);
  const items: ChecklistItem[] = [];
  for (const todo of todos) {
    if (titles.has(todo.title)) continue;
    titles.add(todo.title);
    items.push(
      newChecklistItem(
        {
          id: newId(),
          parentId: launch.id,
          parentKind: 'announcement',
          title: todo.title,
          channel: 'other',
          team: 'Marketing',
          dueDate: todo.due ?? launch.launchDate,
          dueOverridden: todo.due !== null,
          done: todo.done,
          doneAt: todo.done ? now : null,
          notes: todo.notes,
          custom: true,
          order: ++order,
        },
        now,
      ),
    );
  }
  return items;
}
