import type { Announcement, CalendarDay, ChecklistItem, MaintenanceWindow, Person } from '../types';
import type { Conflict } from './conflict';
import { ConflictLedger } from './conflict-ledger';
import { memoLaunchSpan, type ConflictMemo } from './conflict-memo';
import type { FindConflictsInput } from './find-conflicts';
import { ItemConflicts, type ItemContext } from './item-conflict-state';
import {
  disruptiveSpan,
  disruptiveWindows,
  launchConflicts,
  launchMeetsWindow,
  type DisruptiveWindows,
} from './launch-during-maintenance';
import { MajorsIndex } from './majors-index';
import { overlappingMaintenance } from './overlapping-maintenance';
import { diffRows } from './row-diff';

type Parent = Announcement | MaintenanceWindow;
type Rank = 1 | 2 | 3 | undefined;

/** Everything the last incremental run was built from and found, rule by rule. */
export type PlanConflictState = {
  announcements: readonly Announcement[];
  windows: readonly MaintenanceWindow[];
  items: readonly ChecklistItem[];
  zone: string;
  businessDaysOnly: boolean;
  maxPerDay: number;
  today: CalendarDay;
  people: readonly Person[] | undefined;
  names: Map<string, string>;
  rankSource: object;
  ranks: WeakMap<Announcement, Rank>;
  parents: Map<string, Parent>;
  itemIds: Set<string>;
  ledger: ConflictLedger;
  itemConflicts: ItemConflicts;
  majors: MajorsIndex;
  disruptive: DisruptiveWindows;
  overlapping: Conflict[];
  launches: Map<Announcement, Conflict[]>;
};

function emptyState(input: FindConflictsInput): PlanConflictState {
  const ledger = new ConflictLedger();
  return {
    announcements: [],
    windows: [],
    items: [],
    zone: input.settings.timeZone,
    businessDaysOnly: input.settings.businessDaysOnly,
    maxPerDay: input.settings.maxItemsPerPersonPerDay,
    today: input.today,
    people: undefined,
    names: new Map(),
    rankSource: input.tierRankSource ?? input.tierRankOf,
    ranks: new WeakMap(),
    parents: new Map(),
    itemIds: new Set(),
    ledger,
    itemConflicts: new ItemConflicts(ledger),
    majors: new MajorsIndex(ledger),
    disruptive: disruptiveWindows([]),
    overlapping: [],
    launches: new Map(),
  };
}

/**
 * `findConflicts(input)` brought up to date from the memo's last run: the rows that changed since
 * (by identity) are judged again, with the buckets, pairs and windows they touch, and the sorted
 * list is patched by key. The same array comes back when no conflict changed. Null, and the
 * memo's last run forgotten, when two records share an id (a damaged store): then which duplicate
 * speaks for a conflict depends on input order, which only the plain pass reproduces.
 */
export function updateConflicts(input: FindConflictsInput, memo: ConflictMemo): Conflict[] | null {
  const state = memo.plan ?? emptyState(input);
  memo.plan = null;
  const announcements = diffRows(state.announcements, input.announcements);
  const windows = diffRows(state.windows, input.windows);
  const items = diffRows(state.items, input.items);
  const changedParents = new Set<string>();
  for (const parent of [...announcements.removed, ...windows.removed]) {
    state.parents.delete(parent.id);
    changedParents.add(parent.id);
  }
  for (const parent of [...announcements.added, ...windows.added]) {
    if (state.parents.has(parent.id)) return null;
    state.parents.set(parent.id, parent);
    changedParents.add(parent.id);
  }
  for (const item of items.removed) state.itemIds.delete(item.id);
  for (const item of items.added) {
    if (state.itemIds.has(item.id)) return null;
    state.itemIds.add(item.id);
  }

  const { settings, today } = input;
  const zoneChanged = settings.timeZone !== state.zone;
  const verdictsChanged = today !== state.today || settings.businessDaysOnly !== state.businessDaysOnly;
  const bucketsChanged =
    !Object.is(settings.maxItemsPerPersonPerDay, state.maxPerDay) || input.people !== state.people;
  const rankSource = input.tierRankSource ?? input.tierRankOf;
  const ranksChanged = rankSource !== state.rankSource;
  const names =
    input.people === state.people
      ? state.names
      : new Map((input.people ?? []).map((person) => [person.id, person.name]));
  Object.assign(state, {
    announcements: input.announcements,
    windows: input.windows,
    items: input.items,
    zone: settings.timeZone,
    businessDaysOnly: settings.businessDaysOnly,
    maxPerDay: settings.maxItemsPerPersonPerDay,
    today,
    people: input.people,
    names,
    rankSource,
    ranks: ranksChanged ? new WeakMap() : state.ranks,
  });

  updateItems(state, memo, items, changedParents, verdictsChanged, bucketsChanged);
  updateWindows(state, windows.removed.length + windows.added.length > 0 || zoneChanged);
  updateLaunches(state, memo, announcements, zoneChanged ? null : [...windows.removed, ...windows.added]);
  updateMajors(state, input, announcements, ranksChanged);
  memo.plan = state;
  return state.ledger.commit();
}

function updateItems(
  state: PlanConflictState,
  memo: ConflictMemo,
  items: { removed: ChecklistItem[]; added: ChecklistItem[] },
  changedParents: ReadonlySet<string>,
  verdictsChanged: boolean,
  bucketsChanged: boolean,
): void {
  const { itemConflicts } = state;
  const context: ItemContext = {
    parents: state.parents,
    today: state.today,
    businessDaysOnly: state.businessDaysOnly,
    maxPerDay: state.maxPerDay,
    names: state.names,
    memo,
  };
  for (const item of items.removed) itemConflicts.remove(item);
  for (const item of items.added) itemConflicts.add(item);
  // A parent's title is in its items' messages and its status decides whether they count at all.
  const dirty = new Set<ChecklistItem>(verdictsChanged ? state.items : items.added);
  if (!verdictsChanged) {
    for (const id of changedParents) for (const item of itemConflicts.childrenOf(id)) dirty.add(item);
  }
  for (const item of dirty) itemConflicts.judge(item, context);
  if (bucketsChanged) itemConflicts.touchAllBuckets();
  itemConflicts.settle(context);
}

function updateWindows(state: PlanConflictState, changed: boolean): void {
  if (!changed) return;
  // A few hundred windows at most: the window-only rule runs whole when any of them changes.
  for (const conflict of state.overlapping) state.ledger.remove(conflict);
  state.overlapping = overlappingMaintenance(state.windows, state.zone);
  for (const conflict of state.overlapping) state.ledger.add(conflict);
  state.disruptive = disruptiveWindows(state.windows);
}

/**
 * Each announcement's launch-during-maintenance conflicts, judged again for the announcements
 * that changed and for those a changed window meets, in its old or its new version; all of them
 * when `changedWindows` is null (the zone changed, so every launch's span did).
 */
function updateLaunches(
  state: PlanConflictState,
  memo: ConflictMemo,
  announcements: { removed: Announcement[]; added: Announcement[] },
  changedWindows: readonly MaintenanceWindow[] | null,
): void {
  const { launches, ledger } = state;
  const spanOf = memoLaunchSpan(memo);
  const withdraw = (announcement: Announcement) => {
    for (const conflict of launches.get(announcement) ?? []) ledger.remove(conflict);
    launches.delete(announcement);
  };
  for (const announcement of announcements.removed) withdraw(announcement);
  const dirty = new Set(announcements.added);
  const spans = (changedWindows ?? []).flatMap((window) => disruptiveSpan(window) ?? []);
  if (changedWindows === null || spans.length > 0) {
    // A cheap test per launch (its span is memoised) instead of judging every launch again.
    for (const announcement of state.announcements) {
      if (announcement.status === 'cancelled') continue;
      const span = spanOf(announcement, state.zone);
      if (!span) continue;
      if (changedWindows === null || spans.some(({ start, end }) => launchMeetsWindow(span, start, end)))
        dirty.add(announcement);
    }
  }
  for (const announcement of dirty) {
    withdraw(announcement);
    const conflicts = launchConflicts(announcement, state.disruptive, state.zone, spanOf);
    if (conflicts.length === 0) continue;
    launches.set(announcement, conflicts);
    for (const conflict of conflicts) ledger.add(conflict);
  }
}

function updateMajors(
  state: PlanConflictState,
  input: FindConflictsInput,
  announcements: { removed: Announcement[]; added: Announcement[] },
  ranksChanged: boolean,
): void {
  const { ranks, majors } = state;
  const rankOf = (announcement: Announcement): Rank => {
    if (ranks.has(announcement)) return ranks.get(announcement);
    const rank = input.tierRankOf(announcement);
    ranks.set(announcement, rank);
    return rank;
  };
  if (ranksChanged) majors.clear();
  else for (const announcement of announcements.removed) majors.remove(announcement);
  for (const announcement of ranksChanged ? state.announcements : announcements.added) {
    majors.add(announcement, rankOf);
  }
}
