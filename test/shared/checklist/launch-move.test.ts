import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween, weekdayOf } from '../../../shared/calendar-day';
import { dueDateForOffset } from '../../../shared/checklist/due-dates';
import type { DueDateSettings } from '../../../shared/checklist/due-dates';
import { followingDueDays, shiftChecklistForLaunchMove } from '../../../shared/checklist/launch-move';
import { DueDateOutOfRangeError } from '../../../shared/checklist/due-range';
import { PLANNABLE_FIRST_DAY, PLANNABLE_LAST_DAY } from '../../../shared/plannable-range';
import { builtInTemplateSet } from '../../../shared/templates/built-in-sets';
import { generateChecklist } from '../../../shared/checklist/generate-checklist';
import type { ChecklistItem } from '../../../shared/types';
import {
  customItem,
  dayArb,
  LATER,
  NOW,
  PARENT,
  plannedChecklistArb,
  settingsArb,
  tierArb,
  visible,
} from './arbitraries';
import { calendarDay } from '../../dates';

const plannedWith = (settings: fc.Arbitrary<DueDateSettings>) =>
  fc
    .tuple(tierArb, dayArb, settings)
    .chain(([tier, launch, settings]) =>
      plannedChecklistArb(tier, launch, settings).map((items) => ({ items, launch, settings })),
    );
const plannedArb = plannedWith(settingsArb);
const plannedPlainArb = plannedWith(
  settingsArb.map((settings) => ({ ...settings, businessDaysOnly: false })),
);

const movable = (item: ChecklistItem): boolean => !item.done && !item.dueOverridden;

describe('shiftChecklistForLaunchMove', () => {
  it('moves open items with the launch and leaves done and hand-set ones alone', () => {
    const major = builtInTemplateSet('handbook-current')?.tiers.find((tier) => tier.key === 'major');
    if (!major) throw new Error('no major tier');
    const settings = { arrayDayOfMonth: 15, businessDaysOnly: false };
    const generated = generateChecklist({
      parentId: PARENT,
      tier: major,
      launchDate: calendarDay('2026-05-04'),
      settings,
      now: NOW,
    });
    const items = [
      ...generated.map((item) => {
        if (item.templateItemId === 'tell-marketing') return { ...item, done: true, doneAt: NOW };
        if (item.templateItemId === 'social-thread')
          return { ...item, dueOverridden: true, dueDate: calendarDay('2026-04-01') };
        return item;
      }),
      customItem('custom-1', calendarDay('2026-05-10'), 50),
    ];
    const moved = shiftChecklistForLaunchMove(
      items,
      calendarDay('2026-05-04'),
      calendarDay('2026-05-11'),
      settings,
      LATER,
    );
    const find = (list: ChecklistItem[], templateItemId: string) =>
      list.find((item) => item.templateItemId === templateItemId);
    expect(find(moved, 'tell-marketing')).toEqual(find(items, 'tell-marketing'));
    expect(find(moved, 'social-thread')?.dueDate).toBe('2026-04-01');
    expect(find(moved, 'social-thread')?.sequence).toBe(0);
    expect(find(moved, 'landing-page')?.dueDate).toBe('2026-05-10');
    const custom = moved.find((item) => item.id === 'custom-1');
    expect(custom?.dueDate).toBe('2026-05-17');
    expect(custom?.sequence).toBe(1);
    expect(custom?.updatedAt).toBe(LATER);
    const array = moved.find((item) => item.templateItemId === 'array-headline');
    expect(array?.dueDate).toBe('2026-05-15');
    const blog = moved.find((item) => item.templateItemId === 'dedicated-blog-post');
    expect(blog?.dueDate).toBe('2026-05-11');
  });

  it('leaves items whose due day does not change untouched, stamps and all', () => {
    const items = [customItem('c', calendarDay('2026-05-10'), 0)];
    const same = shiftChecklistForLaunchMove(
      items,
      calendarDay('2026-05-04'),
      calendarDay('2026-05-04'),
      { arrayDayOfMonth: 1, businessDaysOnly: false },
      LATER,
    );
    expect(same).toEqual(items);
    expect(same[0]).not.toBe(items[0]);
  });

  it('moves every open item by the launch shift; done and overridden stay put (property)', () => {
    fc.assert(
      fc.property(plannedArb, dayArb, ({ items, launch, settings }, target) => {
        const moved = shiftChecklistForLaunchMove(items, launch, target, settings, LATER);
        expect(moved).toHaveLength(items.length);
        const delta = calendarDaysBetween(launch, target);
        moved.forEach((after, index) => {
          const before = items[index] as ChecklistItem;
          expect(after.id).toBe(before.id);
          if (!movable(before)) {
            expect(after).toEqual(before);
            return;
          }
          if (before.offset !== null && before.offset.kind !== 'maintenance') {
            expect(after.dueDate).toBe(dueDateForOffset(before.offset, target, settings));
          } else if (!settings.businessDaysOnly) {
            expect(calendarDaysBetween(before.dueDate, after.dueDate)).toBe(delta);
          }
          if (settings.businessDaysOnly) expect([0, 6]).not.toContain(weekdayOf(after.dueDate));
          const changed = after.dueDate !== before.dueDate;
          expect(after.sequence).toBe(before.sequence + (changed ? 1 : 0));
          expect(after.updatedAt).toBe(changed ? LATER : before.updatedAt);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('shift then shift back is the identity when weekends are allowed (property)', () => {
    fc.assert(
      fc.property(plannedPlainArb, dayArb, ({ items, launch, settings }, target) => {
        const there = shiftChecklistForLaunchMove(items, launch, target, settings, LATER);
        const back = shiftChecklistForLaunchMove(there, target, launch, settings, LATER);
        expect(back.map(visible)).toEqual(items.map(visible));
      }),
      { numRuns: 300 },
    );
  });

  it('in business-day mode, template items round-trip exactly and whole-week moves round-trip weekday items (property)', () => {
    fc.assert(
      fc.property(
        plannedArb,
        dayArb,
        fc.integer({ min: -20, max: 20 }),
        ({ items, launch, settings }, target, weeks) => {
          const business = { ...settings, businessDaysOnly: true };
          // Start from a checklist that already follows business-day rules.
          const start = shiftChecklistForLaunchMove(items, launch, launch, business, NOW);
          const back = shiftChecklistForLaunchMove(
            shiftChecklistForLaunchMove(start, launch, target, business, LATER),
            target,
            launch,
            business,
            LATER,
          );
          back.forEach((after, index) => {
            const before = start[index] as ChecklistItem;
            if (!movable(before) || before.templateItemId !== null)
              expect(after.dueDate).toBe(before.dueDate);
          });
          const weekLater = addCalendarDays(launch, weeks * 7);
          const weekly = shiftChecklistForLaunchMove(start, launch, weekLater, business, LATER);
          const weeklyBack = shiftChecklistForLaunchMove(weekly, weekLater, launch, business, LATER);
          expect(weeklyBack.map(visible)).toEqual(start.map(visible));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('followingDueDays', () => {
  // The ends of the plannable range too: a launch moved there pushes some items out, and the move is refused.
  const targetArb = fc.oneof(
    dayArb,
    fc.constantFrom(calendarDay(PLANNABLE_FIRST_DAY), calendarDay(PLANNABLE_LAST_DAY)),
  );

  it('names exactly the items whose due day the move changes, with the day it gives them (property)', () => {
    let refused = 0;
    fc.assert(
      fc.property(plannedArb, targetArb, ({ items, launch, settings }, target) => {
        const days = followingDueDays(items, launch, target, settings);
        let moved: ChecklistItem[];
        try {
          moved = shiftChecklistForLaunchMove(items, launch, target, settings, LATER);
        } catch (error) {
          expect(error).toBeInstanceOf(DueDateOutOfRangeError);
          refused++;
          expect(days.size).toBe(0);
          return;
        }
        const changed = new Map(
          moved
            .filter((after, index) => after.dueDate !== (items[index] as ChecklistItem).dueDate)
            .map((after) => [after.id, after.dueDate]),
        );
        expect(days).toEqual(changed);
      }),
      { numRuns: 300 },
    );
    // The range's ends were drawn often enough to test the refusal, not only the moves.
    expect(refused).toBeGreaterThan(0);
  });
});
