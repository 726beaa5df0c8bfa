import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRows } from '../../../shared/conflicts/row-diff';

type Row = { n: number };

// How often each object occurs: the multiset the diff promises to account for.
function counts(rows: readonly Row[]): Map<Row, number> {
  const result = new Map<Row, number>();
  for (const row of rows) result.set(row, (result.get(row) ?? 0) + 1);
  return result;
}

const pool = Array.from({ length: 8 }, (_, n) => ({ n }));
const rowsOf = fc
  .array(fc.nat({ max: pool.length - 1 }), { maxLength: 12 })
  .map((picks) => picks.map((index) => pool[index] as Row));

describe('diffRows', () => {
  it('accounts for every row: before minus removed plus added is after, as multisets', () => {
    fc.assert(
      fc.property(rowsOf, rowsOf, (before, after) => {
        const { removed, added } = diffRows(before, after);
        const result = counts(before);
        for (const row of removed) {
          expect(result.get(row) ?? 0).toBeGreaterThan(0);
          result.set(row, (result.get(row) ?? 0) - 1);
        }
        for (const row of added) result.set(row, (result.get(row) ?? 0) + 1);
        const expected = counts(after);
        for (const row of pool) expect(result.get(row) ?? 0).toBe(expected.get(row) ?? 0);
      }),
      { numRuns: 500 },
    );
  });

  it('names exactly the rows a write replaced, inserted or deleted in a long store', () => {
    const before = Array.from({ length: 10_000 }, (_, n) => ({ n }));
    const replaced = { n: -1 };
    const inPlace = before.map((row, index) => (index === 4_321 ? replaced : row));
    expect(diffRows(before, inPlace)).toEqual({ removed: [before[4_321]], added: [replaced] });
    const inserted = { n: -2 };
    const longer = [...before.slice(0, 17), inserted, ...before.slice(17)];
    expect(diffRows(before, longer)).toEqual({ removed: [], added: [inserted] });
    const shorter = before.filter((_, index) => index !== 9_000);
    expect(diffRows(before, shorter)).toEqual({ removed: [before[9_000]], added: [] });
    expect(diffRows(before, [...before])).toEqual({ removed: [], added: [] });
  });

  it('hostile input: a row listed twice counts twice', () => {
    const [a, b] = pool as [Row, Row];
    expect(diffRows([a], [a, a])).toEqual({ removed: [], added: [a] });
    expect(diffRows([a, b, a], [b])).toEqual({ removed: [a, a], added: [] });
  });
});
