/** What changed between two versions of one store's rows, by object identity. */
export type RowDiff<Row> = { removed: Row[]; added: Row[] };

/**
 * The rows of `before` that `after` no longer holds and the rows `after` holds that `before` did
 * not, compared by identity and counted as multisets (a row listed twice is two rows). Removing
 * `removed` from `before` and adding `added` gives `after` as a multiset; a row that only moved
 * may show up in both lists. The app's plan reader keeps every unchanged row as the same object
 * (shared/restore's memo), so after one write the lists hold the rows it wrote, and the work is
 * a pointer compare per row plus work in proportion to the stretch between the first and the last
 * change.
 */
export function diffRows<Row extends object>(before: readonly Row[], after: readonly Row[]): RowDiff<Row> {
  if (before === after) return { removed: [], added: [] };
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const removed: Row[] = [];
  const added: Row[] = [];
  if (endBefore - start === endAfter - start) {
    // Rows replaced in place (the usual write): pair them up, no lookups needed.
    for (let index = start; index < endBefore; index++) {
      const old = before[index] as Row;
      const row = after[index] as Row;
      if (old === row) continue;
      removed.push(old);
      added.push(row);
    }
    return { removed, added };
  }
  // Rows inserted or deleted: count what the stretch held before against what it holds now.
  const counts = new Map<Row, number>();
  for (let index = start; index < endBefore; index++) {
    const row = before[index] as Row;
    counts.set(row, (counts.get(row) ?? 0) + 1);
  }
  for (let index = start; index < endAfter; index++) {
    const row = after[index] as Row;
    const count = counts.get(row) ?? 0;
    if (count > 0) counts.set(row, count - 1);
    else added.push(row);
  }
  for (const [row, count] of counts) for (let times = 0; times < count; times++) removed.push(row);
  return { removed, added };
}
