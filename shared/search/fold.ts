/**
 * Text folding for search: what "accent- and case-insensitive" means in Tierline. Letters lose their
 * accents (é → e, Å → a), everything is lower case, and words are runs of letters and digits, so
 * "Release-notes" and "release notes" both hold the words "release" and "notes".
 */

// Combining marks left behind by canonical decomposition: the accents NFD splits off.
const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** `text` without accents, in lower case; letters that do not decompose (ß, ø) stay as they are. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The folded words of `text`, in order, duplicates kept. */
export function foldedWords(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** The distinct folded words of a query, in the order typed; an empty list matches nothing. */
export function queryWords(query: string): string[] {
  return [...new Set(foldedWords(query))];
}

/**
 * One string holding every folded word of `texts`, each preceded by a space, so "some word starts
 * with w" is the fast native check `haystack.includes(' ' + w)`.
 */
export function wordHaystack(texts: readonly string[]): string {
  let out = '';
  for (const text of texts) for (const word of foldedWords(text)) out += ` ${word}`;
  return out;
}
