import fc from 'fast-check';
import { addCalendarDays } from '../../../shared/calendar-day';
import type { DueDateSettings } from '../../../shared/checklist/due-dates';
import { generateChecklist } from '../../../shared/checklist/generate-checklist';
import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import { CHANNELS } from '../../../shared/types';
import type {
  CalendarDay,
  ChecklistItem,
  DueOffset,
  TemplateItem,
  TierTemplate,
} from '../../../shared/types';
import { makeChecklistItem } from '../../builders';
import { calendarDay, utcInstant } from '../../dates';

export const NOW = utcInstant('2026-02-01T09:00:00.000Z');
export const LATER = utcInstant('2026-02-02T09:00:00.000Z');
export const PARENT = 'ann-1';

/** Any day from 2020 to about 2034. */
export const dayArb: fc.Arbitrary<CalendarDay> = fc
  .integer({ min: 0, max: 5300 })
  .map((n) => addCalendarDays(calendarDay('2020-01-01'), n));

export const settingsArb: fc.Arbitrary<DueDateSettings> = fc.record({
  arrayDayOfMonth: fc.integer({ min: 1, max: 31 }),
  businessDaysOnly: fc.boolean(),
});

export const launchOffsetArb: fc.Arbitrary<DueOffset> = fc.oneof(
  fc.integer({ min: -60, max: 60 }).map((days): DueOffset => ({ kind: 'launch', days })),
  fc.constant<DueOffset>({ kind: 'next-array' }),
);

// A small id pool, so random tiers share items the way handbook tiers do.
const templateItemArb: fc.Arbitrary<TemplateItem> = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  title: fc.constantFrom('Blog post', 'Tweet', 'Array', 'Banner', 'Email users'),
  channel: fc.constantFrom(...CHANNELS),
  team: fc.constantFrom('Content & Docs', 'Words & Pictures', 'Website & Vibes'),
  offset: launchOffsetArb,
});

const randomTierArb: fc.Arbitrary<TierTemplate> = fc
  .uniqueArray(templateItemArb, { selector: (item) => item.id, maxLength: 8 })
  .map((items) => ({
    key: 'random',
    name: 'Random',
    description: '',
    rank: 2 as const,
    color: '#175CD3',
    items,
  }));

const builtInTiers = builtInTemplateSets().flatMap((set) => set.tiers);

/** A handbook tier, or a random one sharing item ids with the other random ones. */
export const tierArb: fc.Arbitrary<TierTemplate> = fc.oneof(fc.constantFrom(...builtInTiers), randomTierArb);

/** Two tiers of the same built-in set, or two random tiers. */
export const tierPairArb: fc.Arbitrary<[TierTemplate, TierTemplate]> = fc.oneof(
  fc
    .constantFrom(...builtInTemplateSets())
    .chain((set) => fc.tuple(fc.constantFrom(...set.tiers), fc.constantFrom(...set.tiers))),
  fc.tuple(
    randomTierArb,
    randomTierArb.map((tier) => ({ ...tier, key: 'random-b' })),
  ),
);

type Edit = {
  done: boolean;
  assigneeId: string | null;
  notes: string;
  override: CalendarDay | null;
};

const editArb: fc.Arbitrary<Edit> = fc.record({
  done: fc.boolean(),
  assigneeId: fc.constantFrom<string | null>(null, null, null, 'p-sam'),
  notes: fc.constantFrom('', '', '', 'call Sam first'),
  override: fc.option(dayArb, { freq: 4 }),
});

function applyEdit(item: ChecklistItem, edit: Edit, retitle: boolean, rechannel: boolean): ChecklistItem {
  return {
    ...item,
    done: edit.done,
    doneAt: edit.done ? NOW : null,
    assigneeId: edit.assigneeId,
    notes: edit.notes,
    dueOverridden: edit.override !== null,
    dueDate: edit.override ?? item.dueDate,
    title: retitle ? `${item.title} (edited)` : item.title,
    team: rechannel ? 'Product' : item.team,
  };
}

/** A planner's checklist: generated for `tier`, then some items edited and some custom ones added. */
export function plannedChecklistArb(
  tier: TierTemplate,
  launchDate: CalendarDay,
  settings: DueDateSettings,
): fc.Arbitrary<ChecklistItem[]> {
  const generated = generateChecklist({ parentId: PARENT, tier, launchDate, settings, now: NOW });
  const editsArb = fc.array(fc.tuple(fc.option(editArb, { freq: 2 }), fc.boolean(), fc.boolean()), {
    minLength: generated.length,
    maxLength: generated.length,
  });
  const customArb = fc.array(
    fc.record({ due: dayArb, order: fc.integer({ min: 0, max: 20 }), done: fc.boolean() }),
    { maxLength: 3 },
  );
  return fc.tuple(editsArb, customArb).map(([edits, customs]) => [
    ...generated.map((item, index) => {
      const [edit, retitle, rechannel] = edits[index] ?? [null, false, false];
      return edit ? applyEdit(item, edit, retitle && index % 2 === 0, rechannel && index % 3 === 0) : item;
    }),
    ...customs.map((custom, index) => customItem(`custom-${index}`, custom.due, custom.order, custom.done)),
  ]);
}

export function customItem(id: string, dueDate: CalendarDay, order: number, done = false): ChecklistItem {
  return makeChecklistItem({
    id,
    parentId: PARENT,
    title: `Custom ${id}`,
    channel: 'other',
    team: 'Marketing',
    dueDate,
    done,
    doneAt: done ? NOW : null,
    order,
    updatedAt: NOW,
  });
}

/** What the planner sees of an item: everything but the bookkeeping stamps. */
export function visible(item: ChecklistItem): Omit<ChecklistItem, 'updatedAt' | 'sequence'> {
  const copy: Partial<ChecklistItem> = { ...item };
  delete copy.updatedAt;
  delete copy.sequence;
  return copy as Omit<ChecklistItem, 'updatedAt' | 'sequence'>;
}

export function byId(items: readonly ChecklistItem[]): Map<string, ChecklistItem> {
  return new Map(items.map((item) => [item.id, item]));
}
