/**
 * `1 problem`, `3 problems`: counts in messages people read, never `problem(s)`. English only; the
 * plural is the word plus `s` unless given.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${pluralWord(count, one, many)}`;
}

/**
 * The word alone that agrees with `count`: `was`/`were`, `it holds`/`they hold`, for the verb
 * after a `plural()` count. The plural is the word plus `s` unless given.
 */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}
