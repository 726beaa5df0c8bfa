import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patchRows } from '../../../renderer/db/stored-rows';

type Row = { id: string; version: number };

// Ids from a small alphabet, so that reread keys often hit stored rows and often fall between them.
const id = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', 'Z', '0'), maxLength: 4 });
/** A store's rows as `toArray` reads them: unique keys, in IndexedDB's (code unit) order. */
const storedRows = fc
  .uniqueArray(id, { maxLength: 30 })
  .map((ids) => [...ids].sort().map((key): Row => ({ id: key, version: 0 })));
/** Rows read again by key: a new version, or undefined for a row that is gone. */
const reread = fc
  .uniqueArray(fc.tuple(id, fc.option(fc.nat(9), { nil: undefined })), {
    maxLength: 12,
    selector: ([key]) => key,
  })
  .map(
    (entries) =>
      new Map(
        entries.map(([key, version]): [string, Row | undefined] => [
          key,
          version === undefined ? undefined : { id: key, version: version + 1 },
        ]),
      ),
  );

/** What a full read after the writes would hold: the same rows by key, in key order. */
function readWhole(rows: readonly Row[], changes: ReadonlyMap<string, Row | undefined>): Row[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const [key, row] of changes) {
    if (row === undefined) byId.delete(key);
    else byId.set(key, row);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe('patchRows: a store patched with the rows read again by key', () => {
  it('holds what a full read would, in key order, keeping every untouched row the same object', () => {
    fc.assert(
      fc.property(storedRows, reread, (rows, changes) => {
        const frozen = [...rows];
        const patched = patchRows(rows, changes) as Row[];
        expect(patched).toEqual(readWhole(rows, changes));
        for (const row of rows) if (!changes.has(row.id)) expect(patched).toContain(row);
        for (const [key, row] of changes) if (row) expect(patched.find((kept) => kept.id === key)).toBe(row);
        // The rows handed in are left as they were: readers may still hold them.
        expect(rows).toEqual(frozen);
        expect(rows.every((row, index) => row === frozen[index])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('puts a new row between its neighbours, replaces one in place and drops a deleted one', () => {
    const rows: Row[] = ['a', 'c', 'e'].map((key) => ({ id: key, version: 0 }));
    const patched = patchRows(
      rows,
      new Map<string, Row | undefined>([
        ['d', { id: 'd', version: 1 }],
        ['a', { id: 'a', version: 2 }],
        ['e', undefined],
        ['x', undefined],
      ]),
    );
    expect(patched).toEqual([
      { id: 'a', version: 2 },
      { id: 'c', version: 0 },
      { id: 'd', version: 1 },
    ]);
    expect(patched[1]).toBe(rows[1]);
  });
});
