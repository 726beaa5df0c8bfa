import { describe, expect, it } from 'vitest';
import { newChecklistItem } from '../../../shared/checklist/new-item';
import { revised } from '../../../shared/revised';
import { makeChecklistItem } from '../../builders';
import { calendarDay, utcInstant } from '../../dates';

const NOW = utcInstant('2026-12-02T10:00:00.000Z');
const REQUIRED = {
  id: 'i-9',
  parentId: 'a-1',
  parentKind: 'announcement',
  title: 'Brief support',
  channel: 'other',
  team: 'Support',
  dueDate: calendarDay('2026-12-01'),
  order: 3,
} as const;

describe('newChecklistItem', () => {
  it('starts open, unassigned, without notes, in its tier, at sequence 0, stamped now', () => {
    expect(newChecklistItem(REQUIRED, NOW)).toEqual({
      ...REQUIRED,
      templateItemId: null,
      assigneeId: null,
      offset: null,
      dueAt: null,
      dueOverridden: false,
      done: false,
      doneAt: null,
      notes: '',
      custom: false,
      notInTier: false,
      updatedAt: NOW,
      sequence: 0,
    });
  });

  it('takes what it is told over the defaults, and keeps the stored key order', () => {
    const item = newChecklistItem({ ...REQUIRED, custom: true, done: true, doneAt: NOW }, NOW);
    expect(item).toMatchObject({ custom: true, done: true, doneAt: NOW });
    expect(Object.keys(item)).toEqual(Object.keys(makeChecklistItem()));
  });
});

describe('revised', () => {
  it('applies the changes, stamps now and raises the sequence by one', () => {
    const before = makeChecklistItem({ sequence: 7 });
    const after = revised(before, NOW, { title: 'Renamed', sequence: 0 });
    expect(after).toEqual({ ...before, title: 'Renamed', updatedAt: NOW, sequence: 8 });
    expect(before.sequence).toBe(7);
  });
});
