import type {
  Announcement,
  ChecklistItem,
  MaintenanceWindow,
  Person,
  Settings,
  TemplateSet,
  WindowOccurrence,
} from '../types';
import { sameStoredValue, stableArray, type RestoreMemo } from './restore-memo';

/** The stores of a plan database, as a restore step names them. */
export type PlanTable =
  | 'announcements'
  | 'checklistItems'
  | 'maintenanceWindows'
  | 'templateSets'
  | 'settings'
  | 'people'
  | 'windowOccurrences';

/** What came out of storage, unchecked: any row may be anything. */
export type RawPlanRows = {
  announcements: readonly unknown[];
  checklistItems: readonly unknown[];
  maintenanceWindows: readonly unknown[];
  templateSets: readonly unknown[];
  settings: unknown;
  /** Schema version 2; absent is read as nobody. */
  people?: readonly unknown[];
  /** Schema version 5: changed occurrences of repeating windows; absent is read as none. */
  windowOccurrences?: readonly unknown[];
};

/** A stored row that can not be shown, with what is wrong in words a planner can act on. */
export type DamagedRecord = {
  table: PlanTable;
  /** The row's key as stored; rows with no usable id are keyed by position (`#3`). */
  key: string;
  /** A name a person recognises: the title when the row still has one. */
  label: string;
  problems: string[];
  /** The row exactly as it was stored, for download and repair. */
  row: unknown;
};

/** The plan the app may safely render, and the rows set aside. */
export type RestoredPlan = {
  announcements: Announcement[];
  windows: MaintenanceWindow[];
  items: ChecklistItem[];
  templateSets: TemplateSet[];
  people: Person[];
  /** The changed occurrences of repeating windows in the plan (issue 11). */
  occurrences: WindowOccurrence[];
  /** The stored settings, or `fallbackSettings` when they are missing or damaged. */
  settings: Settings;
  damaged: DamagedRecord[];
};

const TABLE_NOUNS: Record<PlanTable, string> = {
  announcements: 'Announcement',
  checklistItems: 'Checklist item',
  maintenanceWindows: 'Maintenance window',
  templateSets: 'Template set',
  settings: 'Settings',
  people: 'Person',
  windowOccurrences: 'Changed occurrence',
};

function field(row: unknown, name: string): unknown {
  return typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[name] : undefined;
}

function keyOf(row: unknown, index: number): string {
  const id = field(row, 'id');
  return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

function labelOf(table: PlanTable, row: unknown, key: string): string {
  const title = field(row, 'title') ?? field(row, 'name');
  const name = typeof title === 'string' && title.trim() !== '' ? `“${title.trim().slice(0, 80)}”` : key;
  return `${TABLE_NOUNS[table]} ${name}`;
}

/**
 * What is wrong with a stored row of `table`, in words a planner can act on; empty when it passes.
 * shared/restore/schema-check.ts has the backup schemas' verdict; the start-up read passes a check
 * that answers without zod and throws when it can not vouch for a row (issue 13).
 */
export type RowCheck = (table: PlanTable, row: unknown) => readonly string[];

type Checked<T> = { healthy: T[]; damaged: DamagedRecord[] };

/**
 * Checks each row with `check`. A healthy row is returned as it was stored (the same object, so
 * memoised views keep their references); a failing one is set aside with its problems.
 */
function checkRows<T>(
  table: PlanTable,
  rows: readonly unknown[],
  check: RowCheck,
  memo: RestoreMemo | undefined,
): Checked<T> {
  const last = memo?.verdicts.get(table);
  if (last && last.rows === rows) return last.verdict as Checked<T>;
  const passed = memo?.healthy.get(table);
  const edited = last && passed ? recheckEdited<T>(table, rows, last, check, passed) : null;
  if (edited) {
    const verdict = { healthy: stableArray(memo, table, edited), damaged: [] };
    memo?.verdicts.set(table, { rows, verdict });
    return verdict;
  }
  const healthy: T[] = [];
  const damaged: DamagedRecord[] = [];
  const nowPassed = new Map<string, unknown>();
  rows.forEach((row, index) => {
    const key = keyOf(row, index);
    // A row equal to one that passed last time passes again: the earlier object is handed back.
    const before = passed?.get(key);
    if (before !== undefined && sameStoredValue(before, row)) {
      healthy.push(before as T);
      nowPassed.set(key, before);
      return;
    }
    const problems = check(table, row);
    if (problems.length === 0) {
      healthy.push(row as T);
      nowPassed.set(key, row);
    } else damaged.push({ table, key, label: labelOf(table, row, key), problems: [...problems], row });
  });
  memo?.healthy.set(table, nowPassed);
  const verdict = { healthy: stableArray(memo, table, healthy), damaged };
  memo?.verdicts.set(table, { rows, verdict });
  return verdict;
}

/**
 * The healthy rows when `rows` is the last checked array with a few rows edited in place (a write
 * that changed some rows, as the live plan patches them in): only those are looked at, not the
 * other 10,000 (issue 13). Null when that is not so (a row added, removed or damaged, now or last
 * time): the full pass decides.
 */
function recheckEdited<T>(
  table: PlanTable,
  rows: readonly unknown[],
  last: { rows: readonly unknown[]; verdict: unknown },
  check: RowCheck,
  passed: Map<string, unknown>,
): T[] | null {
  const before = last.rows;
  const verdict = last.verdict as Checked<T>;
  if (rows.length !== before.length || verdict.damaged.length > 0) return null;
  // With nothing damaged, the healthy rows are the rows, in the same places.
  const healthy = verdict.healthy.slice();
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    if (row === before[index]) continue;
    const key = keyOf(row, index);
    if (key !== keyOf(before[index], index)) return null;
    const earlier = passed.get(key);
    if (earlier !== undefined && sameStoredValue(earlier, row)) healthy[index] = earlier as T;
    else if (check(table, row).length > 0) return null;
    else {
      healthy[index] = row as T;
      passed.set(key, row);
    }
  }
  return healthy;
}

function setAside(table: PlanTable, row: { id: string }, problem: string): DamagedRecord {
  return { table, key: row.id, label: labelOf(table, row, row.id), problems: [problem], row };
}

/**
 * The restore step every read of the plan goes through (Excalidraw's restore-on-load, for a
 * database): each stored row is checked with the same schemas that check a backup, plus the links
 * between rows an individual schema can't see (an announcement's tier must exist in its template
 * set; a checklist item's announcement or window must be in the plan; a changed occurrence's series
 * must be in the plan and repeat). Whatever fails is set aside
 * and reported, never rendered: one bad value must not take the whole calendar down with it.
 * Missing or damaged settings fall back to `fallbackSettings` (reported, not written). Rows are
 * checked with `check` (the backup schemas' verdict: shared/restore/schema-check.ts). The stored
 * rows are not changed. With a `memo` kept between reads, a row equal to one that passed before
 * is not checked again and comes back as the earlier object, and an array whose elements are all
 * unchanged comes back as the earlier array (issue 13: one write must not rebuild every view);
 * a table handed in as the very array of the previous read is not walked at all.
 */
export function restorePlan(
  raw: RawPlanRows,
  fallbackSettings: Settings,
  check: RowCheck,
  memo?: RestoreMemo,
): RestoredPlan {
  const sets = checkRows<TemplateSet>('templateSets', raw.templateSets, check, memo);
  const announcements = checkRows<Announcement>('announcements', raw.announcements, check, memo);
  const windows = checkRows<MaintenanceWindow>('maintenanceWindows', raw.maintenanceWindows, check, memo);
  const items = checkRows<ChecklistItem>('checklistItems', raw.checklistItems, check, memo);
  // An owner id no shown person has reads as nobody (exports and views look names up), so a
  // damaged person sets aside only the person, never what they own.
  const people = checkRows<Person>('people', raw.people ?? [], check, memo);
  const damaged = [
    ...sets.damaged,
    ...announcements.damaged,
    ...windows.damaged,
    ...items.damaged,
    ...people.damaged,
  ];

  const tiersBySet = new Map(sets.healthy.map((set) => [set.id, new Set(set.tiers.map((tier) => tier.key))]));
  const shownAnnouncements = announcements.healthy.filter((announcement) => {
    const tiers = tiersBySet.get(announcement.templateSetId);
    if (!tiers) {
      damaged.push(
        setAside(
          'announcements',
          announcement,
          `its template set “${announcement.templateSetId}” is not in the plan (or could not be shown)`,
        ),
      );
      return false;
    }
    if (!tiers.has(announcement.tierKey)) {
      damaged.push(
        setAside(
          'announcements',
          announcement,
          `its tier “${announcement.tierKey}” is not a tier of template set “${announcement.templateSetId}”`,
        ),
      );
      return false;
    }
    return true;
  });

  const parents = new Map<string, 'announcement' | 'maintenance'>();
  for (const announcement of shownAnnouncements) parents.set(announcement.id, 'announcement');
  for (const window of windows.healthy) parents.set(window.id, 'maintenance');
  const shownItems = items.healthy.filter((item) => {
    if (parents.get(item.parentId) === item.parentKind) return true;
    damaged.push(
      setAside(
        'checklistItems',
        item,
        `it belongs to ${item.parentKind === 'announcement' ? 'an announcement' : 'a window'} “${item.parentId}” that is not in the plan (or could not be shown)`,
      ),
    );
    return false;
  });

  // A changed occurrence that fails its schema, or whose series is gone or no longer repeats, is
  // reported like any other row (the calendar already falls back to the series' own time for it).
  const occurrences = checkRows<WindowOccurrence>(
    'windowOccurrences',
    raw.windowOccurrences ?? [],
    check,
    memo,
  );
  // Named by its series' title and day when it still has them: an id of a series and an instant means little.
  // Labelled on copies: the memo may hand the same records back after the window is renamed.
  const titles = new Map(windows.healthy.map((window) => [window.id, window.title]));
  for (const record of occurrences.damaged) {
    const title = titles.get(String(field(record.row, 'seriesId')));
    const day = field(record.row, 'originalStart');
    damaged.push(
      title !== undefined && typeof day === 'string'
        ? { ...record, label: `Changed occurrence of “${title.trim().slice(0, 80)}” on ${day.slice(0, 10)}` }
        : record,
    );
  }
  const series = new Map(windows.healthy.map((window) => [window.id, window.recurrence !== undefined]));
  const shownOccurrences = occurrences.healthy.filter((row) => {
    const repeats = series.get(row.seriesId);
    if (repeats === true) return true;
    damaged.push(
      setAside(
        'windowOccurrences',
        row,
        repeats === false
          ? `its window “${row.seriesId}” no longer repeats`
          : `it belongs to a repeating window “${row.seriesId}” that is not in the plan (or could not be shown)`,
      ),
    );
    return false;
  });

  let settings = fallbackSettings;
  const settingsBefore = memo?.healthy.get('settings')?.get('settings');
  if (settingsBefore !== undefined && sameStoredValue(settingsBefore, raw.settings))
    settings = settingsBefore as Settings;
  else if (raw.settings !== undefined) {
    const problems = check('settings', raw.settings);
    if (problems.length === 0) {
      settings = raw.settings as Settings;
      memo?.healthy.set('settings', new Map([['settings', settings]]));
    } else
      damaged.push({
        table: 'settings',
        key: 'settings',
        label: 'Settings',
        problems: [...problems],
        row: raw.settings,
      });
  }

  return {
    announcements: stableArray(memo, 'shownAnnouncements', shownAnnouncements),
    windows: windows.healthy,
    items: stableArray(memo, 'shownItems', shownItems),
    templateSets: sets.healthy,
    people: people.healthy,
    occurrences: stableArray(memo, 'shownOccurrences', shownOccurrences),
    settings,
    damaged,
  };
}
