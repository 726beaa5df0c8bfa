import type { ValidAnnouncementInput } from '../../shared/announcements/announcement-input';
import { generateChecklist } from '../../shared/checklist/generate-checklist';
import { shiftChecklistForLaunchMove } from '../../shared/checklist/launch-move';
import { findTier } from '../../shared/templates/built-in-sets';
import type { Announcement, TierTemplate } from '../../shared/types';
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
    const items = generateChecklist({ parentId: id, tier, launchDate: input.launchDate, settings, now });
    return { announcements: { put: [announcement] }, checklistItems: { put: items } };
  });
  return id;
}

/**
 * Moves an announcement's launch to another day; its open, not-overridden checklist items follow
 * by the same number of days. One transaction, one undo step.
 */
export async function moveAnnouncementLaunch(id: string, launchDate: string): Promise<void> {
  await recordedChange('Move launch', async () => {
    const announcement = await db.announcements.get(id);
    if (!announcement) throw new Error('That announcement no longer exists.');
    if (announcement.launchDate === launchDate) return {};
    const settings = await loadSettings();
    const now = nowInstant();
    const items = await db.checklistItems.where('parentId').equals(id).toArray();
    const moved = shiftChecklistForLaunchMove(items, announcement.launchDate, launchDate, settings, now);
    return {
      announcements: {
        put: [{ ...announcement, launchDate, updatedAt: now, sequence: announcement.sequence + 1 }],
      },
      checklistItems: { put: moved },
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
