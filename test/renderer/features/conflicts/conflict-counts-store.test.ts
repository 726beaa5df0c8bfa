import { describe, expect, it } from 'vitest';
import { makeConflict } from '../../../../shared/conflicts/conflict';
import { useConflictCountsStore } from '../../../../renderer/features/conflicts/conflict-counts-store';
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

describe('the calendar badges’ conflict counts (issue 13: kept out of the events)', () => {
  it('counts, per record, the conflicts that name it, and forgets a record whose conflicts clear', () => {
    const { setConflicts } = useConflictCountsStore.getState();
    setConflicts([launchAndWindow, twoMajors]);
    const counts = useConflictCountsStore.getState().counts;
    expect([...counts].sort()).toEqual([
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
