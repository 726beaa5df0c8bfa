import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateChecklist } from '../../../shared/checklist/generate-checklist';
import { changeTier } from '../../../shared/checklist/tier-change';
import { builtInTemplateSet } from '../../../shared/templates/built-in-sets';
import type { ChecklistItem, TierTemplate } from '../../../shared/types';
import {
  byId,
  customItem,
  dayArb,
  LATER,
  NOW,
  PARENT,
  plannedChecklistArb,
  settingsArb,
  tierArb,
  tierPairArb,
  visible,
} from './arbitraries';
import { calendarDay } from '../../dates';

function tier(setId: string, key: string): TierTemplate {
  const found = builtInTemplateSet(setId)?.tiers.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no tier ${setId}/${key}`);
  return found;
}

const settings = { arrayDayOfMonth: 15, businessDaysOnly: false };
const launchDate = calendarDay('2026-05-04');

/** The planner switching `items` from tier `from` to tier `to`, on the fixed launch day and settings. */
const changeFrom = (items: readonly ChecklistItem[], from: TierTemplate, to: TierTemplate) =>
  changeTier(items, { parentId: PARENT, newTier: to, launchDate, settings, now: LATER, previousTier: from });

const sortedVisible = (items: readonly ChecklistItem[]) =>
  [...items].sort((a, b) => a.id.localeCompare(b.id)).map(visible);

describe('changeTier', () => {
  it('minor → major adds the major items, drops untouched minor-only ones, keeps shared and worked-on ones', () => {
    const minor = tier('handbook-current', 'minor');
    const major = tier('handbook-current', 'major');
    const items = generateChecklist({ parentId: PARENT, tier: minor, launchDate, settings, now: NOW }).map(
      (item) => (item.templateItemId === 'social-short-post' ? { ...item, assigneeId: 'p-sam' } : item),
    );
    items.push(customItem('custom-1', calendarDay('2026-05-01'), 9, true));
    const result = changeFrom(items, minor, major);

    expect(result.removed).toEqual([`${PARENT}:array-other-improvements`, `${PARENT}:slack-community-post`]);
    expect(result.keptNotInTier).toEqual([`${PARENT}:social-short-post`]);
    const ids = result.items.map((item) => item.id);
    for (const templateItem of major.items) expect(ids).toContain(`${PARENT}:${templateItem.id}`);
    expect(result.added).toHaveLength(major.items.length - 1); // tell-marketing was already there
    const kept = result.items.find((item) => item.id === `${PARENT}:social-short-post`);
    expect(kept).toMatchObject({ assigneeId: 'p-sam', notInTier: true, sequence: 1, updatedAt: LATER });
    expect(result.items.find((item) => item.id === 'custom-1')).toEqual(
      items.find((item) => item.id === 'custom-1'),
    );
    const shared = result.items.find((item) => item.templateItemId === 'tell-marketing');
    expect(shared).toEqual(items.find((item) => item.templateItemId === 'tell-marketing'));
    const orders = result.items.map((item) => item.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('makes an item shared by two tiers follow the new tier\u2019s timing, unless its day was set by hand', () => {
    const tier2 = tier('handbook-earlier', 'tier-2');
    const tier1 = tier('handbook-earlier', 'tier-1');
    const items = generateChecklist({ parentId: PARENT, tier: tier2, launchDate, settings, now: NOW });
    const amplify = (list: ChecklistItem[]) =>
      list.find((item) => item.templateItemId === 'internal-slack-amplify');
    expect(amplify(items)?.dueDate).toBe('2026-05-11');
    const result = changeFrom(items, tier2, tier1);
    expect(amplify(result.items)).toMatchObject({
      dueDate: '2026-05-05',
      offset: { kind: 'launch', days: 1 },
    });

    const pinned = items.map((item) =>
      item.templateItemId === 'internal-slack-amplify'
        ? { ...item, dueOverridden: true, dueDate: calendarDay('2026-06-01') }
        : item,
    );
    const pinnedResult = changeFrom(pinned, tier2, tier1);
    expect(amplify(pinnedResult.items)?.dueDate).toBe('2026-06-01');
  });

  it('keeps a retitled item when told the tier it came from', () => {
    const minor = tier('handbook-current', 'minor');
    const major = tier('handbook-current', 'major');
    const items = generateChecklist({ parentId: PARENT, tier: minor, launchDate, settings, now: NOW }).map(
      (item) =>
        item.templateItemId === 'slack-community-post' ? { ...item, title: 'Post in #general only' } : item,
    );
    const result = changeFrom(items, minor, major);
    expect(result.keptNotInTier).toEqual([`${PARENT}:slack-community-post`]);
  });

  it('A → B → A restores every planner-visible field (property)', () => {
    fc.assert(
      fc.property(
        tierPairArb.chain(([a, b]) =>
          fc
            .tuple(dayArb, settingsArb)
            .chain(([launch, config]) =>
              plannedChecklistArb(a, launch, config).map((items) => ({ a, b, launch, config, items })),
            ),
        ),
        ({ a, b, launch, config, items }) => {
          const common = { parentId: PARENT, launchDate: launch, settings: config, now: LATER };
          const toB = changeTier(items, { ...common, newTier: b, previousTier: a });
          const backToA = changeTier(toB.items, { ...common, newTier: a, previousTier: b });
          expect(sortedVisible(backToA.items)).toEqual(sortedVisible(items));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never loses a done, custom, assigned, noted or hand-dated item across any sequence of changes (property)', () => {
    fc.assert(
      fc.property(
        tierArb.chain((first) =>
          fc
            .tuple(dayArb, settingsArb)
            .chain(([launch, config]) =>
              fc
                .tuple(
                  plannedChecklistArb(first, launch, config),
                  fc.array(tierArb, { minLength: 1, maxLength: 6 }),
                )
                .map(([items, path]) => ({ first, launch, config, items, path })),
            ),
        ),
        ({ first, launch, config, items, path }) => {
          const precious = items.filter(
            (item) =>
              item.done || item.custom || item.assigneeId !== null || item.notes !== '' || item.dueOverridden,
          );
          let current = items;
          let previous = first;
          for (const next of path) {
            const before = byId(current);
            const result = changeTier(current, {
              parentId: PARENT,
              newTier: next,
              launchDate: launch,
              settings: config,
              now: LATER,
              previousTier: previous,
            });
            const after = byId(result.items);
            for (const id of result.removed) {
              const gone = before.get(id);
              expect(gone).toMatchObject({
                done: false,
                custom: false,
                assigneeId: null,
                notes: '',
                dueOverridden: false,
              });
              const source = previous.items.find((templateItem) => templateItem.id === gone?.templateItemId);
              if (source) expect(gone?.title).toBe(source.title);
            }
            for (const id of before.keys()) expect(after.has(id) || result.removed.includes(id)).toBe(true);
            const inTier = result.items
              .filter((item) => !item.custom && !item.notInTier)
              .map((item) => item.templateItemId);
            expect([...inTier].sort()).toEqual(next.items.map((templateItem) => templateItem.id).sort());
            current = result.items;
            previous = next;
          }
          const finalIds = new Set(current.map((item) => item.id));
          for (const item of precious) {
            expect(finalIds.has(item.id)).toBe(true);
            const now = current.find((candidate) => candidate.id === item.id);
            expect(now).toMatchObject({
              done: item.done,
              assigneeId: item.assigneeId,
              notes: item.notes,
              custom: item.custom,
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
