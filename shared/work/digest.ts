import type { CalendarDay } from '../types';
import { plural } from '../plural';
import type { WorkRow } from './work-rows';

/** What the morning digest says: open items of one person due today and overdue. */
export type Digest = { dueToday: number; overdue: number; title: string; body: string };

/**
 * The daily digest for the owner `meKey`: open items due `today` and open items due before it,
 * as "3 items due today, 2 overdue". Null when neither count is above zero: a notification that
 * says "nothing" teaches people to ignore the ones that matter.
 */
export function dailyDigest(rows: readonly WorkRow[], meKey: string, today: CalendarDay): Digest | null {
  let dueToday = 0;
  let overdue = 0;
  for (const row of rows) {
    if (row.status !== 'open' || row.owner?.key !== meKey) continue;
    if (row.dueDate === today) dueToday += 1;
    else if (row.dueDate < today) overdue += 1;
  }
  if (dueToday === 0 && overdue === 0) return null;
  return {
    dueToday,
    overdue,
    title: 'Tierline: your work today',
    body: `${plural(dueToday, 'item')} due today, ${overdue} overdue`,
  };
}

/**
 * Whether the digest should be offered now: reminders are on, the planner said who they are,
 * and it has not been shown (or found empty) on `today` already. At most once a day, whatever
 * the number of starts, reloads or windows.
 */
export function digestDue(state: {
  remindersOn: boolean;
  meKey: string | null;
  lastDigestDay: CalendarDay | null;
  today: CalendarDay;
}): boolean {
  return (
    state.remindersOn && state.meKey !== null && state.meKey !== '' && state.lastDigestDay !== state.today
  );
}
