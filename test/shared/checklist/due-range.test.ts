import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../shared/calendar-day';
import { DueDateOutOfRangeError, launchDueDateProblem } from '../../../shared/checklist/due-range';
import { generateChecklist } from '../../../shared/checklist/generate-checklist';
import { shiftChecklistForLaunchMove } from '../../../shared/checklist/launch-move';
import { changeTier } from '../../../shared/checklist/tier-change';
import { isPlannableDay, PLANNABLE_FIRST_DAY, PLANNABLE_LAST_DAY } from '../../../shared/plannable-range';
import { builtInTemplateSet, findTier } from '../../../shared/templates/built-in-sets';
import type { CalendarDay, TierTemplate } from '../../../shared/types';
import { NOW, PARENT, settingsArb, tierArb } from './arbitraries';
import { calendarDay } from '../../dates';

const SETTINGS = { arrayDayOfMonth: 15, businessDaysOnly: false };
const current = builtInTemplateSet('handbook-current');
const major = (current && findTier(current, 'major')) as TierTemplate;
const minor = (current && findTier(current, 'minor')) as TierTemplate;

/** A tier with one item due `days` after launch, so a test controls exactly where it lands. */
function tierWith(days: number): TierTemplate {
  return {
    ...minor,
    items: [
      {
        id: 'week',
        title: 'Follow-up post',
        channel: 'blog',
        team: 'Content & Docs',
        offset: { kind: 'launch', days },
      },
    ],
  };
}

/** Launch days near either end of the range, where offsets can push due days out. */
const edgeDayArb: fc.Arbitrary<CalendarDay> = fc.oneof(
  fc.integer({ min: 0, max: 400 }).map((n) => addCalendarDays(PLANNABLE_FIRST_DAY, n)),
  fc.integer({ min: 0, max: 400 }).map((n) => addCalendarDays(PLANNABLE_LAST_DAY, -n)),
);

describe('due dates stay in the plannable range', () => {
  it('refuses a launch on 2199-12-30 whose item is due 7 days later, naming the item and the day', () => {
    const generate = () =>
      generateChecklist({
        parentId: PARENT,
        tier: tierWith(7),
        launchDate: calendarDay('2199-12-30'),
        settings: SETTINGS,
        now: NOW,
      });
    expect(generate).toThrow(DueDateOutOfRangeError);
    expect(generate).toThrow('“Follow-up post” would be due 2200-01-06, outside the dates Tierline plans');
  });

  it('accepts the same tier when the item still lands on the last plannable day', () => {
    const items = generateChecklist({
      parentId: PARENT,
      tier: tierWith(1),
      launchDate: calendarDay('2199-12-30'),
      settings: SETTINGS,
      now: NOW,
    });
    expect(items.map((item) => item.dueDate)).toEqual(['2199-12-31']);
  });

  it('says before writing which handbook item a late launch pushes out (the form check)', () => {
    expect(launchDueDateProblem(major, calendarDay('2199-12-30'), SETTINGS)).toMatch(
      /^“.+” would be due 2200-/,
    );
    expect(launchDueDateProblem(major, calendarDay('2026-12-01'), SETTINGS)).toBeNull();
  });

  it('never generates a due day outside the range: it refuses instead (property)', () => {
    fc.assert(
      fc.property(tierArb, edgeDayArb, settingsArb, (tier, launchDate, settings) => {
        try {
          const items = generateChecklist({ parentId: PARENT, tier, launchDate, settings, now: NOW });
          expect(items.every((item) => isPlannableDay(item.dueDate))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DueDateOutOfRangeError);
          expect(isPlannableDay((error as DueDateOutOfRangeError).dueDate)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never moves a due day outside the range when a launch moves: it refuses instead (property)', () => {
    fc.assert(
      fc.property(tierArb, edgeDayArb, edgeDayArb, settingsArb, (tier, from, to, settings) => {
        const fits = launchDueDateProblem(tier, from, settings) === null;
        fc.pre(fits);
        const items = generateChecklist({ parentId: PARENT, tier, launchDate: from, settings, now: NOW });
        try {
          const moved = shiftChecklistForLaunchMove(items, from, to, settings, NOW);
          expect(moved.every((item) => isPlannableDay(item.dueDate))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DueDateOutOfRangeError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a tier change whose new items would be due past the range', () => {
    const items = generateChecklist({
      parentId: PARENT,
      tier: tierWith(0),
      launchDate: calendarDay('2199-12-31'),
      settings: SETTINGS,
      now: NOW,
    });
    expect(() =>
      changeTier(items, {
        parentId: PARENT,
        newTier: tierWith(3),
        launchDate: calendarDay('2199-12-31'),
        settings: SETTINGS,
        now: NOW,
      }),
    ).toThrow(/would be due 2200-01-03/);
  });
});
