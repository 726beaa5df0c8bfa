import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeConflict, type Conflict } from '../../../../shared/conflicts/conflict';
import {
  conflictCountingLoaded,
  useConflictCountsStore,
} from '../../../../renderer/features/conflicts/conflict-counts-store';
import {
  countConflicts,
  recountConflicts,
  type ConflictCounts,
} from '../../../../renderer/features/conflicts/conflict-counts';
import { conflictCountsById } from '../../../../renderer/features/conflicts/conflict-view';
import { calendarDay } from '../../../dates';

const launchAndWindow = makeConflict(
  'launch-during-maintenance',
  [
    { kind: 'announcement', id: 'a-1' },
    { kind: 'maintenance', id: 'w-1' },
  ],
  'A launch during maintenance.',
  calendarDay('2026-12-09'),
);
const twoMajors = makeConflict(
  'majors-too-close',
  [
    { kind: 'announcement', id: 'a-1' },
    { kind: 'announcement', id: 'a-2' },
  ],
  'Two majors.',
  calendarDay('2026-12-10'),
);

// First in the file: the counting module has not been asked for yet.
describe('the badge counts before their counting has loaded', () => {
  it('counts nothing before the counting has loaded, then takes the list it was given', async () => {
    useConflictCountsStore.getState().setConflicts([twoMajors]);
    expect(useConflictCountsStore.getState().counts.get('a-2')).toBeUndefined();
    await conflictCountingLoaded();
    await Promise.resolve();
    expect(useConflictCountsStore.getState().counts.get('a-2')).toBe(1);
  });
});

describe('the calendar badges’ conflict counts (issue 13: kept out of the events)', () => {
  beforeAll(conflictCountingLoaded);

  it('counts, per record, the conflicts that name it, and forgets a record whose conflicts clear', () => {
    const { setConflicts } = useConflictCountsStore.getState();
    setConflicts([launchAndWindow, twoMajors]);
    const counts = useConflictCountsStore.getState().counts;
    expect(counts.entries().sort()).toEqual([
      ['a-1', 2],
      ['a-2', 1],
      ['w-1', 1],
    ]);

    setConflicts([twoMajors]);
    const after = useConflictCountsStore.getState().counts;
    expect(after.get('w-1')).toBeUndefined();
    expect(after.get('a-1')).toBe(1);
  });
});

describe('the badges’ counts after a change (issue 13: only the changed conflicts are counted)', () => {
  const pool = Array.from({ length: 12 }, (_, index) =>
    makeConflict(
      index % 2 === 0 ? 'launch-during-maintenance' : 'majors-too-close',
      [
        { kind: 'announcement', id: `a-${index % 4}` },
        // Some conflicts name one record twice: it still counts once for them.
        {
          kind: index % 2 === 0 ? 'maintenance' : 'announcement',
          id: index % 3 === 0 ? `a-${index % 4}` : `w-${index % 5}`,
        },
      ],
      `Conflict ${index}.`,
      calendarDay('2026-12-09'),
    ),
  );
  const lists = fc.array(fc.subarray(pool), { minLength: 1, maxLength: 8 });

  it('equal a fresh count of every list in any sequence of lists', () => {
    fc.assert(
      fc.property(lists, (sequence) => {
        let previous: readonly Conflict[] = [];
        let counts: ConflictCounts = countConflicts([]);
        for (const list of sequence) {
          counts = recountConflicts(previous, counts, list);
          expect(counts.entries().sort()).toEqual([...conflictCountsById(list)].sort());
          previous = list;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('notify nobody when the same list comes again, and the badges of the records a change names', () => {
    const { setConflicts } = useConflictCountsStore.getState();
    const list = pool.slice(0, 6);
    setConflicts(list);
    const notified: string[][] = [];
    const unsubscribe = useConflictCountsStore.subscribe((state, before) =>
      notified.push(
        ['a-0', 'a-1', 'a-2', 'a-3', 'w-0', 'w-1', 'w-2', 'w-4'].filter(
          (id) => state.counts.get(id) !== before.counts.get(id),
        ),
      ),
    );
    setConflicts(list);
    expect(notified).toEqual([]);
    setConflicts([...list.slice(0, 5), pool[7] as Conflict]);
    unsubscribe();
    // Conflict 5 (a-1, w-0) went and conflict 7 (a-3, w-2) came; a-0, a-2 and w-1 kept their counts.
    expect(notified).toEqual([['a-1', 'a-3', 'w-0', 'w-2']]);
  });

  it('stay right over a long run of small changes, past the point where the layers are folded', () => {
    const pair = (n: number) =>
      makeConflict(
        'majors-too-close',
        [
          { kind: 'announcement', id: `a-${n}` },
          { kind: 'announcement', id: `b-${n % 97}` },
        ],
        `Pair ${n}.`,
        calendarDay('2026-12-10'),
      );
    let list = Array.from({ length: 400 }, (_, n) => pair(n));
    let counts = countConflicts(list);
    for (let step = 0; step < 300; step++) {
      // One conflict is replaced by a new one naming an id no earlier step named, as a write does.
      const next = list.map((conflict, index) => (index === step ? pair(400 + step) : conflict));
      counts = recountConflicts(list, counts, next);
      list = next;
      const expected = conflictCountsById(list);
      for (const id of ['a-0', `a-${step}`, `a-${step + 1}`, `a-${400 + step}`, `b-${step % 97}`, 'b-5'])
        expect(counts.get(id)).toBe(expected.get(id));
    }
    expect(counts.entries().sort()).toEqual([...conflictCountsById(list)].sort());
  });
});
