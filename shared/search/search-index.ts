import { tierNameOf } from '../export/context';
import type {
  Announcement,
  CalendarDay,
  ChecklistItem,
  MaintenanceWindow,
  Person,
  TemplateSet,
} from '../types';
import { instantToLocal, localDay } from '../zoned-time';
import { foldText, wordHaystack } from './fold';
import { peopleById } from '../people/names';
import { ownerNames } from './owner-words';
import { buildWordIndex, type WordIndex } from './word-index';

export type SearchKind = 'announcement' | 'maintenance' | 'checklist';

/** A searchable text besides the title, named so a result can say where it matched. */
export type SearchField = 'summary' | 'notes' | 'owner' | 'services' | 'tier' | 'channel';

/** One record as search sees it: what to show, where it lives on the calendar, and its words. */
export type SearchEntry = {
  kind: SearchKind;
  id: string;
  /** A checklist item's announcement or window; null for announcements and windows. */
  parent: { kind: 'announcement' | 'maintenance'; id: string; title: string } | null;
  title: string;
  /** The day the calendar shows it on: launch day, window start (planner's zone), due day. */
  day: CalendarDay;
  /** `HH:mm` when the record has a time of day, so a week or day view can scroll to it. */
  time: string | null;
  details: { field: SearchField; text: string }[];
  /** Folded title, for a stable alphabetical tie-break. */
  sortTitle: string;
  titleWords: string;
  /** Every searchable word, title included (see wordHaystack). */
  allWords: string;
};

/** What the index is built from: the plan's records and the context that names them. */
export type SearchPlan = {
  announcements: readonly Announcement[];
  windows: readonly MaintenanceWindow[];
  items: readonly ChecklistItem[];
  templateSets: TemplateSet[];
  /** The planner's zone: windows are placed on the day they start there. */
  timeZone: string;
  /** Everyone owners point at: records are found by their owners' current names. */
  people: readonly Pick<Person, 'id' | 'name'>[];
};

/** The searchable form of a whole plan: its entries, in no particular order, and their words. */
export type SearchIndex = { entries: readonly SearchEntry[]; words: WordIndex };

type Memo = { context: string; entry: SearchEntry };

function entryOf(base: Omit<SearchEntry, 'sortTitle' | 'titleWords' | 'allWords'>): SearchEntry {
  const titleWords = wordHaystack([base.title]);
  return {
    ...base,
    sortTitle: foldText(base.title),
    titleWords,
    allWords: titleWords + wordHaystack(base.details.map((detail) => detail.text)),
  };
}

function details(pairs: [SearchField, string | readonly string[]][]): SearchEntry['details'] {
  return pairs
    .map(([field, value]) => ({ field, text: typeof value === 'string' ? value : value.join(', ') }))
    .filter((detail) => detail.text.trim() !== '');
}

/**
 * A search indexer that remembers each record's entry by object identity (plus the context its
 * entry reads, such as its parent's title or the zone), so re-indexing after one change re-reads
 * one record and re-uses the rest. The plan reader keeps unchanged rows' objects between reads,
 * which is what makes this cheap. Create one per window; the memo holds records only weakly.
 */
export function createSearchIndexer(): (plan: SearchPlan) => SearchIndex {
  const memo = new WeakMap<object, Memo>();
  const remember = (record: object, context: string, build: () => SearchEntry): SearchEntry => {
    const hit = memo.get(record);
    if (hit && hit.context === context) return hit.entry;
    const entry = build();
    memo.set(record, { context, entry });
    return entry;
  };

  return (plan) => {
    const nameOf = peopleById(plan.people);
    const entries: SearchEntry[] = [];
    const tierNames = new Map<string, string>();
    const announcements = new Map<string, Announcement>();
    for (const announcement of plan.announcements) {
      const tier = tierNameOf(announcement, plan.templateSets);
      const owners = ownerNames({ kind: 'announcement', record: announcement }, nameOf);
      tierNames.set(announcement.id, tier);
      announcements.set(announcement.id, announcement);
      const context = [tier, ...owners].join('\u0000');
      entries.push(
        remember(announcement, context, () =>
          entryOf({
            kind: 'announcement',
            id: announcement.id,
            parent: null,
            title: announcement.title,
            day: announcement.launchDate,
            time: announcement.launchTime,
            details: details([
              ['summary', announcement.summary],
              ['owner', owners],
              ['tier', tier],
            ]),
          }),
        ),
      );
    }
    const windows = new Map<string, MaintenanceWindow>();
    for (const window of plan.windows) {
      windows.set(window.id, window);
      const owners = ownerNames({ kind: 'maintenance', record: window }, nameOf);
      const context = [plan.timeZone, ...owners].join('\u0000');
      entries.push(
        remember(window, context, () => {
          const local = instantToLocal(window.start, plan.timeZone);
          return entryOf({
            kind: 'maintenance',
            id: window.id,
            parent: null,
            title: window.title,
            day: localDay(local),
            time: local.slice(11, 16),
            details: details([
              ['notes', window.notes],
              ['owner', owners],
              ['services', window.services],
            ]),
          });
        }),
      );
    }
    for (const item of plan.items) {
      const announcement = announcements.get(item.parentId);
      const parentTitle = announcement?.title ?? windows.get(item.parentId)?.title ?? '';
      const tier = tierNames.get(item.parentId) ?? '';
      const owners = ownerNames({ kind: 'checklist', record: item }, nameOf);
      const context = [plan.timeZone, parentTitle, tier, ...owners].join('\u0000');
      entries.push(
        remember(item, context, () =>
          entryOf({
            kind: 'checklist',
            id: item.id,
            parent: { kind: item.parentKind, id: item.parentId, title: parentTitle },
            title: item.title,
            day: item.dueDate,
            time: item.dueAt ? instantToLocal(item.dueAt, plan.timeZone).slice(11, 16) : null,
            details: details([
              ['notes', item.notes],
              ['owner', owners],
              ['channel', item.channel],
              ['tier', tier],
            ]),
          }),
        ),
      );
    }
    return { entries, words: buildWordIndex(entries.map((entry) => entry.allWords)) };
  };
}
