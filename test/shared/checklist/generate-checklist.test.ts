import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../../../shared/calendar-day';
import { dueDateForOffset } from '../../../shared/checklist/due-dates';
import { generateChecklist } from '../../../shared/checklist/generate-checklist';
import { dayArb, NOW, PARENT, settingsArb, tierArb } from './arbitraries';
import { calendarDay } from '../../dates';

describe('generateChecklist', () => {
  it('gives each template item its due day from dueDateForOffset, ids from the parent (property)', () => {
    fc.assert(
      fc.property(tierArb, dayArb, settingsArb, (tier, launchDate, settings) => {
        const items = generateChecklist({ parentId: PARENT, tier, launchDate, settings, now: NOW });
        expect(items).toHaveLength(tier.items.length);
        items.forEach((item, index) => {
          const source = tier.items[index];
          if (!source) throw new Error('length mismatch');
          expect(item.id).toBe(`${PARENT}:${source.id}`);
          expect(item.templateItemId).toBe(source.id);
          expect(item.dueDate).toBe(dueDateForOffset(source.offset, launchDate, settings));
          expect(item.order).toBe(index);
          if (settings.businessDaysOnly) expect([0, 6]).not.toContain(weekdayOf(item.dueDate));
        });
        expect(generateChecklist({ parentId: PARENT, tier, launchDate, settings, now: NOW })).toEqual(items);
      }),
      { numRuns: 300 },
    );
  });

  it('starts every item open, unassigned, from the template, at sequence 0', () => {
    const tier = {
      key: 'k',
      name: 'K',
      description: '',
      rank: 1 as const,
      color: '#000000',
      items: [
        {
          id: 'blog',
          title: 'Blog',
          channel: 'blog' as const,
          team: 'Content & Docs',
          offset: { kind: 'launch' as const, days: 2 },
        },
      ],
    };
    const [item] = generateChecklist({
      parentId: 'p',
      tier,
      launchDate: calendarDay('2026-05-04'),
      settings: { arrayDayOfMonth: 15, businessDaysOnly: false },
      now: NOW,
    });
    expect(item).toEqual({
      id: 'p:blog',
      parentId: 'p',
      parentKind: 'announcement',
      templateItemId: 'blog',
      title: 'Blog',
      channel: 'blog',
      team: 'Content & Docs',
      assigneeId: null,
      offset: { kind: 'launch', days: 2 },
      dueDate: '2026-05-06',
      dueAt: null,
      dueOverridden: false,
      done: false,
      doneAt: null,
      notes: '',
      custom: false,
      notInTier: false,
      order: 0,
      updatedAt: NOW,
      sequence: 0,
    });
    expect(item?.offset).not.toBe(tier.items[0]?.offset);
  });

  it('assigns a team’s default owner for the item’s channel, and nobody elsewhere (property)', () => {
    fc.assert(
      fc.property(tierArb, dayArb, settingsArb, (tier, launchDate, settings) => {
        const first = tier.items[0];
        if (!first) return;
        const defaultOwners = { [first.team]: { [first.channel]: 'p-ana' } };
        const items = generateChecklist({
          parentId: PARENT,
          tier,
          launchDate,
          settings,
          now: NOW,
          defaultOwners,
        });
        items.forEach((item) => {
          const wanted = item.team === first.team && item.channel === first.channel ? 'p-ana' : null;
          expect(item.assigneeId).toBe(wanted);
        });
      }),
      { numRuns: 100 },
    );
  });
});
