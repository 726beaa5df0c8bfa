import { revised } from '../../shared/revised';
import type { ValidAnnouncementInput } from '../../shared/announcements/announcement-input';
import { planAnnouncementEdit, planReapplyTemplate } from '../../shared/announcements/announcement-edit';
import { generateChecklist } from '../../shared/checklist/generate-checklist';
import { shiftChecklistForLaunchMove } from '../../shared/checklist/launch-move';
import { findTier } from '../../shared/templates/built-in-sets';
import type {
  Announcement,
  ChecklistItem,
  Settings,
  TemplateSet,
  TierTemplate,
  CalendarDay,
} from '../../shared/types';
import { db } from './db';
import { newId, nowInstant } from './ids';
import { recordedChange } from './recorded-change';
import { loadSettings } from './settings-repo';

async function tierFor(templateSetId: string, tierKey: string): Promise<TierTemplate> {
  const set = await db.templateSets.get(templateSetId);
  const tier = set ? findTier(set, tierKey) : undefined;
  if (!tier) throw new Error(`The tier “${tierKey}” is not in the template set “${templateSetId}”.`);
  return tier;
}

/**
 * Reads an announcement with everything an edit is planned against: the settings, its checklist
 * and its template set. Called inside a change, so the plan and the write see the same rows.
 */
async function loadForEdit(id: string): Promise<{
  announcement: Announcement;
  settings: Settings;
  items: ChecklistItem[];
  set: TemplateSet | undefined;
}> {
  const announcement = await db.announcements.get(id);
  if (!announcement) throw new Error('That announcement no longer exists.');
  const [settings, items, set] = await Promise.all([
    loadSettings(),
    db.checklistItems.where('parentId').equals(id).toArray(),
    db.templateSets.get(announcement.templateSetId),
  ]);
  return { announcement, settings, items, set };
}

/** The stored announcement with this id, or undefined when it is gone. */
export function getAnnouncement(id: string): Promise<Announcement | undefined> {
  return db.announcements.get(id);
}

/** Creates an announcement with its tier's checklist, as one undoable action. Returns its id. */
export async function createAnnouncement(input: ValidAnnouncementInput): Promise<string> {
  const id = newId();
  await recordedChange(`Create “${input.title}”`, async () => {
    const settings = await loadSettings();
    const templateSetId = settings.activeTemplateSetId;
    const tier = await tierFor(templateSetId, input.tierKey);
    const now = nowInstant();
    const announcement: Announcement = {
      id,
      ...input,
      templateSetId,
      createdAt: now,
      updatedAt: now,
      sequence: 0,
    };
    const items = generateChecklist({
      parentId: id,
      tier,
      launchDate: input.launchDate,
      settings,
      now,
      defaultOwners: settings.teamDefaultOwners,
    });
    return { announcements: { put: [announcement] }, checklistItems: { put: items } };
  });
  return id;
}

/**
 * Moves an announcement's launch to another day; its open, not-overridden checklist items follow
 * by the same number of days. One transaction, one undo step.
 */
export async function moveAnnouncementLaunch(id: string, launchDate: CalendarDay): Promise<void> {
  await recordedChange('Move launch', async () => {
    // Read side by side, in one round trip: a drop waits for this write (issue 13).
    const [announcement, settings, items] = await Promise.all([
      db.announcements.get(id),
      loadSettings(),
      db.checklistItems.where('parentId').equals(id).toArray(),
    ]);
    if (!announcement) throw new Error('That announcement no longer exists.');
    if (announcement.launchDate === launchDate) return {};
    const now = nowInstant();
    const moved = shiftChecklistForLaunchMove(items, announcement.launchDate, launchDate, settings, now);
    // Neither the launch nor its items were altered (the move builds new rows): the undo
    // snapshot takes them as read, with no second round trip before the commit.
    return {
      announcements: { put: [revised(announcement, now, { launchDate })], read: [announcement] },
      checklistItems: { put: moved, read: items },
    };
  });
}

/** Deletes an announcement and its checklist, as one undoable action. */
export async function deleteAnnouncement(id: string): Promise<void> {
  await recordedChange('Delete announcement', async () => {
    const itemIds = await db.checklistItems.where('parentId').equals(id).primaryKeys();
    return { announcements: { delete: [id] }, checklistItems: { delete: itemIds } };
  });
}

/**
 * Saves an edited announcement; a moved launch moves its checklist and a changed tier applies
 * the tier-change rules, all in one transaction and one undo step.
 */
export async function updateAnnouncement(id: string, input: ValidAnnouncementInput): Promise<void> {
  await recordedChange(`Edit “${input.title}”`, async () => {
    const { announcement, settings, items, set } = await loadForEdit(id);
    const plan = planAnnouncementEdit({ announcement, input, items, set, settings, now: nowInstant() });
    const changedItems = plan.items.filter((item) => {
      const before = items.find((candidate) => candidate.id === item.id);
      return !before || before.sequence !== item.sequence || before.notInTier !== item.notInTier;
    });
    return {
      announcements: { put: [plan.announcement] },
      checklistItems: { put: changedItems, delete: plan.removed },
    };
  });
}

/** Re-applies the announcement's tier template to its checklist, as one undoable action. */
export async function reapplyTemplate(id: string): Promise<void> {
  await recordedChange('Re-apply template', async () => {
    const { announcement, settings, items, set } = await loadForEdit(id);
    const result = planReapplyTemplate({ announcement, items, set, settings, now: nowInstant() });
    return { checklistItems: { put: result.items, delete: result.removed } };
  });
}
