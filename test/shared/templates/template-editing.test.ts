import { describe, expect, it } from 'vitest';
import { builtInTemplateSets, findTier } from '../../../shared/templates/built-in-sets';
import {
  addTemplateItem,
  createTemplateItem,
  moveTemplateItem,
  removeTemplateItem,
  renameTier,
  resetTemplateSet,
  updateTemplateItem,
} from '../../../shared/templates/template-editing';
import type { TemplateEdit } from '../../../shared/templates/template-editing';
import { validateTemplateSet } from '../../../shared/templates/template-schema';
import type { TemplateSet } from '../../../shared/types';
import { utcInstant } from '../../dates';

const NOW = utcInstant('2026-03-01T10:00:00.000Z');

function current(): TemplateSet {
  const set = builtInTemplateSets()[0];
  if (!set) throw new Error('no built-in set');
  return set;
}

function expectOk(edit: TemplateEdit): TemplateSet {
  if (!edit.ok) throw new Error(edit.error);
  return edit.set;
}

const ids = (set: TemplateSet, key: string): string[] =>
  findTier(set, key)?.items.map((item) => item.id) ?? [];

describe('template editing', () => {
  it('renames a tier, keeping its key, stamping updatedAt, leaving the input alone', () => {
    const set = current();
    const before = JSON.stringify(set);
    const edited = expectOk(renameTier(set, 'major', '  Big launch ', NOW));
    expect(findTier(edited, 'major')?.name).toBe('Big launch');
    expect(edited.updatedAt).toBe(NOW);
    expect(JSON.stringify(set)).toBe(before);
  });

  it('refuses a blank name and an unknown tier', () => {
    const blank = renameTier(current(), 'major', '   ', NOW);
    expect(blank.ok).toBe(false);
    if (!blank.ok) expect(blank.error).toMatch(/must not be empty/);
    const unknown = renameTier(current(), 'huge', 'Huge', NOW);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toContain('no tier "huge"');
  });

  it('adds an item with details inferred from its title, at a chosen place', () => {
    const item = createTemplateItem({
      newId: () => 'x-1',
      title: ' Writing a tutorial for day of release. ',
    });
    expect(item).toEqual({
      id: 'x-1',
      title: 'Writing a tutorial for day of release.',
      channel: 'tutorial',
      team: 'Content & Docs',
      offset: { kind: 'launch', days: 0 },
    });
    const edited = expectOk(addTemplateItem(current(), 'minor', item, NOW, 1));
    expect(ids(edited, 'minor')[1]).toBe('x-1');
    expect(ids(edited, 'minor')).toHaveLength(ids(current(), 'minor').length + 1);
    const twice = addTemplateItem(edited, 'minor', item, NOW);
    expect(twice.ok).toBe(false);
  });

  it('removes and reorders items', () => {
    const set = current();
    const removed = expectOk(removeTemplateItem(set, 'medium', 'in-app-banner', NOW));
    expect(ids(removed, 'medium')).not.toContain('in-app-banner');
    expect(ids(removed, 'major')).toContain('in-app-banner');
    expect(removeTemplateItem(removed, 'medium', 'in-app-banner', NOW).ok).toBe(false);

    const original = ids(set, 'minor');
    const moved = expectOk(moveTemplateItem(set, 'minor', original[0] ?? '', 99, NOW));
    expect(ids(moved, 'minor')).toEqual([...original.slice(1), original[0]]);
    const back = expectOk(moveTemplateItem(moved, 'minor', original[0] ?? '', -5, NOW));
    expect(ids(back, 'minor')).toEqual(original);
  });

  it("edits an item's channel, team and offset, and refuses offsets beyond a year", () => {
    const edited = expectOk(
      updateTemplateItem(
        current(),
        'major',
        'landing-page',
        { channel: 'website', team: 'Product', offset: { kind: 'launch', days: -3 } },
        NOW,
      ),
    );
    expect(findTier(edited, 'major')?.items.find((item) => item.id === 'landing-page')).toMatchObject({
      channel: 'website',
      team: 'Product',
      offset: { kind: 'launch', days: -3 },
      title: 'Creating a dedicated landing page.',
    });
    const wild = updateTemplateItem(
      current(),
      'major',
      'landing-page',
      { offset: { kind: 'launch', days: 400 } },
      NOW,
    );
    expect(wild.ok).toBe(false);
    const blank = updateTemplateItem(current(), 'major', 'landing-page', { title: ' ' }, NOW);
    expect(blank.ok).toBe(false);
  });

  it('resets a built-in set to the handbook defaults, and refuses for imported sets', () => {
    const edited = expectOk(renameTier(current(), 'minor', 'Tiny', NOW));
    const reset = expectOk(resetTemplateSet(edited, NOW));
    expect({ ...reset, updatedAt: '' }).toEqual({ ...current(), updatedAt: '' });
    expect(reset.updatedAt).toBe(NOW);
    const imported = resetTemplateSet({ ...current(), id: 'imported-1', builtIn: false, name: 'Mine' }, NOW);
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.error).toContain('Mine');
  });
});

describe('validateTemplateSet', () => {
  it('accepts the built-in sets and reports each problem with where it is', () => {
    const set = current();
    expect(validateTemplateSet(set).ok).toBe(true);
    const minor = set.tiers[0];
    const medium = set.tiers[1];
    if (!minor || !medium) throw new Error('missing tiers');
    const broken = {
      ...set,
      name: '',
      tiers: [
        { ...minor, items: [...minor.items, { ...(minor.items[0] ?? minor.items[1]), title: 'Again' }] },
        { ...medium, key: 'minor', color: 'red' },
      ],
    };
    const result = validateTemplateSet(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.join('\n');
    expect(text).toMatch(/^name: Set name must not be empty/m);
    expect(text).toContain('is used twice in tier "Minor"');
    expect(text).toContain('Tier key "minor" is used twice');
    expect(text).toContain('#RRGGBB');
  });

  it('rejects non-objects, missing tiers and unknown channels', () => {
    expect(validateTemplateSet(null).ok).toBe(false);
    expect(validateTemplateSet({ ...current(), tiers: [] }).ok).toBe(false);
    const set = current();
    const tier = set.tiers[0];
    const item = tier?.items[0];
    if (!tier || !item) throw new Error('empty');
    expect(
      validateTemplateSet({ ...set, tiers: [{ ...tier, items: [{ ...item, channel: 'fax' }] }] }).ok,
    ).toBe(false);
  });
});
