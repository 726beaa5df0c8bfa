import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeConflict, type Conflict } from '../../../shared/conflicts/conflict';
import { compareConflicts, ConflictLedger } from '../../../shared/conflicts/conflict-ledger';
import { calendarDay } from '../../dates';

const conflict = (id: string, day: string, message = `About ${id}`): Conflict =>
  makeConflict('overdue', [{ kind: 'checklist-item', id }], message, calendarDay(day));

const change = fc.record({
  // Enough ids that one batch can pass the ledger's switch from inserting to sorting.
  id: fc.integer({ min: 0, max: 120 }).map((n) => `i${n}`),
  day: fc.constantFrom('2026-03-01', '2026-03-02', '2026-03-03'),
  message: fc.constantFrom('one', 'two'),
  present: fc.boolean(),
});

describe('ConflictLedger', () => {
  it('commits the sorted list of what is present after any batches of changes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 150 }), { maxLength: 6 }), (batches) => {
        const ledger = new ConflictLedger();
        const present = new Map<string, Conflict>();
        for (const batch of batches) {
          for (const { id, day, message, present: on } of batch) {
            const old = present.get(id);
            if (old) ledger.remove(old);
            present.delete(id);
            if (!on) continue;
            const next = conflict(id, day, message);
            ledger.add(next);
            present.set(id, next);
          }
          expect(ledger.commit()).toEqual([...present.values()].sort(compareConflicts));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives back the same array, and the same conflict objects, when a change found the same again', () => {
    const ledger = new ConflictLedger();
    const first = conflict('a', '2026-03-01');
    ledger.add(first);
    ledger.add(conflict('b', '2026-03-02'));
    const list = ledger.commit();
    expect(list.map((c) => c.key)).toEqual(['overdue:a', 'overdue:b']);
    expect(ledger.commit()).toBe(list);
    ledger.remove(first);
    ledger.add(conflict('a', '2026-03-01'));
    expect(ledger.commit()).toBe(list);
    ledger.remove(first);
    ledger.add(conflict('a', '2026-03-03'));
    const moved = ledger.commit();
    expect(moved).not.toBe(list);
    expect(moved.map((c) => c.key)).toEqual(['overdue:b', 'overdue:a']);
  });
});
