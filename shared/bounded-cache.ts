/**
 * A get-or-make cache of at most `limit` answers, forgotten all at once when full: for pure
 * functions asked about the same few thousand strings over and over (days, instants in a zone),
 * where an LRU's bookkeeping would cost more than the odd answer made again.
 */
export function boundedCache<V>(limit: number): (key: string, make: () => V) => V {
  const cache = new Map<string, V>();
  return (key, make) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
