import type { CalendarDay } from '../types';
import { haystackHasAll, queryWords } from './fold';
import type { SearchEntry, SearchIndex } from './search-index';

/** What one query found: the best `hits`, how many matched in all, and the words searched for. */
export type SearchResults = { words: string[]; hits: SearchEntry[]; total: number };

/** How many results a query returns unless asked for more: a list a person can read. */
export const SEARCH_LIMIT = 20;

function titleHits(entry: SearchEntry, words: readonly string[]): number {
  let count = 0;
  for (const word of words) if (entry.titleWords.includes(` ${word}`)) count++;
  return count;
}

/**
 * The records whose words contain every query word as a prefix (accents and case ignored), best
 * first: more query words in the title first; then by date, what is coming (today on) soonest
 * first, then what is past, most recent first; then by title and id, so equal queries give equal
 * lists. An empty query finds nothing.
 */
export function searchPlan(
  index: SearchIndex,
  query: string,
  today: CalendarDay,
  limit = SEARCH_LIMIT,
): SearchResults {
  const words = queryWords(query);
  if (words.length === 0) return { words, hits: [], total: 0 };
  const found: { entry: SearchEntry; title: number; upcoming: boolean }[] = [];
  for (const entry of index.entries) {
    if (!haystackHasAll(entry.allWords, words)) continue;
    found.push({ entry, title: titleHits(entry, words), upcoming: entry.day >= today });
  }
  found.sort(
    (a, b) =>
      b.title - a.title ||
      Number(b.upcoming) - Number(a.upcoming) ||
      compare(a.entry.day, b.entry.day) * (a.upcoming ? 1 : -1) ||
      compare(a.entry.sortTitle, b.entry.sortTitle) ||
      compare(a.entry.kind, b.entry.kind) ||
      compare(a.entry.id, b.entry.id),
  );
  return { words, hits: found.slice(0, Math.max(0, limit)).map((hit) => hit.entry), total: found.length };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
