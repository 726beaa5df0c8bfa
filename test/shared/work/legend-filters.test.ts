import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  hasActiveFilters,
  isHidden,
  NO_FILTERS,
  parentMatches,
  restoreFilters,
  rowMatches,
  tierLegendKey,
  toggleHidden,
  windowLegendKey,
  type CalendarParent,
  type LegendKey,
} from '../../../shared/work/filters';
import { legendKeyText } from '../../../shared/work/filter-chips';
import { item, rowsOf } from './work-fixtures';
import { calendarDay } from '../../dates';

const rows = rowsOf([item('launch-step', calendarDay('2026-12-09'), { assigneeId: 'priya' })]);

const parent = (patch: Partial<CalendarParent>): CalendarParent => ({
  kind: 'announcement',
  tierKey: 'major',
  cancelled: false,
  ownerKeys: [],
  rows: [],
  ...patch,
});

describe('the legend’s show/hide toggles', () => {
  it('hide a tier’s launches and show them again', () => {
    const hidden = toggleHidden(null, tierLegendKey('major'));
    const filters = { ...NO_FILTERS, hidden };
    expect(hasActiveFilters(filters)).toBe(true);
    expect(parentMatches(parent({}), filters)).toBe(false);
    expect(parentMatches(parent({ tierKey: 'minor' }), filters)).toBe(true);
    expect(toggleHidden(hidden, tierLegendKey('major'))).toBeNull();
  });

  it('hide one window kind and leave the other two', () => {
    const filters = { ...NO_FILTERS, hidden: toggleHidden(null, windowLegendKey('degraded')) };
    const window = (disruption: 'downtime' | 'degraded' | 'none') =>
      parent({ kind: 'maintenance', tierKey: null, disruption });
    expect(parentMatches(window('degraded'), filters)).toBe(false);
    expect(parentMatches(window('downtime'), filters)).toBe(true);
    expect(parentMatches(window('none'), filters)).toBe(true);
  });

  it('hide the Work rows of a hidden tier too, so the two views agree', () => {
    const tier = rows[0]!.tierKey ?? 'none';
    expect(rowMatches(rows[0]!, { ...NO_FILTERS, hidden: [tierLegendKey(tier)] })).toBe(false);
    expect(rowMatches(rows[0]!, { ...NO_FILTERS, hidden: [tierLegendKey(`${tier}-other`)] })).toBe(true);
  });

  it('toggling any key twice leaves the set as it was (property)', () => {
    const key = fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }).map((text): LegendKey => `tier:${text}`),
      fc.constantFrom<LegendKey>('window:downtime', 'window:degraded', 'window:none'),
    );
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 6 }), key, (start, flip) => {
        const before = start.length === 0 ? null : start;
        const after = toggleHidden(toggleHidden(before, flip), flip);
        expect([...(after ?? [])].sort()).toEqual([...(before ?? [])].sort());
        expect(isHidden({ ...NO_FILTERS, hidden: toggleHidden(before, flip) }, flip)).toBe(
          !(before ?? []).includes(flip),
        );
      }),
    );
  });

  it('names entries in the planner’s words', () => {
    expect(legendKeyText('window:none', () => '')).toBe('No impact windows');
    expect(legendKeyText('tier:major', (key) => key.toUpperCase())).toBe('MAJOR');
  });
});

describe('hostile input: stored legend toggles', () => {
  it('drops keys of an unknown window kind', () => {
    expect(restoreFilters({ hidden: ['window:outage'] }).hidden).toBeNull();
  });

  it('drops non-strings and a bare prefix, keeping the good keys once', () => {
    expect(restoreFilters({ hidden: [1, null, 'tier:', 'tier:major', 'tier:major', {}] }).hidden).toEqual([
      'tier:major',
    ]);
  });

  it('reads a hidden value that is not a list as nothing hidden', () => {
    for (const hidden of ['tier:major', { 0: 'tier:major' }, 7, true])
      expect(restoreFilters({ hidden }).hidden).toBeNull();
  });

  it('drops a key longer than any tier key could be', () => {
    expect(restoreFilters({ hidden: [`tier:${'x'.repeat(5000)}`] }).hidden).toBeNull();
  });
});
