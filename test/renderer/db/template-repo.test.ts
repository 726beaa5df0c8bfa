import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseHandbookPage } from '../../../shared/handbook-import/parse-handbook-page';
import { builtInTemplateSet } from '../../../shared/templates/built-in-sets';
import { createTemplateItem } from '../../../shared/templates/template-editing';
import { db } from '../../../renderer/db/db';
import {
  addItemToTier,
  deleteTemplateSet,
  moveItemInTier,
  renameTemplateTier,
  resetTemplateSetToDefaults,
  saveImportedTemplateSet,
  setActiveTemplateSet,
  updateTierItem,
} from '../../../renderer/db/template-repo';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { freshPlan, snapshot } from './repo-helpers';
import { utcInstant } from '../../dates';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/handbook', name), 'utf8');

async function currentSet() {
  const set = await db.templateSets.get('handbook-current');
  if (!set) throw new Error('no set');
  return set;
}

describe('template repo', () => {
  beforeEach(freshPlan);

  it('renames a tier, moves and edits items, and resets to the handbook', async () => {
    await renameTemplateTier('handbook-current', 'major', 'Big launch');
    const major = (await currentSet()).tiers.find((tier) => tier.key === 'major')!;
    expect(major.name).toBe('Big launch');
    const last = major.items.at(-1)!;
    await moveItemInTier('handbook-current', 'major', last.id, 0);
    await updateTierItem('handbook-current', 'major', last.id, {
      channel: 'pr',
      offset: { kind: 'launch', days: -2 },
    });
    const moved = (await currentSet()).tiers.find((tier) => tier.key === 'major')!.items[0]!;
    expect([moved.id, moved.channel, moved.offset]).toEqual([last.id, 'pr', { kind: 'launch', days: -2 }]);
    await addItemToTier(
      'handbook-current',
      'minor',
      createTemplateItem({ newId: () => 'own-1', title: 'Post in the changelog' }),
    );
    expect((await currentSet()).tiers.find((tier) => tier.key === 'minor')!.items.at(-1)?.id).toBe('own-1');

    await resetTemplateSetToDefaults('handbook-current');
    const reset = await currentSet();
    expect(reset.tiers).toEqual(builtInTemplateSet('handbook-current')!.tiers);
  });

  it('an invalid edit stores nothing and records no undo step', async () => {
    const before = await snapshot();
    await expect(renameTemplateTier('handbook-current', 'major', '   ')).rejects.toThrow(/name/i);
    const first = (await currentSet()).tiers[0]!.items[0]!;
    await expect(
      updateTierItem('handbook-current', 'minor', first.id, { offset: { kind: 'launch', days: 4000 } }),
    ).rejects.toThrow();
    await expect(updateTierItem('handbook-current', 'minor', first.id, { title: '' })).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    expect(useUndoStore.getState().undoStack).toHaveLength(0);
  });

  it('saves an imported handbook page as a new set, which can be made active, and undo removes it', async () => {
    const parsed = parseHandbookPage(fixture('000_d406f89cd6c83b07.txt'), {
      id: 'imported-1',
      now: utcInstant('2026-12-02T10:00:00.000Z'),
    });
    if (!parsed.ok) throw new Error(parsed.error);
    await saveImportedTemplateSet(parsed.set);
    const stored = await db.templateSets.get('imported-1');
    expect(stored?.tiers.map((tier) => tier.items.length)).toEqual(
      parsed.set.tiers.map((tier) => tier.items.length),
    );
    await expect(saveImportedTemplateSet(parsed.set)).rejects.toThrow(/exists/);
    await setActiveTemplateSet('imported-1');
    expect((await db.settings.get('settings'))?.activeTemplateSetId).toBe('imported-1');
    await expect(deleteTemplateSet('imported-1')).rejects.toThrow(/active/);
    await useUndoStore.getState().undo();
    await useUndoStore.getState().undo();
    expect(await db.templateSets.get('imported-1')).toBeUndefined();
  });

  it('refuses to save a set that does not validate', async () => {
    const before = await snapshot();
    const base = builtInTemplateSet('handbook-earlier')!;
    await expect(saveImportedTemplateSet({ ...base, id: 'bad', tiers: [] })).rejects.toThrow(/tier/);
    expect(await snapshot()).toEqual(before);
  });

  it('never deletes a built-in set', async () => {
    await expect(deleteTemplateSet('handbook-earlier')).rejects.toThrow();
    expect(await db.templateSets.get('handbook-earlier')).toBeDefined();
  });
});
