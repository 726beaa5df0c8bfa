import { createSearchIndexer, type SearchIndex, type SearchPlan } from '../../shared/search/search-index';
import { searchPlan } from '../../shared/search/search-query';
import type { ExportInput } from '../../shared/export/types';
import { calendarDay } from '../dates';

/**
 * What a planner types, one keystroke at a time: every prefix of each phrase is one query, as the
 * search box runs one per keystroke. Words from titles, notes, owners, services and channels.
 */
const PHRASES = [
  'launch 42',
  'twitter linkedin',
  'marketer 3',
  'database upgrade',
  'emoji',
  'eu cloud',
  'docs update',
];
export const KEYSTROKES = PHRASES.flatMap((phrase) =>
  Array.from({ length: phrase.length }, (_, index) => phrase.slice(0, index + 1)),
).filter((query) => query.trim() !== '');

const TODAY = calendarDay('2026-11-20');

/** The bench plan as search reads it. */
export function searchInput(input: ExportInput): SearchPlan {
  return {
    announcements: input.announcements,
    windows: input.windows,
    items: input.items,
    templateSets: input.templateSets,
    people: input.people ?? [],
    timeZone: input.settings.timeZone,
  };
}

/** Ours, as the search box runs it: one query per keystroke over an index built once per plan change. */
export function runOurs(index: SearchIndex): number {
  let found = 0;
  for (const query of KEYSTROKES) found += searchPlan(index, query, TODAY).total;
  return found;
}

/**
 * The naive peer: the `filter(includes)` scan a search box often starts as. Per keystroke it joins
 * and lower-cases each record's texts and keeps those containing every typed word anywhere (no
 * accents folded, no word starts, no ranking), then takes the first 20.
 */
export function runNaive(plan: SearchPlan): number {
  let found = 0;
  // Owners are person ids: the naive scan names them once, as any search over people must.
  const names = new Map(plan.people.map((person) => [person.id, person.name]));
  const name = (id: string | null) => (id === null ? '' : (names.get(id) ?? ''));
  const records = [
    ...plan.announcements.map((a) => [
      a.title,
      a.summary,
      name(a.productOwnerId),
      name(a.marketingOwnerId),
      a.tierKey,
    ]),
    ...plan.windows.map((w) => [w.title, w.notes, name(w.ownerId), ...w.services]),
    ...plan.items.map((i) => [i.title, i.notes, name(i.assigneeId), i.channel]),
  ];
  for (const query of KEYSTROKES) {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const hits = records.filter((texts) => {
      const text = texts.join(' ').toLowerCase();
      return words.every((word) => text.includes(word));
    });
    found += hits.slice(0, 20).length;
  }
  return found;
}

/** A fresh index of the whole plan, as when the app opens. */
export function buildIndex(plan: SearchPlan): SearchIndex {
  return createSearchIndexer()(plan);
}

/** An indexer that has seen `plan`, and the same plan with one item's notes edited. */
export function oneChange(plan: SearchPlan): { reindex: () => SearchIndex } {
  const indexer = createSearchIndexer();
  indexer(plan);
  const [first, ...rest] = plan.items;
  const edited = { ...plan, items: first ? [{ ...first, notes: `${first.notes} edited` }, ...rest] : [] };
  return { reindex: () => indexer(edited) };
}
