import { describe, expect, it } from 'vitest';
import { applyExportFilters } from '../../../shared/export/filters';
import { announcement, exportInput, item, maintenanceWindow } from './records';
import { calendarDay, utcInstant } from '../../dates';

const input = exportInput({
  announcements: [
    announcement({
      id: 'a1',
      tierKey: 'major',
      launchDate: calendarDay('2026-12-01'),
      marketingOwnerId: 'p-ana',
      productOwnerId: null,
    }),
    announcement({
      id: 'a2',
      tierKey: 'minor',
      launchDate: calendarDay('2026-12-20'),
      marketingOwnerId: 'p-bo',
      productOwnerId: null,
    }),
  ],
  items: [
    item({
      id: 'a1:x',
      parentId: 'a1',
      team: 'Content & Docs',
      dueDate: calendarDay('2026-11-30'),
      assigneeId: null,
    }),
    item({
      id: 'a2:y',
      parentId: 'a2',
      team: 'Words & Pictures',
      dueDate: calendarDay('2026-12-20'),
      assigneeId: 'p-ana',
    }),
    item({ id: 'orphan', parentId: 'nobody', dueDate: calendarDay('2026-12-01') }),
  ],
  windows: [
    maintenanceWindow({
      id: 'w1',
      start: utcInstant('2026-12-05T22:00:00.000Z'),
      end: utcInstant('2026-12-06T02:00:00.000Z'),
      ownerId: 'p-ops',
    }),
  ],
});
const ids = (result: ReturnType<typeof applyExportFilters>): string[] =>
  [...result.announcements, ...result.windows, ...result.items].map((record) => record.id).sort();

describe('applyExportFilters', () => {
  it('passes everything but orphaned items when no filter is set', () => {
    expect(ids(applyExportFilters(input, {}))).toEqual(['a1', 'a1:x', 'a2', 'a2:y', 'w1']);
  });

  it('tests launch days, due days and window days against the range', () => {
    expect(
      ids(applyExportFilters(input, { from: calendarDay('2026-12-01'), to: calendarDay('2026-12-05') })),
    ).toEqual(['a1', 'w1']);
    expect(
      ids(applyExportFilters(input, { from: calendarDay('2026-12-06'), to: calendarDay('2026-12-06') })),
    ).toEqual(['w1']);
  });

  it('keeps tiers for announcements and their items, leaving maintenance to the kinds filter', () => {
    expect(ids(applyExportFilters(input, { tierKeys: ['minor'] }))).toEqual(['a2', 'a2:y', 'w1']);
    expect(
      ids(applyExportFilters(input, { tierKeys: ['minor'], kinds: ['announcement', 'checklist'] })),
    ).toEqual(['a2', 'a2:y']);
  });

  it('keeps team items and the parents they belong to', () => {
    expect(ids(applyExportFilters(input, { teams: ['content & docs'] }))).toEqual(['a1', 'a1:x']);
  });

  it('keeps what an owner owns or is assigned', () => {
    expect(ids(applyExportFilters(input, { owner: 'ana' }))).toEqual(['a1', 'a1:x', 'a2', 'a2:y']);
    expect(ids(applyExportFilters(input, { owner: 'Ops' }))).toEqual(['w1']);
  });
});
