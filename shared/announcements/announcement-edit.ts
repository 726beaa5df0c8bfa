import { revised } from '../revised';
import type { ValidAnnouncementInput } from './announcement-input';
import type { DueDateSettings } from '../checklist/due-dates';
import { shiftChecklistForLaunchMove } from '../checklist/launch-move';
import { changeTier } from '../checklist/tier-change';
import { findTier } from '../templates/built-in-sets';
import type { Announcement, ChecklistItem, Instant, TeamDefaultOwners, TemplateSet } from '../types';

/** The settings an edit reads: due-date rules, and the team default owners for items a new tier adds. */
type EditSettings = DueDateSettings & { teamDefaultOwners?: TeamDefaultOwners | undefined };

/*
 * The rules of editing an announcement, pure so the edit form can preview them and the repo can
 * write exactly what was previewed (renderer/db/announcement-repo.ts only reads, calls these, writes).
 */

/** What saving an edited announcement does to it and its checklist. */
export type AnnouncementEditPlan = {
  announcement: Announcement;
  items: ChecklistItem[];
  /** Ids of checklist items the edit deletes (untouched items the new tier does not have). */
  removed: string[];
  /** Present when the tier changes: ids the new tier adds and ids kept as "not in this tier". */
  tierChange: { added: string[]; keptNotInTier: string[] } | null;
  launchMoved: boolean;
};

/**
 * The outcome of an edit, computed without writing, so the edit form can show it before saving
 * and the save can write exactly it. A moved launch shifts the open, not-overridden items first;
 * then a changed tier runs the tier-change rules against the new launch day.
 */
export function planAnnouncementEdit(args: {
  announcement: Announcement;
  input: ValidAnnouncementInput;
  items: readonly ChecklistItem[];
  set: TemplateSet | undefined;
  settings: EditSettings;
  now: Instant;
}): AnnouncementEditPlan {
  const { announcement, input, set, settings, now } = args;
  const launchMoved = input.launchDate !== announcement.launchDate;
  let items = launchMoved
    ? shiftChecklistForLaunchMove(args.items, announcement.launchDate, input.launchDate, settings, now)
    : args.items.map((item) => ({ ...item }));
  let removed: string[] = [];
  let tierChange: AnnouncementEditPlan['tierChange'] = null;
  if (input.tierKey !== announcement.tierKey) {
    const newTier = set ? findTier(set, input.tierKey) : undefined;
    if (!newTier) throw new Error(`The tier “${input.tierKey}” is not in this announcement's template set.`);
    const previousTier = set ? findTier(set, announcement.tierKey) : undefined;
    const result = changeTier(items, {
      parentId: announcement.id,
      newTier,
      launchDate: input.launchDate,
      settings,
      now,
      ...(previousTier ? { previousTier } : {}),
    });
    items = result.items;
    removed = result.removed;
    tierChange = { added: result.added, keptNotInTier: result.keptNotInTier };
  }
  const updated: Announcement = revised(announcement, now, { ...input, links: { ...input.links } });
  return { announcement: updated, items, removed, tierChange, launchMoved };
}

/**
 * What re-applying the announcement's tier template would do: items the template has and the
 * checklist lacks come back, untouched items the template no longer has go, and items holding
 * the planner's work stay (marked "not in this tier" when the template dropped them).
 */
export function planReapplyTemplate(args: {
  announcement: Announcement;
  items: readonly ChecklistItem[];
  set: TemplateSet | undefined;
  settings: EditSettings;
  now: Instant;
}): ReturnType<typeof changeTier> {
  const { announcement, items, set, settings, now } = args;
  const tier = set ? findTier(set, announcement.tierKey) : undefined;
  if (!tier)
    throw new Error(`The tier “${announcement.tierKey}” is no longer in this announcement's template set.`);
  return changeTier(items, {
    parentId: announcement.id,
    newTier: tier,
    launchDate: announcement.launchDate,
    settings,
    now,
    previousTier: tier,
  });
}
