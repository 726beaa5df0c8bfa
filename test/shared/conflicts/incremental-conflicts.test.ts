import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../shared/calendar-day';
import type { Conflict } from '../../../shared/conflicts/conflict';
import { createConflictMemo, type ConflictMemo } from '../../../shared/conflicts/conflict-memo';
import { findConflicts } from '../../../shared/conflicts/find-conflicts';
import type { Announcement } from '../../../shared/types';
import { apply, edits, startingPlan, toInput, type Plan } from './plan-edits';
import { uncheckedDay, uncheckedInstant } from '../../dates';

// The memo's answer, and whether it came from the incremental path (the memo keeps its state).
function withMemo(plan: Plan, memo: ConflictMemo): { conflicts: Conflict[]; incremental: boolean } {
  const conflicts = findConflicts({ ...toInput(plan), memo });
  return { conflicts, incremental: memo.plan !== null };
}

describe('findConflicts brought up to date from the rows that changed (issue 13)', () => {
  it('equals the plain pass after every edit of any sequence, and keeps its array when nothing changed', () => {
    fc.assert(
      fc.property(edits, (sequence) => {
        const memo = createConflictMemo();
        let plan = startingPlan();
        let last = withMemo(plan, memo);
        expect(last.conflicts).toEqual(findConflicts(toInput(plan)));
        sequence.forEach((edit, serial) => {
          plan = apply(plan, edit, serial);
          const next = withMemo(plan, memo);
          const plain = findConflicts(toInput(plan));
          expect(next.conflicts).toEqual(plain);
          expect(new Set(next.conflicts.map((c) => c.key)).size).toBe(next.conflicts.length);
          // Readers compare by identity: the same answer must be the same array.
          if (last.incremental && next.incremental && equal(last.conflicts, plain)) {
            expect(next.conflicts).toBe(last.conflicts);
          }
          last = next;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds every kind in the starting plan, so the comparison is not between two empty lists', () => {
    const plan = { ...startingPlan(), settings: { ...startingPlan().settings, businessDaysOnly: true } };
    const kinds = new Set(findConflicts({ ...toInput(plan), memo: createConflictMemo() }).map((c) => c.kind));
    expect([...kinds].sort()).toEqual([
      'launch-during-maintenance',
      'majors-too-close',
      'overdue',
      'overlapping-maintenance',
      'person-overloaded',
      'weekend-due',
    ]);
  });

  it('gives back the very same array for the same plan, and for a plan re-read into new objects', () => {
    const memo = createConflictMemo();
    const plan = startingPlan();
    const first = findConflicts({ ...toInput(plan), memo });
    expect(first.length).toBeGreaterThan(5);
    expect(findConflicts({ ...toInput(plan), memo })).toBe(first);
    const reread: Plan = {
      ...plan,
      announcements: plan.announcements.map((row) => ({ ...row })),
      items: plan.items.map((row) => ({ ...row })),
    };
    expect(findConflicts({ ...toInput(reread), memo })).toBe(first);
  });

  it('asks for the rank of the moved launch only, not of every launch, after a drop', () => {
    const memo = createConflictMemo();
    const plan = startingPlan();
    const asked: Announcement[] = [];
    const input = (announcements: Announcement[]) => ({
      ...toInput({ ...plan, announcements }),
      tierRankOf: (a: Announcement) => (asked.push(a), a.tierKey === 'major' ? (1 as const) : (2 as const)),
    });
    findConflicts({ ...input(plan.announcements), memo });
    expect(asked).toHaveLength(plan.announcements.length);
    asked.length = 0;
    const moved = {
      ...plan.announcements[1]!,
      launchDate: addCalendarDays(plan.announcements[1]!.launchDate, 1),
    };
    const after = plan.announcements.map((row, index) => (index === 1 ? moved : row));
    const conflicts = findConflicts({ ...input(after), memo });
    expect(asked).toEqual([moved]);
    expect(conflicts).toEqual(findConflicts(toInput({ ...plan, announcements: after })));
  });

  it('hostile input: two records with one id fall back to the plain pass, and come back once the store is whole', () => {
    const memo = createConflictMemo();
    const plan = startingPlan();
    const window = plan.windows[0]!;
    const twin = { ...window, title: 'Twin', id: plan.announcements[0]!.id };
    const damaged = { ...plan, windows: [...plan.windows, twin] };
    expect(findConflicts({ ...toInput(damaged), memo })).toEqual(findConflicts(toInput(damaged)));
    expect(memo.plan).toBeNull();
    expect(findConflicts({ ...toInput(plan), memo })).toEqual(findConflicts(toInput(plan)));
    expect(memo.plan).not.toBeNull();
  });
});

describe('hostile input: damaged rows and settings in the incremental path', () => {
  it('hostile input: an unreadable launch day, due day and window start, and a limit that is not a number, give the plain answer without falling back', () => {
    const memo = createConflictMemo();
    const plan = startingPlan();
    findConflicts({ ...toInput(plan), memo });
    const damaged: Plan = {
      ...plan,
      announcements: plan.announcements.map((row, index) =>
        index === 2 ? { ...row, launchDate: uncheckedDay('2026-13-40') } : row,
      ),
      windows: plan.windows.map((row, index) =>
        index === 1 ? { ...row, start: uncheckedInstant('soon') } : row,
      ),
      items: plan.items.map((row, index) => (index === 4 ? { ...row, dueDate: uncheckedDay('') } : row)),
      settings: { ...plan.settings, maxItemsPerPersonPerDay: Number.NaN },
    };
    const conflicts = findConflicts({ ...toInput(damaged), memo });
    expect(memo.plan).not.toBeNull();
    expect(conflicts).toEqual(findConflicts(toInput(damaged)));
    expect(conflicts.some((c) => c.refs.some((ref) => ref.id === 'a-2' || ref.id === 'i-4'))).toBe(false);
  });
});

function equal(a: readonly Conflict[], b: readonly Conflict[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
