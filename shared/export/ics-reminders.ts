import type { ChecklistItem } from '../types';
import { escapeIcsText, foldIcsLine } from './ics-text';

/**
 * When a checklist item's calendar entry reminds its owner, if at all: `none` (the default), on
 * the due day, or 1, 2 or 7 days before.
 */
export const ICS_REMINDERS = ['none', '0d', '1d', '2d', '1w'] as const;
export type IcsReminder = (typeof ICS_REMINDERS)[number];

/** The planner-facing name of each choice, for the Export dialog and the CLI help. */
export const REMINDER_LABELS: Record<IcsReminder, string> = {
  none: 'No reminders',
  '0d': 'On the due day',
  '1d': '1 day before',
  '2d': '2 days before',
  '1w': '1 week before',
};

const DAYS_BEFORE: Record<Exclude<IcsReminder, 'none'>, number> = { '0d': 0, '1d': 1, '2d': 2, '1w': 7 };

// All-day items are due "on a day" whose start is midnight: a reminder at midnight wakes nobody, so
// all-day reminders go off at 09:00 (the due day's start plus 9 hours, minus the days before).
const ALL_DAY_REMINDER_HOUR = 9;

/** True when `value` names one of the reminder choices. */
export function isIcsReminder(value: string): value is IcsReminder {
  return (ICS_REMINDERS as readonly string[]).includes(value);
}

// A signed RFC 5545 §3.3.6 duration of whole minutes, e.g. -P1DT15H, PT9H, PT0S.
function icsDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.abs(minutes);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const time = `${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}`;
  if (days === 0 && time === '') return 'PT0S';
  return `${sign}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/**
 * The TRIGGER value of a reminder `reminder` for an item: relative to the due time for timed
 * items, relative to the due day's start (at 09:00) for all-day ones.
 */
export function reminderTrigger(reminder: Exclude<IcsReminder, 'none'>, timed: boolean): string {
  const before = DAYS_BEFORE[reminder] * 1440;
  return icsDuration(timed ? -before : ALL_DAY_REMINDER_HOUR * 60 - before);
}

/**
 * The VALARM lines (RFC 5545 §3.6.6, ACTION:DISPLAY) for a checklist item, or none: no reminder
 * for items already done or whose parent is cancelled, nothing left to remind anyone of. A VTODO
 * has only DUE, so its trigger is related to the end (DUE); a VEVENT's to its start.
 */
export function reminderLines(
  item: ChecklistItem,
  reminder: IcsReminder,
  context: { todo: boolean; parentCancelled: boolean; summary: string },
): string[] {
  if (reminder === 'none' || item.done || context.parentCancelled) return [];
  const related = context.todo ? ';RELATED=END' : '';
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER${related}:${reminderTrigger(reminder, item.dueAt !== null)}`,
    foldIcsLine(`DESCRIPTION:${escapeIcsText(`Due: ${context.summary}`)}`),
    'END:VALARM',
  ];
}
