import type { Announcement, CalendarDay, ChecklistItem, MaintenanceWindow, Person, Settings } from '../types';
import { personOverloaded, type ItemLabel } from './checklist-rules';
import { quoted, type Conflict } from './conflict';
import { compareConflicts } from './conflict-ledger';
import { memoLaunchSpan, rowLocalItemConflicts, type ConflictMemo } from './conflict-memo';
import { updateConflicts } from './incremental-conflicts';
import { launchDuringMaintenance } from './launch-during-maintenance';
import { majorsTooClose } from './majors-too-close';
import { overlappingMaintenance } from './overlapping-maintenance';

export type FindConflictsInput = {
  announcements: Announcement[];
  windows: MaintenanceWindow[];
  items: ChecklistItem[];
  tierRankOf: (announcement: Announcement) => 1 | 2 | 3 | undefined;
  /**
   * What `tierRankOf` reads (the template sets). While the same object is handed in, a memo asks
   * `tierRankOf` about each announcement object once; without it, for as long as `tierRankOf`
   * itself is the same function.
   */
  tierRankSource?: object;
  settings: Pick<Settings, 'timeZone' | 'businessDaysOnly' | 'maxItemsPerPersonPerDay'>;
  today: CalendarDay;
  /** Names overloaded people; an assignee not listed is "Someone". */
  people?: readonly Person[];
  /** Kept between runs over successive versions of one plan, so unchanged rows are not judged again. */
  memo?: ConflictMemo;
};

/**
 * Every warning the plan deserves, from all the rules: launches during or right after disruptive
 * maintenance, overlapping windows on a service, major launches within a week, overloaded
 * people, overdue items and weekend due dates (business days only). Cancelled announcements and
 * windows never conflict, nor do done items or items belonging to something cancelled. Keys are
 * unique and independent of input order; the list is sorted by day, then kind, then key. With a
 * memo the result is the same as without; only the work differs: the memo's last answer is
 * brought up to date from the rows that changed (by identity), and when no conflict changed the
 * very array of the last call comes back.
 */
export function findConflicts(input: FindConflictsInput): Conflict[] {
  const { announcements, windows, items, tierRankOf, settings, today, memo } = input;
  const incremental = memo ? updateConflicts(input, memo) : null;
  if (incremental) return incremental;
  const parentTitles = new Map<string, { title: string; cancelled: boolean }>();
  for (const announcement of announcements) {
    parentTitles.set(announcement.id, {
      title: announcement.title,
      cancelled: announcement.status === 'cancelled',
    });
  }
  for (const window of windows) {
    parentTitles.set(window.id, { title: window.title, cancelled: window.status === 'cancelled' });
  }
  const names = new Map((input.people ?? []).map((person) => [person.id, person.name]));
  const liveItems = items.filter((item) => !item.done && parentTitles.get(item.parentId)?.cancelled !== true);
  const label: ItemLabel = (item) => {
    const parent = parentTitles.get(item.parentId);
    return parent ? `${quoted(item.title)} for ${quoted(parent.title)}` : quoted(item.title);
  };

  const { overdue, weekend } = rowLocalItemConflicts(
    liveItems,
    today,
    settings.businessDaysOnly,
    (item) => parentTitles.get(item.parentId)?.title,
    label,
    memo,
  );

  const all = [
    ...launchDuringMaintenance(announcements, windows, settings.timeZone, memoLaunchSpan(memo)),
    ...overlappingMaintenance(windows, settings.timeZone),
    ...majorsTooClose(announcements, tierRankOf),
    ...personOverloaded(liveItems, settings.maxItemsPerPersonPerDay, (id) => names.get(id) ?? ''),
    ...overdue,
    ...weekend,
  ];
  // The same record listed twice must not show the same warning twice.
  const unique = new Map<string, Conflict>();
  for (const conflict of all) if (!unique.has(conflict.key)) unique.set(conflict.key, conflict);
  return [...unique.values()].sort(compareConflicts);
}
