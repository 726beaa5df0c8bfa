import { foldText } from './fold';
import type { SearchEntry, SearchField } from './search-index';

/** A piece of displayed text, marked when it is (the start of) a word the query matched. */
export type TextPart = { text: string; hit: boolean };

const WORD = /[\p{L}\p{N}]+/gu;

// How many of `word`'s characters fold to at least `length` folded characters: the original
// text to mark, so "Café" is marked whole for the query "cafe" and "Über" as "Üb" for "ub".
function originalPrefix(word: string, length: number): number {
  let folded = 0;
  let index = 0;
  for (const char of word) {
    if (folded >= length) break;
    folded += foldText(char).length;
    index += char.length;
  }
  return index;
}

/**
 * `text` split into parts, with the matched start of every word that begins with a query word
 * (folded) marked; joined, the parts are `text` unchanged. `words` are folded query words.
 */
export function highlightText(text: string, words: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const folded = foldText(match[0]);
    let longest = 0;
    for (const word of words) if (word.length > longest && folded.startsWith(word)) longest = word.length;
    if (longest === 0) continue;
    const start = match.index;
    const end = start + originalPrefix(match[0], longest);
    if (start > last) parts.push({ text: text.slice(last, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    last = end;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}

/** How much text a snippet shows on each side of its first match. */
const SNIPPET_CONTEXT = 40;

/**
 * Where a result matched outside its title, for a list that shows why it was found: the first
 * field (notes, summary, owner…) holding a query word the title lacks, cut to a short excerpt
 * around the first match. Null when the title holds every query word.
 */
export function matchSnippet(
  entry: SearchEntry,
  words: readonly string[],
): { field: SearchField; parts: TextPart[] } | null {
  const missing = words.filter((word) => !entry.titleWords.includes(` ${word}`));
  if (missing.length === 0) return null;
  for (const detail of entry.details) {
    const parts = highlightText(detail.text, missing);
    const first = parts.findIndex((part) => part.hit);
    if (first === -1) continue;
    const before = parts.slice(0, first).reduce((length, part) => length + part.text.length, 0);
    const from = Math.max(0, before - SNIPPET_CONTEXT);
    const to = Math.min(detail.text.length, before + SNIPPET_CONTEXT * 2);
    const excerpt = detail.text.slice(from, to).replace(/\s+/g, ' ');
    const shown = highlightText(excerpt, words);
    if (from > 0) shown.unshift({ text: '…', hit: false });
    if (to < detail.text.length) shown.push({ text: '…', hit: false });
    return { field: detail.field, parts: shown };
  }
  return null;
}
