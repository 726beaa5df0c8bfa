/**
 * `1 problem`, `3 problems`: counts in messages people read, never `problem(s)`. English only; the
 * plural is the word plus `s` unless given.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
