import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countOwned,
  deletePerson,
  mergePeople,
  renamePerson,
  type OwnedRecords,
} from '../../../shared/people/person-edits';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow, makePerson } from '../../builders';
import { utcInstant } from '../../dates';

const NOW = utcInstant('2026-12-02T10:00:00.000Z');
const people = [
  makePerson('Ben'),
  makePerson('Ana', { team: 'Marketing' }),
  makePerson('Cy', { email: 'cy@x.io' }),
];
const who = fc.constantFrom<string | null>('p-ben', 'p-ana', 'p-cy', null);

const recordsArb: fc.Arbitrary<OwnedRecords> = fc
  .record({
    announcements: fc.array(fc.tuple(who, who), { maxLength: 4 }),
    items: fc.array(who, { maxLength: 12 }),
    windows: fc.array(who, { maxLength: 3 }),
  })
  .map(({ announcements, items, windows }) => ({
    announcements: announcements.map(([productOwnerId, marketingOwnerId], n) =>
      makeAnnouncement({ id: `a${n}`, productOwnerId, marketingOwnerId }),
    ),
    items: items.map((assigneeId, n) => makeChecklistItem({ id: `i${n}`, assigneeId })),
    windows: windows.map((ownerId, n) => makeMaintenanceWindow({ id: `w${n}`, ownerId })),
  }));

/** Every owner reference of every record, after applying the changed rows. */
function owners(records: OwnedRecords, changed: Partial<OwnedRecords> = {}): Map<string, string | null> {
  const pick = <T extends { id: string }>(rows: readonly T[], over: readonly T[] = []) =>
    rows.map((row) => over.find((o) => o.id === row.id) ?? row);
  const out = new Map<string, string | null>();
  for (const a of pick(records.announcements, changed.announcements)) {
    out.set(`${a.id}/product`, a.productOwnerId);
    out.set(`${a.id}/marketing`, a.marketingOwnerId);
  }
  for (const item of pick(records.items, changed.items)) out.set(item.id, item.assigneeId);
  for (const window of pick(records.windows, changed.windows)) out.set(window.id, window.ownerId);
  return out;
}

describe('people edits', () => {
  it('renames one row and refuses a name someone else has', () => {
    const renamed = renamePerson(people, 'p-ben', '  Benjamin  ', NOW);
    expect(renamed.ok && renamed.plan.putPeople).toEqual([
      { ...people[0], name: 'Benjamin', nameKey: 'benjamin', updatedAt: NOW },
    ]);
    expect(renamePerson(people, 'p-ben', 'ANA', NOW)).toEqual({
      ok: false,
      message: '“Ana” is already in the people list.',
    });
    expect(renamePerson(people, 'p-ben', '', NOW)).toMatchObject({ ok: false, message: 'Enter a name.' });
  });

  it('merging never loses an owner: every reference to the merged person moves, nothing else changes', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const result = mergePeople(people, records, 'p-ben', 'p-ana', NOW);
        if (!result.ok) throw new Error(result.message);
        const before = owners(records);
        const after = owners(records, result.plan);
        expect([...after.keys()]).toEqual([...before.keys()]);
        for (const [key, id] of before) expect(after.get(key)).toBe(id === 'p-ben' ? 'p-ana' : id);
        expect(result.plan.deletePeople).toEqual(['p-ben']);
        expect(countOwned(records, 'p-ben') + countOwned(records, 'p-ana')).toBeGreaterThanOrEqual(
          countOwned({ ...records, ...result.plan }, 'p-ana'),
        );
      }),
    );
  });

  it('keeps the kept person’s details and fills gaps from the merged one; refuses a self-merge', () => {
    const result = mergePeople(people, { announcements: [], items: [], windows: [] }, 'p-cy', 'p-ana', NOW);
    expect(result.ok && result.plan.putPeople[0]).toMatchObject({
      name: 'Ana',
      team: 'Marketing',
      email: 'cy@x.io',
    });
    expect(mergePeople(people, { announcements: [], items: [], windows: [] }, 'p-ana', 'p-ana', NOW).ok).toBe(
      false,
    );
  });

  it('deleting hands everything to the chosen person or nobody, and refuses a missing one', () => {
    fc.assert(
      fc.property(recordsArb, fc.constantFrom<string | null>('p-cy', null), (records, to) => {
        const result = deletePerson(people, records, 'p-ben', to, NOW);
        if (!result.ok) throw new Error(result.message);
        const after = owners(records, result.plan);
        expect([...after.values()]).not.toContain('p-ben');
        for (const [key, id] of owners(records)) expect(after.get(key)).toBe(id === 'p-ben' ? to : id);
        const bumped = result.plan.items.every((item) => item.updatedAt === NOW && item.sequence === 1);
        expect(bumped).toBe(true);
      }),
    );
    expect(
      deletePerson(people, { announcements: [], items: [], windows: [] }, 'p-ben', 'p-zed', NOW),
    ).toEqual({
      ok: false,
      message: 'The person to take over is no longer in the list.',
    });
  });
});
