import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklistProgress } from '../../../shared/checklist/progress';
import { customItem, dayArb } from './arbitraries';
import { calendarDay } from '../../dates';

describe('checklistProgress', () => {
  it('counts done, total and overdue (due before today, not done)', () => {
    const items = [
      customItem('a', calendarDay('2026-05-01'), 0, true),
      customItem('b', calendarDay('2026-05-01'), 1),
      customItem('c', calendarDay('2026-05-04'), 2),
      customItem('d', calendarDay('2026-05-05'), 3),
    ];
    expect(checklistProgress(items, calendarDay('2026-05-04'))).toEqual({ done: 1, total: 4, overdue: 1 });
    expect(checklistProgress([], calendarDay('2026-05-04'))).toEqual({ done: 0, total: 0, overdue: 0 });
  });

  it('agrees with counting by hand (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(dayArb, fc.boolean()), { maxLength: 30 }), dayArb, (specs, today) => {
        const items = specs.map(([due, done], index) => customItem(`i${index}`, due, index, done));
        const progress = checklistProgress(items, today);
        expect(progress.total).toBe(specs.length);
        expect(progress.done).toBe(specs.filter(([, done]) => done).length);
        expect(progress.overdue).toBe(
          specs.filter(([due, done]) => !done && Date.parse(due) < Date.parse(today)).length,
        );
        expect(progress.done + progress.overdue).toBeLessThanOrEqual(progress.total);
      }),
      { numRuns: 300 },
    );
  });
});
