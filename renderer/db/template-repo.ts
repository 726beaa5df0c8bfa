import type { TemplateEdit, TemplateItemPatch } from '../../shared/templates/template-editing';
import {
  addTemplateItem,
  moveTemplateItem,
  removeTemplateItem,
  renameTier,
  resetTemplateSet,
  updateTemplateItem,
} from '../../shared/templates/template-editing';
import { validateTemplateSet } from '../../shared/templates/template-schema';
import type { Instant, TemplateItem, TemplateSet } from '../../shared/types';
import { db } from './db';
import { nowInstant } from './ids';
import { recordedChange } from './recorded-change';
import { loadSettings } from './settings-repo';
import { snapshotBefore } from './snapshots';
import { plural, pluralWord } from '../../shared/plural';

// Templates only shape checklists made from now on: none of these functions touches an
// announcement or its checklist ("Re-apply template" on an announcement is the one way back).

async function editSet(
  label: string,
  setId: string,
  edit: (set: TemplateSet, now: Instant) => TemplateEdit,
): Promise<void> {
  await recordedChange(label, async () => {
    const set = await db.templateSets.get(setId);
    if (!set) throw new Error('That template set no longer exists.');
    const result = edit(set, nowInstant());
    // Throwing inside the transaction aborts it: a refused edit stores nothing.
    if (!result.ok) throw new Error(result.error);
    return { templateSets: { put: [result.set] } };
  });
}

/** Renames a tier of a set; announcements keep pointing at it by its key. */
export async function renameTemplateTier(setId: string, tierKey: string, name: string): Promise<void> {
  await editSet(`Rename tier to “${name.trim()}”`, setId, (set, now) => renameTier(set, tierKey, name, now));
}

/** Adds an item to a tier (at the end unless `index` is given). */
export async function addItemToTier(
  setId: string,
  tierKey: string,
  item: TemplateItem,
  index?: number,
): Promise<void> {
  await editSet(`Add “${item.title}” to the template`, setId, (set, now) =>
    addTemplateItem(set, tierKey, item, now, index),
  );
}

/** Removes an item from a tier. */
export async function removeItemFromTier(setId: string, tierKey: string, itemId: string): Promise<void> {
  await editSet('Remove template item', setId, (set, now) => removeTemplateItem(set, tierKey, itemId, now));
}

/** Moves an item to another position in its tier. */
export async function moveItemInTier(
  setId: string,
  tierKey: string,
  itemId: string,
  toIndex: number,
): Promise<void> {
  await editSet('Reorder template items', setId, (set, now) =>
    moveTemplateItem(set, tierKey, itemId, toIndex, now),
  );
}

/** Changes an item's title, channel, team or due offset. */
export async function updateTierItem(
  setId: string,
  tierKey: string,
  itemId: string,
  patch: TemplateItemPatch,
): Promise<void> {
  await editSet('Edit template item', setId, (set, now) =>
    updateTemplateItem(set, tierKey, itemId, patch, now),
  );
}

/** Puts a built-in set back to the handbook's words and timings. */
export async function resetTemplateSetToDefaults(setId: string): Promise<void> {
  await editSet('Reset template to handbook defaults', setId, (set, now) => resetTemplateSet(set, now));
}

/**
 * Stores a new template set (an imported handbook page) as one undoable action. Refuses a set
 * that does not validate or whose id is taken, and stores nothing then.
 */
export async function saveImportedTemplateSet(set: TemplateSet): Promise<void> {
  const validation = validateTemplateSet(set);
  if (!validation.ok) throw new Error(`This template set cannot be saved: ${validation.errors.join('; ')}`);
  await snapshotBefore('before-template-import');
  await recordedChange(`Import “${set.name}”`, async () => {
    if (await db.templateSets.get(set.id)) throw new Error('A template set with this id already exists.');
    return { templateSets: { put: [{ ...validation.set, builtIn: false }] } };
  });
}

/** Makes a set the one new announcements take their tiers from. */
export async function setActiveTemplateSet(setId: string): Promise<void> {
  await recordedChange('Change active template set', async () => {
    if (!(await db.templateSets.get(setId))) throw new Error('That template set no longer exists.');
    const settings = await loadSettings();
    return { settings: { put: [{ ...settings, activeTemplateSetId: setId }] } };
  });
}

/**
 * Deletes an imported set. Built-in sets, the active set and sets announcements still use stay:
 * deleting those would leave checklists without their tiers.
 */
export async function deleteTemplateSet(setId: string): Promise<void> {
  await recordedChange('Delete template set', async () => {
    const set = await db.templateSets.get(setId);
    if (!set) throw new Error('That template set no longer exists.');
    if (set.builtIn) throw new Error('The handbook sets cannot be deleted; reset them instead.');
    const settings = await loadSettings();
    if (settings.activeTemplateSetId === setId)
      throw new Error('This set is active: make another set active first.');
    const users = await db.announcements
      .filter((announcement) => announcement.templateSetId === setId)
      .count();
    if (users > 0)
      throw new Error(
        `${plural(users, 'announcement')} ${pluralWord(users, 'uses', 'use')} this set, so it stays.`,
      );
    return { templateSets: { delete: [setId] } };
  });
}
