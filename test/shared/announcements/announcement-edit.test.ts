import { describe, expect, it } from 'vitest';
import { planAnnouncementEdit, planReapplyTemplate } from '../../../shared/announcements/announcement-edit';
import { generateChecklist } from '../../../shared/checklist/generate-checklist';
import { builtInTemplateSet, findTier } from '../../../shared/templates/built-in-sets';
import type { TemplateSet } from '../../../shared/types';
import { makeAnnouncement, makeAnnouncementInput, makeChecklistItem, makeSettings } from '../../builders';
import { calendarDay, utcInstant } from '../../dates';

/*
 * The edit rules without a database: what the edit form previews and the repo writes. A Major
 * launch on Wed 10 Jun 2026 with the current handbook's checklist and one custom item.
 */

const NOW = utcInstant('2026-06-01T08:00:00.000Z');
const settings = makeSettings();

function handbookSet(): TemplateSet {
  const set = builtInTemplateSet('handbook-current');
  if (!set) throw new Error('the current handbook set is built in');
  return set;
}

function majorChecklist() {
  const tier = findTier(handbookSet(), 'major');
  if (!tier) throw new Error('the handbook has a Major tier');
  const generated = generateChecklist({
    parentId: 'a-1',
    tier,
    launchDate: calendarDay('2026-06-10'),
    settings,
    now: NOW,
  });
  return [...generated, makeChecklistItem({ id: 'custom-1', dueDate: calendarDay('2026-06-05'), order: 99 })];
}

describe('planAnnouncementEdit', () => {
  it('a title-only edit revises the announcement once and leaves every checklist item as it was', () => {
    const items = majorChecklist();
    const plan = planAnnouncementEdit({
      announcement: makeAnnouncement({ sequence: 4 }),
      input: makeAnnouncementInput({ title: 'Session replay, renamed' }),
      items,
      set: handbookSet(),
      settings,
      now: NOW,
    });
    expect(plan.announcement.title).toBe('Session replay, renamed');
    expect(plan.announcement.sequence).toBe(5);
    expect(plan.announcement.updatedAt).toBe(NOW);
    expect(plan).toMatchObject({ launchMoved: false, tierChange: null, removed: [] });
    expect(plan.items).toEqual(items);
  });

  it('a launch moved a week later takes the custom item a week later too, and leaves done items', () => {
    const items = majorChecklist().map((item) =>
      item.templateItemId === 'dedicated-blog-post' ? { ...item, done: true } : item,
    );
    const doneBefore = items.find((item) => item.templateItemId === 'dedicated-blog-post');
    const plan = planAnnouncementEdit({
      announcement: makeAnnouncement(),
      input: makeAnnouncementInput({ launchDate: calendarDay('2026-06-17') }),
      items,
      set: handbookSet(),
      settings,
      now: NOW,
    });
    expect(plan.launchMoved).toBe(true);
    expect(plan.announcement.launchDate).toBe('2026-06-17');
    const custom = plan.items.find((item) => item.id === 'custom-1');
    expect(custom?.dueDate).toBe('2026-06-12');
    expect(custom?.sequence).toBe(1);
    expect(plan.items.find((item) => item.id === doneBefore?.id)?.dueDate).toBe(doneBefore?.dueDate);
  });

  it('Major to Minor removes the untouched Major-only items and keeps the planner’s work as not in this tier', () => {
    const items = majorChecklist().map((item) =>
      item.templateItemId === 'landing-page' ? { ...item, notes: 'Draft in Figma' } : item,
    );
    const plan = planAnnouncementEdit({
      announcement: makeAnnouncement(),
      input: makeAnnouncementInput({ tierKey: 'minor' }),
      items,
      set: handbookSet(),
      settings,
      now: NOW,
    });
    expect(plan.removed).toContain('a-1:founder-thread');
    expect(plan.removed).not.toContain('a-1:landing-page');
    expect(plan.tierChange?.keptNotInTier).toEqual(['a-1:landing-page']);
    expect(plan.tierChange?.added).toEqual(
      expect.arrayContaining(['a-1:array-other-improvements', 'a-1:social-short-post']),
    );
    expect(plan.items.find((item) => item.id === 'custom-1')?.notInTier).toBe(false);
  });

  it('items a new tier adds get the team default owner for their channel, as a new launch’s do', () => {
    const minor = findTier(handbookSet(), 'minor');
    const added = minor?.items.find((item) => item.id === 'social-short-post');
    if (!added) throw new Error('the Minor tier has a short social post');
    const defaults = { [added.team]: { [added.channel]: 'person-social' } };
    const plan = planAnnouncementEdit({
      announcement: makeAnnouncement(),
      input: makeAnnouncementInput({ tierKey: 'minor' }),
      items: majorChecklist(),
      set: handbookSet(),
      settings: { ...settings, teamDefaultOwners: defaults },
      now: NOW,
    });
    const item = plan.items.find((candidate) => candidate.id === 'a-1:social-short-post');
    expect(plan.tierChange?.added).toContain('a-1:social-short-post');
    expect(item?.assigneeId).toBe('person-social');
    // Items the planner already had keep their own assignee (none here), never the team default.
    expect(plan.items.find((candidate) => candidate.id === 'custom-1')?.assigneeId).toBeNull();
  });

  it('hostile input: a tier key the set lacks is refused with the key named', () => {
    expect(() =>
      planAnnouncementEdit({
        announcement: makeAnnouncement(),
        input: makeAnnouncementInput({ tierKey: '__proto__' }),
        items: majorChecklist(),
        set: handbookSet(),
        settings,
        now: NOW,
      }),
    ).toThrow('“__proto__”');
  });
});

describe('planReapplyTemplate', () => {
  it('brings back a deleted template item and keeps a custom one', () => {
    const items = majorChecklist().filter((item) => item.templateItemId !== 'website-banner');
    const result = planReapplyTemplate({
      announcement: makeAnnouncement(),
      items,
      set: handbookSet(),
      settings,
      now: NOW,
    });
    expect(result.added).toEqual(['a-1:website-banner']);
    expect(result.removed).toEqual([]);
    expect(result.items.map((item) => item.id)).toContain('custom-1');
  });

  it('hostile input: an announcement whose template set is gone is refused, not emptied', () => {
    expect(() =>
      planReapplyTemplate({
        announcement: makeAnnouncement(),
        items: majorChecklist(),
        set: undefined,
        settings,
        now: NOW,
      }),
    ).toThrow('no longer in');
  });
});
