import { isCalendarDay } from '../calendar-day';
import { isPlannableDay, outOfRangeMessage } from '../plannable-range';
import { MAX_REPEAT_COUNT, MAX_REPEAT_INTERVAL, nthWeekdayName, type Recurrence } from './rule';

export type RepeatChoice = 'none' | 'daily' | 'weekly' | 'monthly-date' | 'monthly-weekday';

/** What the Repeat control of the maintenance form holds, as typed. */
export type RepeatForm = {
  choice: RepeatChoice;
  interval: string;
  weekdays: number[];
  ends: 'never' | 'until' | 'count';
  untilDay: string;
  count: string;
};

export type RepeatResult = { ok: true; value: Recurrence | undefined } | { ok: false; error: string };

/** The control for a window that does not repeat yet, or for an existing rule. */
export function repeatFormFrom(rule: Recurrence | undefined): RepeatForm {
  if (!rule) return { choice: 'none', interval: '1', weekdays: [], ends: 'never', untilDay: '', count: '12' };
  const choice: RepeatChoice = rule.freq === 'monthly' ? `monthly-${rule.monthlyBy}` : rule.freq;
  return {
    choice,
    interval: String(rule.interval),
    weekdays: rule.weekdays,
    ends: rule.ends.kind,
    untilDay: rule.ends.kind === 'until' ? rule.ends.day : '',
    count: rule.ends.kind === 'count' ? String(rule.ends.count) : '12',
  };
}

function weekdayOfLocal(startLocal: string): { date: number; weekday: number } | null {
  const day = startLocal.slice(0, 10);
  if (!isCalendarDay(day)) return null;
  const at = new Date(`${day}T00:00:00Z`);
  return { date: at.getUTCDate(), weekday: at.getUTCDay() };
}

/**
 * The words of each choice for a start, as the Repeat select shows them: "Monthly on day 9",
 * "Monthly on the 2nd Tuesday". Without a readable start, the generic words.
 */
export function repeatChoiceLabels(startLocal: string): Record<RepeatChoice, string> {
  const start = weekdayOfLocal(startLocal);
  return {
    none: 'Does not repeat',
    daily: 'Daily',
    weekly: 'Weekly',
    'monthly-date': start ? `Monthly on day ${start.date}` : 'Monthly on the same day',
    'monthly-weekday': start
      ? `Monthly on the ${nthWeekdayName(start.date, start.weekday)}`
      : 'Monthly on the same weekday',
  };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\s*\d{1,6}\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/**
 * Checks the Repeat control against the window's start (`yyyy-MM-ddTHH:mm` in its zone): every N
 * from 1 to 99, an end day in the plannable range and not before the start, a count from 1 to
 * 1,000. "Does not repeat" gives no rule. Errors are one sentence for the control.
 */
export function recurrenceFromForm(form: RepeatForm, startLocal: string): RepeatResult {
  if (form.choice === 'none') return { ok: true, value: undefined };
  const interval = wholeNumber(form.interval, 1, MAX_REPEAT_INTERVAL);
  if (interval === null) return { ok: false, error: `Repeat every 1 to ${MAX_REPEAT_INTERVAL}.` };
  let ends: Recurrence['ends'] = { kind: 'never' };
  if (form.ends === 'until') {
    const day = form.untilDay.trim();
    if (!isCalendarDay(day)) return { ok: false, error: 'Pick the day the repeats end.' };
    if (!isPlannableDay(day)) return { ok: false, error: outOfRangeMessage(day) };
    if (day < startLocal.slice(0, 10))
      return { ok: false, error: 'The repeats cannot end before the first window.' };
    ends = { kind: 'until', day };
  } else if (form.ends === 'count') {
    const count = wholeNumber(form.count, 1, MAX_REPEAT_COUNT);
    if (count === null)
      return { ok: false, error: `End after 1 to ${MAX_REPEAT_COUNT.toLocaleString('en-GB')} windows.` };
    ends = { kind: 'count', count };
  }
  const freq = form.choice === 'daily' ? 'daily' : form.choice === 'weekly' ? 'weekly' : 'monthly';
  const start = weekdayOfLocal(startLocal);
  // The start's own weekday always repeats, so the first window is never the odd one out.
  const weekdays =
    freq === 'weekly' && start ? [...new Set([start.weekday, ...form.weekdays])].sort((a, b) => a - b) : [];
  const monthlyBy = form.choice === 'monthly-weekday' ? 'weekday' : 'date';
  return { ok: true, value: { freq, interval, weekdays, monthlyBy, ends } };
}
