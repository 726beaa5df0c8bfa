import { describe, expect, it } from 'vitest';
import { boundedCache } from '../../shared/bounded-cache';

describe('a bounded get-or-make cache', () => {
  it('makes each answer once, and forgets them all once it holds its limit', () => {
    const made: string[] = [];
    const cached = boundedCache<string>(2);
    const ask = (key: string) => cached(key, () => (made.push(key), key.toUpperCase()));
    expect([ask('a'), ask('b'), ask('a'), ask('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(made).toEqual(['a', 'b']);
    // Full: the third answer clears the first two, and is kept itself.
    expect(ask('c')).toBe('C');
    expect([ask('c'), ask('a')]).toEqual(['C', 'A']);
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });
});
