import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  announcementSchema,
  checklistItemSchema,
  maintenanceWindowSchema,
  personSchema,
} from '../../../shared/backup/schema';
import { isPlannableDay, isPlannableInstant } from '../../../shared/plannable-range';
import {
  buildSamplePlan,
  hasSamplePlan,
  isSampleId,
  sampleRemoval,
  type SamplePlan,
} from '../../../shared/sample/sample-plan';
import { defaultSettings } from '../../../shared/settings-defaults';
import { builtInTemplateSets, findTier } from '../../../shared/templates/built-in-sets';
import { makeAnnouncement, makeChecklistItem, makePerson } from '../../builders';
import { calendarDay, uncheckedDay } from '../../dates';

const TODAY = calendarDay('2026-12-02');
const SETTINGS = defaultSettings('Europe/London');
const SETS = builtInTemplateSets();

function build(today = TODAY, settings = SETTINGS, existingPeople = [] as ReturnType<typeof makePerson>[]) {
  return buildSamplePlan({ today, settings, templateSets: SETS, existingPeople });
}

/** Every launch carries exactly its tier's checklist, in template order. */
function expectTierChecklists(plan: SamplePlan): void {
  for (const launch of plan.announcements) {
    const set = SETS.find((candidate) => candidate.id === launch.templateSetId);
    const tier = set && findTier(set, launch.tierKey);
    expect(tier, launch.title).toBeDefined();
    const items = plan.checklistItems.filter((item) => item.parentId === launch.id);
    expect(items.map((item) => item.templateItemId)).toEqual(tier?.items.map((item) => item.id));
  }
}

function expectAllPlannable(plan: SamplePlan): void {
  for (const launch of plan.announcements) expect(isPlannableDay(launch.launchDate)).toBe(true);
  for (const window of plan.maintenanceWindows) {
    expect(isPlannableInstant(window.start)).toBe(true);
    expect(isPlannableInstant(window.end)).toBe(true);
  }
  for (const item of plan.checklistItems) {
    expect(isPlannableDay(item.dueDate)).toBe(true);
    if (item.dueAt) expect(isPlannableInstant(item.dueAt)).toBe(true);
  }
}

describe('buildSamplePlan', () => {
  const plan = build();

  it('is a quarter of 10–14 launches of every current tier and one of the earlier Tier 1–3 set', () => {
    expect(plan.announcements.length).toBeGreaterThanOrEqual(10);
    expect(plan.announcements.length).toBeLessThanOrEqual(14);
    const tiers = new Set(plan.announcements.map((launch) => `${launch.templateSetId}/${launch.tierKey}`));
    for (const tier of ['handbook-current/minor', 'handbook-current/medium', 'handbook-current/major'])
      expect(tiers).toContain(tier);
    expect(plan.announcements.filter((launch) => launch.templateSetId === 'handbook-earlier')).toHaveLength(
      1,
    );
    const days = plan.announcements.map((launch) => launch.launchDate).sort();
    // Around today: some behind, most ahead, within about three months.
    expect(days[0]! < TODAY && days.at(-1)! > TODAY).toBe(true);
    expect(days.filter((day) => day >= TODAY).length).toBeGreaterThan(days.length / 2);
  });

  it('gives every launch its tier checklist, with some work done and some late', () => {
    expectTierChecklists(plan);
    const launchItems = plan.checklistItems.filter((item) => item.parentKind === 'announcement');
    expect(launchItems.some((item) => item.done)).toBe(true);
    const late = launchItems.filter((item) => !item.done && item.dueDate < TODAY);
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(late.length).toBeLessThan(launchItems.length / 5);
    // Done items carry when; open ones do not.
    for (const item of plan.checklistItems) expect(item.doneAt !== null).toBe(item.done);
  });

  it('has a downtime window with its communications plan and a degraded one', () => {
    const downtime = plan.maintenanceWindows.find((window) => window.disruption === 'downtime');
    expect(downtime).toBeDefined();
    const comms = plan.checklistItems.filter((item) => item.parentId === downtime?.id);
    expect(comms.map((item) => item.channel)).toEqual(
      expect.arrayContaining(['email', 'notification-bar', 'service-message']),
    );
    expect(plan.maintenanceWindows.some((window) => window.disruption === 'degraded')).toBe(true);
    expect(downtime!.start > `${TODAY}T`).toBe(true);
  });

  it('has owners from a few sample people, and every row is valid as a backup would check it', () => {
    expect(plan.people.map((person) => person.name)).toHaveLength(4);
    const ids = new Set(plan.people.map((person) => person.id));
    for (const launch of plan.announcements) {
      expect(ids.has(launch.productOwnerId ?? '')).toBe(true);
      expect(ids.has(launch.marketingOwnerId ?? '')).toBe(true);
    }
    expect(plan.checklistItems.every((item) => item.assigneeId !== null && ids.has(item.assigneeId))).toBe(
      true,
    );
    for (const row of plan.announcements) announcementSchema.parse(row);
    for (const row of plan.maintenanceWindows) maintenanceWindowSchema.parse(row);
    for (const row of plan.checklistItems) checklistItemSchema.parse(row);
    for (const row of plan.people) personSchema.parse(row);
  });

  it('is deterministic from today, and every id marks the row as the sample’s', () => {
    expect(build()).toEqual(plan);
    const all = [...plan.people, ...plan.announcements, ...plan.maintenanceWindows, ...plan.checklistItems];
    expect(all.every((row) => isSampleId(row.id))).toBe(true);
    expect(new Set(all.map((row) => row.id)).size).toBe(all.length);
    expect(build(calendarDay('2027-03-10')).announcements[0]?.launchDate).not.toBe(
      plan.announcements[0]?.launchDate,
    );
  });

  it('keeps its invariants for any today and zone (property)', () => {
    const zones = ['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2199-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        fc.boolean(),
        (date, zone, businessDaysOnly) => {
          const sample = build(calendarDay(date.toISOString().slice(0, 10)), {
            ...defaultSettings(zone),
            businessDaysOnly,
          });
          expectAllPlannable(sample);
          expectTierChecklists(sample);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('hostile input: the sample plan', () => {
  it('refuses a today that is not a calendar day', () => {
    expect(() => build(calendarDay('2026-02-30'))).toThrow(/Not a calendar day/);
    expect(() => build(uncheckedDay('yesterday'))).toThrow(/Not a calendar day/);
  });

  it('stays inside the plannable range on its first and last days', () => {
    for (const today of ['1900-01-01', '2199-12-31']) expectAllPlannable(build(calendarDay(today)));
  });

  it('names the missing tier when the earlier set is gone', () => {
    expect(() =>
      buildSamplePlan({
        today: TODAY,
        settings: SETTINGS,
        templateSets: SETS.filter((set) => set.id !== 'handbook-earlier'),
        existingPeople: [],
      }),
    ).toThrow(/tier-2/);
  });

  it('reuses a colleague of the same name instead of adding a second one', () => {
    const ana = makePerson('Ana Sousa', { id: 'own-ana', nameKey: 'ana sousa' });
    const sample = build(TODAY, SETTINGS, [ana]);
    expect(sample.people.map((person) => person.name)).not.toContain('Ana Sousa');
    expect(sample.announcements.some((launch) => launch.marketingOwnerId === 'own-ana')).toBe(true);
  });
});

describe('sampleRemoval', () => {
  const sample = build();
  const ben = sample.people.find((person) => person.name === 'Ben Okafor')!;
  const chloe = sample.people.find((person) => person.name === 'Chloe Martin')!;
  const own = makeAnnouncement({ id: '3f1c2d8e-0000-4000-8000-000000000001', productOwnerId: ben.id });
  const ownItem = makeChecklistItem({ id: `${own.id}:blog`, parentId: own.id, assigneeId: chloe.id });
  const firstLaunch = sample.announcements[0]!;
  // The planner added an item of their own to a sample launch: it goes with the launch.
  const addedToSample = makeChecklistItem({
    id: 'b2f0c0de-0000-4000-8000-00000000000a',
    parentId: firstLaunch.id,
  });
  const plan = {
    announcements: [...sample.announcements, own],
    maintenanceWindows: sample.maintenanceWindows,
    checklistItems: [...sample.checklistItems, ownItem, addedToSample],
    people: [...sample.people, makePerson('Zoe')],
  };
  const removal = sampleRemoval(plan);

  it('lists exactly the sample’s launches, windows and items, never the planner’s own', () => {
    expect(removal.announcements.sort()).toEqual(sample.announcements.map((row) => row.id).sort());
    expect(removal.maintenanceWindows.sort()).toEqual(sample.maintenanceWindows.map((row) => row.id).sort());
    expect(removal.checklistItems.sort()).toEqual(
      [...sample.checklistItems.map((row) => row.id), addedToSample.id].sort(),
    );
    expect(removal.announcements).not.toContain(own.id);
    expect(removal.checklistItems).not.toContain(ownItem.id);
  });

  it('keeps sample people who own or do the planner’s own work', () => {
    expect(removal.people).not.toContain(ben.id);
    expect(removal.people).not.toContain(chloe.id);
    expect(removal.people.length).toBe(2);
    expect(removal.people.every(isSampleId)).toBe(true);
    const withDefault = sampleRemoval({
      ...plan,
      teamDefaultOwners: { Marketing: { blog: removal.people[0] } },
    });
    expect(withDefault.people).toHaveLength(1);
  });

  it('tells a plan with the sample from one without', () => {
    expect(hasSamplePlan({ announcements: plan.announcements, windows: [] })).toBe(true);
    expect(hasSamplePlan({ announcements: [own], windows: [] })).toBe(false);
  });
});
