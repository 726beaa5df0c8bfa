import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConflictMemo } from '../../../shared/conflicts/conflict-memo';
import { findConflicts } from '../../../shared/conflicts/find-conflicts';
import { conflictWarmUpSteps } from '../../../shared/conflicts/warm-up';
import type { Announcement } from '../../../shared/types';
import { apply, edits, startingPlan, toInput, type Plan } from './plan-edits';

// Any plan the edits make: moved, added, deleted, duplicated and damaged rows included.
const plans = edits.map((sequence) =>
  sequence.reduce<Plan>((plan, edit, serial) => apply(plan, edit, serial), startingPlan()),
);
const stepCounts = fc.integer({ min: 1, max: 8 });

describe('the conflicts first pass in growing parts (issue 13)', () => {
  it('gives the plain answer once every part has been through the memo', () => {
    fc.assert(
      fc.property(plans, stepCounts, (plan, steps) => {
        const memo = createConflictMemo();
        const input = toInput(plan);
        for (const part of conflictWarmUpSteps(input, steps)) findConflicts({ ...input, ...part, memo });
        expect(findConflicts({ ...input, memo })).toEqual(findConflicts(toInput(plan)));
      }),
      { numRuns: 300 },
    );
  });

  it('grows part by part, brings each item with its announcement, and ends with the plan itself', () => {
    fc.assert(
      fc.property(plans, stepCounts, (plan, steps) => {
        const parts = conflictWarmUpSteps(plan, steps);
        expect(parts).toHaveLength(steps);
        expect(parts.at(-1)).toBe(plan);
        const announcementIds = new Set(plan.announcements.map((a) => a.id));
        parts.forEach((part, index) => {
          expect(part.windows).toBe(plan.windows);
          const previous = parts[index - 1];
          if (previous) {
            expect(part.announcements.slice(0, previous.announcements.length)).toEqual(
              previous.announcements,
            );
            expect(previous.items.every((item) => part.items.includes(item))).toBe(true);
          }
          const present = new Set(part.announcements.map((a) => a.id));
          for (const item of part.items) {
            if (announcementIds.has(item.parentId)) expect(present.has(item.parentId)).toBe(true);
          }
          // An announcement's items come with it: none of a present announcement's is left for later.
          for (const item of plan.items) {
            if (
              present.has(item.parentId) &&
              plan.announcements.filter((a) => a.id === item.parentId).length === 1
            )
              expect(part.items).toContain(item);
          }
        });
      }),
    );
  });

  it('judges each announcement once over all the parts, not once a part', () => {
    const plan = startingPlan();
    const asked: Announcement[] = [];
    const input = {
      ...toInput(plan),
      tierRankOf: (a: Announcement) => (asked.push(a), a.tierKey === 'major' ? (1 as const) : (2 as const)),
    };
    const memo = createConflictMemo();
    const parts = conflictWarmUpSteps(input, 3);
    expect(parts.map((part) => part.announcements.length)).toEqual([2, 4, 6]);
    for (const part of parts) findConflicts({ ...input, ...part, memo });
    expect(asked).toHaveLength(plan.announcements.length);
    expect(new Set(asked).size).toBe(plan.announcements.length);
  });
});
