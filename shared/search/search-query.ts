import type { CalendarDay } from '../types';
import { queryWords } from './fold';
import type { SearchEntry, SearchIndex } from './search-index';
import { entriesWithAll } from './word-index';

/** What one query found: the best `hits`, how many matched in all, and the words searched for. */
export type SearchResults = { words: string[]; hits: SearchEntry[]; total: number };

/** Words past this many are ignored: a paragraph pasted into the box still answers at once. */
export const MAX_QUERY_WORDS = 16;

/** How many results a query returns unless asked for more: a list a person can read. */
export const SEARCH_LIMIT = 20;

type Ranked = { entry: SearchEntry; title: number; upcoming: boolean };

// Best first: more query words in the title; what is coming (today on) before what is past; the
// sooner upcoming and the more recent past first; then title, kind and id, so ties are stable.
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.title - a.title ||
    Number(b.upcoming) - Number(a.upcoming) ||
    compare(a.entry.day, b.entry.day) * (a.upcoming ? 1 : -1) ||
    compare(a.entry.sortTitle, b.entry.sortTitle) ||
    compare(a.entry.kind, b.entry.kind) ||
    compare(a.entry.id, b.entry.id)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The records whose words contain every query word as a prefix (accents and case ignored), best
 * first: more query words in the title first; then by date, what is coming (today on) soonest
 * first, then what is past, most recent first; then by title and id, so equal queries give equal
 * lists. An empty query finds nothing. The word index finds the matches, so a query costs about
 * what it finds, not the size of the plan.
 */
export function searchPlan(
  index: SearchIndex,
  query: string,
  today: CalendarDay,
  limit = SEARCH_LIMIT,
): SearchResults {
  const words = queryWords(query).slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return { words, hits: [], total: 0 };
  // Built once per query: " word" finds a word start in the space-separated title haystack.
  const needles = words.map((word) => ` ${word}`);
  const candidates = entriesWithAll(index.words, words, index.entries.length);
  // The best `limit` so far, best first: a bounded insertion keeps a 10,000-match query from
  // sorting everything to show twenty.
  const best: Ranked[] = [];
  const keep = Math.max(0, limit);
  for (const position of candidates) {
    if (keep === 0) break;
    const entry = index.entries[position] as SearchEntry;
    let title = 0;
    for (const needle of needles) if (entry.titleWords.includes(needle)) title++;
    const ranked: Ranked = { entry, title, upcoming: entry.day >= today };
    if (best.length === keep && compareRanked(ranked, best[keep - 1] as Ranked) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareRanked(best[middle] as Ranked, ranked) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, ranked);
    if (best.length > keep) best.pop();
  }
  return { words, hits: best.map((ranked) => ranked.entry), total: candidates.length };
}
