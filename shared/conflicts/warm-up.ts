import type { FindConflictsInput } from './find-conflicts';

/** The rows the conflict rules judge: a plan, or part of one. */
export type ConflictRows = Pick<FindConflictsInput, 'announcements' | 'windows' | 'items'>;

/**
 * The plan in `steps` growing parts, the last of them the plan itself (the same arrays): every
 * window in each, then the announcements a slice at a time, each part with the checklist items of
 * the announcements it has (and from the first part on, the items of windows and of parents the
 * plan lacks). Fed one by one to findConflicts with a memo, each part judges only the rows it
 * adds, so the first pass over a large plan is spread over several tasks instead of holding the
 * window for one (issue 13: ~125 ms at 10,000 items, a few hundred milliseconds after the plan
 * opens). An item never arrives before its announcement, so it is judged once, with its label.
 */
export function conflictWarmUpSteps(plan: ConflictRows, steps: number): ConflictRows[] {
  const count = Math.max(1, Math.floor(steps));
  const { announcements, windows, items } = plan;
  const stepOfParent = new Map<string, number>();
  announcements.forEach((announcement, index) => {
    const step = Math.floor((index * count) / Math.max(1, announcements.length));
    // The first of two records with one id decides: the memo falls back to a plain pass then anyway.
    if (!stepOfParent.has(announcement.id)) stepOfParent.set(announcement.id, step);
  });
  const parts: ConflictRows[] = [];
  for (let step = 0; step < count - 1; step++) {
    const end = Math.ceil(((step + 1) * announcements.length) / count);
    parts.push({
      announcements: announcements.slice(0, end),
      windows,
      items: items.filter((item) => (stepOfParent.get(item.parentId) ?? 0) <= step),
    });
  }
  parts.push(plan);
  return parts;
}
