/**
 * The words of a whole plan, sorted, each with the entries (by position) holding it: all words
 * starting with a query word sit side by side, so one binary search finds them.
 */
export type WordIndex = { words: readonly string[]; postings: readonly (readonly number[])[] };

/**
 * Builds the word index of entries given as their space-prefixed word haystacks (see
 * wordHaystack). Rebuilt once per plan change from the memoised haystacks; never per keystroke.
 */
export function buildWordIndex(haystacks: readonly string[]): WordIndex {
  const byWord = new Map<string, number[]>();
  haystacks.forEach((haystack, position) => {
    for (const word of haystack.split(' ')) {
      if (word === '') continue;
      const list = byWord.get(word);
      if (!list) byWord.set(word, [position]);
      // Positions arrive in order, so a repeat of the word in one entry is always the last one.
      else if (list[list.length - 1] !== position) list.push(position);
    }
  });
  const words = [...byWord.keys()].sort();
  return { words, postings: words.map((word) => byWord.get(word) as number[]) };
}

function lowerBound(words: readonly string[], prefix: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The positions of the entries that hold, for every one of `prefixes`, a word starting with it, in
 * no particular order. `size` is the number of entries indexed.
 */
export function entriesWithAll(index: WordIndex, prefixes: readonly string[], size: number): number[] {
  // seen[p] === k: entry p has matched the first k prefixes; a later prefix only advances those.
  const seen = new Uint32Array(size);
  const found: number[] = [];
  prefixes.forEach((prefix, k) => {
    const last = k === prefixes.length - 1;
    for (let at = lowerBound(index.words, prefix); at < index.words.length; at++) {
      if (!(index.words[at] as string).startsWith(prefix)) break;
      for (const position of index.postings[at] as number[]) {
        if (seen[position] !== k) continue;
        seen[position] = k + 1;
        if (last) found.push(position);
      }
    }
  });
  return found;
}
