import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ItemTeams } from '../../../../renderer/features/work/item-teams';

type Item = { team: string };

const team = fc.constantFrom('Marketing', 'Product', 'Support', 'Partnerships');
/** One write to the items: a team changed, an item added or deleted; every other item stays the same object. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('retag' as const), at: fc.nat(), team }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), team }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('reread' as const) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(items: readonly Item[], change: Edit): Item[] {
  const next = [...items];
  const at = 'at' in change ? change.at % (items.length + 1) : 0;
  if (change.kind === 'retag' && at < next.length) next[at] = { team: change.team };
  if (change.kind === 'add') next.splice(at, 0, { team: change.team });
  if (change.kind === 'delete' && at < next.length) next.splice(at, 1);
  // A whole store read again: equal items, every one a new object.
  if (change.kind === 'reread') return next.map((item) => ({ ...item }));
  return next;
}

describe('ItemTeams: the teams the items name, from the items each write changed', () => {
  it('always names each team of the items once, and keeps its list while the teams stay', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ team }), { maxLength: 20 }),
        fc.array(edit, { maxLength: 15 }),
        (start, edits) => {
          const teams = new ItemTeams();
          let items: readonly Item[] = start;
          let shown = teams.of(items);
          for (const change of edits) {
            items = apply(items, change);
            const before = shown;
            shown = teams.of(items);
            const named = new Set(items.map((item) => item.team));
            expect(new Set(shown)).toEqual(named);
            expect(shown).toHaveLength(named.size);
            if (sameSet(before, named)) expect(shown).toBe(before);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts only the items a drop wrote: a retagged item gives its team up only when it was the last', () => {
    const teams = new ItemTeams();
    const items = [{ team: 'Marketing' }, { team: 'Partnerships' }, { team: 'Marketing' }];
    expect(teams.of(items)).toEqual(['Marketing', 'Partnerships']);
    const retagged = [items[0]!, { team: 'Marketing' }, items[2]!];
    expect(teams.of(retagged)).toEqual(['Marketing']);
    expect(teams.of([{ team: 'Support' }, ...retagged.slice(1)])).toEqual(['Marketing', 'Support']);
  });
});

function sameSet(list: readonly string[], set: ReadonlySet<string>): boolean {
  return list.length === set.size && list.every((entry) => set.has(entry));
}
