import { describe, expect, it } from 'vitest';
import {
  builtInTemplateSet,
  builtInTemplateSets,
  DEFAULT_TEMPLATE_SET_ID,
  EARLIER_TEMPLATE_SET_ID,
  findTier,
  findTierByRank,
} from '../../../shared/templates/built-in-sets';
import { validateTemplateSet } from '../../../shared/templates/template-schema';
import { CHANNELS, TEAMS } from '../../../shared/types';
import type { TemplateSet } from '../../../shared/types';
import { bulletsByHeading, readFixture } from './handbook-fixtures';

function setById(id: string): TemplateSet {
  const set = builtInTemplateSets().find((candidate) => candidate.id === id);
  if (!set) throw new Error(`no built-in set ${id}`);
  return set;
}

// Which page heading each built-in tier stands for: the tests' own reading of the handbook.
const EDITIONS: {
  setId: string;
  page: 'earlier' | 'current';
  tiers: Record<string, string>;
  firstStep: string;
}[] = [
  {
    setId: 'handbook-earlier',
    page: 'earlier',
    tiers: {
      'tier-3': 'Tier 3: Service features',
      'tier-2': 'Tier 2: Core features',
      'tier-1': 'Tier 1: Major features',
    },
    firstStep: 'agree-tier',
  },
  {
    setId: 'handbook-current',
    page: 'current',
    tiers: { minor: 'Minor announcements', medium: 'Medium announcements', major: 'Major announcements' },
    firstStep: 'tell-marketing',
  },
];

describe('built-in template sets', () => {
  it('ship the current edition as the default and the earlier one beside it', () => {
    const sets = builtInTemplateSets();
    expect(sets.map((set) => set.id)).toEqual([DEFAULT_TEMPLATE_SET_ID, EARLIER_TEMPLATE_SET_ID]);
    expect(DEFAULT_TEMPLATE_SET_ID).toBe('handbook-current');
    expect(sets.map((set) => set.name)).toEqual(['Handbook (current)', 'Handbook (earlier)']);
    expect(sets.every((set) => set.builtIn)).toBe(true);
    const current = setById('handbook-current');
    expect(current.tiers.map((tier) => [tier.key, tier.name, tier.rank])).toEqual([
      ['minor', 'Minor', 3],
      ['medium', 'Medium', 2],
      ['major', 'Major', 1],
    ]);
    const earlier = setById('handbook-earlier');
    expect(earlier.tiers.map((tier) => [tier.key, tier.name, tier.rank])).toEqual([
      ['tier-3', 'Tier 3: Service features', 3],
      ['tier-2', 'Tier 2: Core features', 2],
      ['tier-1', 'Tier 1: Major features', 1],
    ]);
  });

  for (const edition of EDITIONS) {
    it(`${edition.setId}: every checklist item of the page is in its tier, word for word and in order`, () => {
      const lists = bulletsByHeading(readFixture(edition.page));
      const set = setById(edition.setId);
      const counts: Record<string, number> = {};
      for (const [tierKey, heading] of Object.entries(edition.tiers)) {
        const pageItems = lists.get(heading);
        expect(pageItems, heading).toBeDefined();
        expect(pageItems?.length ?? 0).toBeGreaterThan(0);
        const tier = findTier(set, tierKey);
        const titles = (tier?.items ?? [])
          .filter((item) => item.id !== edition.firstStep)
          .map((item) => item.title);
        expect(titles).toEqual(pageItems);
        counts[tierKey] = tier?.items.length ?? 0;
      }
      // Reported, not asserted against: how many items each built-in tier holds.
      console.info(`${edition.setId} items per tier: ${JSON.stringify(counts)}`);
    });

    it(`${edition.setId}: the one extra item per tier is the page's own first step, in its words`, () => {
      const page = readFixture(edition.page).replace(/\s+/g, ' ').toLowerCase();
      for (const tier of setById(edition.setId).tiers) {
        const first = tier.items[0];
        expect(first?.id).toBe(edition.firstStep);
        expect(page).toContain((first?.title ?? '').toLowerCase());
        expect(first?.channel).toBe('team-marketing');
        expect(first?.team).toBe('Product');
        expect(first?.offset.kind === 'launch' && first.offset.days < 0).toBe(true);
      }
    });
  }

  it('use the handbook timings for the items that state one', () => {
    const earlier = setById('handbook-earlier');
    const current = setById('handbook-current');
    const days = (set: TemplateSet, tierKey: string, id: string): unknown =>
      findTier(set, tierKey)?.items.find((item) => item.id === id)?.offset;
    expect(days(earlier, 'tier-1', 'blog-within-24-hours')).toEqual({ kind: 'launch', days: 1 });
    expect(days(earlier, 'tier-2', 'blog-within-week')).toEqual({ kind: 'launch', days: 7 });
    expect(days(earlier, 'tier-1', 'follow-on-blog')).toEqual({ kind: 'launch', days: 21 });
    expect(days(current, 'major', 'tutorial-day-of-release')).toEqual({ kind: 'launch', days: 0 });
    expect(days(current, 'medium', 'tutorial-week-of-release')).toEqual({ kind: 'launch', days: 7 });
    for (const set of [earlier, current]) {
      for (const tier of set.tiers) {
        for (const item of tier.items.filter((candidate) => /\barray\b/i.test(candidate.title))) {
          expect(item.offset).toEqual({ kind: 'next-array' });
        }
      }
    }
  });

  it('give the @james406 thread to the founder and the landing page to the website team before launch', () => {
    const major = findTier(setById('handbook-current'), 'major');
    const thread = major?.items.find((item) => item.title.includes('@james406'));
    expect(thread?.team).toBe('Founder (@james406)');
    const landing = major?.items.find((item) => item.channel === 'landing-page');
    expect(landing?.team).toBe('Website & Vibes');
    expect(landing?.offset.kind === 'launch' && landing.offset.days <= 0).toBe(true);
  });

  it('never share blog-dependent items before the blog is due', () => {
    const tier2 = findTier(setById('handbook-earlier'), 'tier-2');
    const blogDays = tier2?.items.find((item) => item.id === 'blog-within-week')?.offset;
    for (const item of tier2?.items.filter((candidate) =>
      /sharing the blog announcement/i.test(candidate.title),
    ) ?? []) {
      expect(
        item.offset.kind === 'launch' && blogDays?.kind === 'launch' && item.offset.days >= blogDays.days,
      ).toBe(true);
    }
  });

  it('are valid sets with known channels and teams, unique readable ids', () => {
    for (const set of builtInTemplateSets()) {
      expect(validateTemplateSet(set)).toEqual({ ok: true, set });
      for (const tier of set.tiers) {
        const ids = tier.items.map((item) => item.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const item of tier.items) {
          expect(item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(CHANNELS).toContain(item.channel);
          expect(TEAMS as readonly string[]).toContain(item.team);
        }
      }
    }
  });

  it('return fresh deep copies with a fixed updatedAt', () => {
    const first = builtInTemplateSets();
    const second = builtInTemplateSets();
    expect(second).toEqual(first);
    const tier = first[0]?.tiers[0];
    const item = tier?.items[0];
    if (!tier || !item) throw new Error('empty built-in set');
    tier.name = 'Changed';
    item.offset = { kind: 'launch', days: 99 };
    tier.items.push({ ...item, id: 'extra' });
    expect(builtInTemplateSets()).toEqual(second);
    expect(first[0]?.updatedAt).toBe(second[0]?.updatedAt);
    expect(Number.isNaN(Date.parse(second[0]?.updatedAt ?? ''))).toBe(false);
    // Twins shared by two tiers are still separate objects.
    const medium = findTier(second[0] as TemplateSet, 'medium');
    const major = findTier(second[0] as TemplateSet, 'major');
    const mediumBanner = medium?.items.find((candidate) => candidate.id === 'in-app-banner');
    const majorBanner = major?.items.find((candidate) => candidate.id === 'in-app-banner');
    expect(mediumBanner).toEqual(majorBanner);
    expect(mediumBanner).not.toBe(majorBanner);
  });

  it('finds tiers by key and rank, and built-in sets by id', () => {
    const set = setById('handbook-current');
    expect(findTier(set, 'major')?.rank).toBe(1);
    expect(findTier(set, 'tier-1')).toBeUndefined();
    expect(findTierByRank(set, 3)?.key).toBe('minor');
    expect(builtInTemplateSet('handbook-earlier')?.tiers.length).toBe(3);
    expect(builtInTemplateSet('nope')).toBeUndefined();
  });

  it('colour tiers so white text on them meets WCAG AA, distinct within a set', () => {
    const channel = (hex: string, at: number): number => {
      const value = parseInt(hex.slice(at, at + 2), 16) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (hex: string): number =>
      0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
    for (const set of builtInTemplateSets()) {
      const colors = set.tiers.map((tier) => tier.color);
      expect(new Set(colors).size).toBe(3);
      for (const color of colors) expect((1 + 0.05) / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
