import { describe, expect, it } from 'vitest';
import { majorsTooClose } from '../../../shared/conflicts/majors-too-close';
import { makeAnnouncement } from '../../builders';
import { rankByTierKey } from './conflict-fixtures';
import type { CalendarDay } from '../../../shared/types';
import { calendarDay } from '../../dates';

const major = (id: string, launchDate: CalendarDay, overrides = {}) =>
  makeAnnouncement({ id, title: `Launch ${id}`, launchDate, tierKey: 'major', ...overrides });

describe('majorsTooClose', () => {
  it('counts "within 7 days" inclusively: Tue 1 Dec and Tue 8 Dec conflict, Tue 1 and Wed 9 do not', () => {
    expect(
      majorsTooClose(
        [major('a', calendarDay('2026-12-01')), major('b', calendarDay('2026-12-08'))],
        rankByTierKey,
      ),
    ).toHaveLength(1);
    expect(
      majorsTooClose(
        [major('a', calendarDay('2026-12-01')), major('b', calendarDay('2026-12-09'))],
        rankByTierKey,
      ),
    ).toEqual([]);
  });

  it('flags the same day and sits on the later launch day', () => {
    const [sameDay] = majorsTooClose(
      [major('a', calendarDay('2026-12-03')), major('b', calendarDay('2026-12-03'))],
      rankByTierKey,
    );
    expect(sameDay?.message).toMatch(/on the same day/);
    const [apart] = majorsTooClose(
      [major('b', calendarDay('2026-12-05')), major('a', calendarDay('2026-12-01'))],
      rankByTierKey,
    );
    expect(apart?.day).toBe('2026-12-05');
    expect(apart?.message).toMatch(/4 days apart/);
  });

  it('ignores smaller tiers, unknown tiers and cancelled launches', () => {
    const others = [
      major('b', calendarDay('2026-12-02'), { tierKey: 'medium' }),
      major('c', calendarDay('2026-12-02'), { tierKey: 'custom' }),
      major('d', calendarDay('2026-12-02'), { status: 'cancelled' }),
    ];
    expect(majorsTooClose([major('a', calendarDay('2026-12-01')), ...others], rankByTierKey)).toEqual([]);
  });

  it('reads the rank through tierRankOf, so the earlier edition’s Tier 1 counts too', () => {
    const tierOne = (id: string, day: CalendarDay) =>
      makeAnnouncement({ id, launchDate: day, tierKey: 'tier-1' });
    const rank = (a: { tierKey: string }): 1 | 3 => (a.tierKey === 'tier-1' ? 1 : 3);
    expect(
      majorsTooClose(
        [tierOne('a', calendarDay('2026-12-01')), tierOne('b', calendarDay('2026-12-04'))],
        rank,
      ),
    ).toHaveLength(1);
  });
});
