import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHandbookPage } from '../../../shared/handbook-import/parse-handbook-page';
import type { HandbookImport } from '../../../shared/handbook-import/parse-handbook-page';
import { builtInTemplateSet } from '../../../shared/templates/built-in-sets';
import { validateTemplateSet } from '../../../shared/templates/template-schema';
import type { TemplateSet } from '../../../shared/types';
import { bulletsByHeading, readFixture } from '../templates/handbook-fixtures';
import { utcInstant } from '../../dates';

const NOW = utcInstant('2026-03-01T10:00:00.000Z');
const options = { id: 'imported-1', now: NOW };

function imported(result: HandbookImport): Extract<HandbookImport, { ok: true }> {
  if (!result.ok) throw new Error(result.error);
  return result;
}

function failure(result: HandbookImport): string {
  if (result.ok) throw new Error(`expected a failure, got ${result.set.tiers.length} tiers`);
  return result.error;
}

const tierShape = (set: TemplateSet) => set.tiers.map((tier) => [tier.key, tier.rank, tier.items.length]);

describe('parseHandbookPage on the handbook pages', () => {
  for (const [page, expectedKeys] of [
    ['earlier', ['tier-3', 'tier-2', 'tier-1']],
    ['current', ['minor', 'medium', 'major']],
  ] as const) {
    it(`imports the ${page} edition with every item, word for word`, () => {
      const text = readFixture(page);
      const result = imported(parseHandbookPage(text, options));
      expect(result.set.name).toBe('Product announcements');
      expect(result.set.id).toBe('imported-1');
      expect(result.set.builtIn).toBe(false);
      expect(result.set.updatedAt).toBe(NOW);
      expect(result.set.tiers.map((tier) => [tier.key, tier.rank])).toEqual(
        expectedKeys.map((key, index) => [key, 3 - index]),
      );
      const lists = bulletsByHeading(text);
      for (const tier of result.set.tiers) {
        const headingItems = [...lists.entries()].find(([heading]) => heading === tier.name)?.[1];
        expect(tier.items.map((item) => item.title)).toEqual(headingItems);
      }
      expect(result.preview.itemCount).toBe(
        result.set.tiers.reduce((sum, tier) => sum + tier.items.length, 0),
      );
      expect(result.preview.tiers.map((tier) => tier.itemCount)).toEqual(
        result.set.tiers.map((tier) => tier.items.length),
      );
      expect(validateTemplateSet(result.set).ok).toBe(true);
      expect(result.warnings).toEqual([]);
    });
  }

  it('agrees with the built-in sets on every item the page and the set share', () => {
    for (const [page, setId] of [
      ['earlier', 'handbook-earlier'],
      ['current', 'handbook-current'],
    ] as const) {
      const result = imported(parseHandbookPage(readFixture(page), options));
      const builtIn = builtInTemplateSet(setId);
      for (const tier of result.set.tiers) {
        const builtInTier = builtIn?.tiers.find((candidate) => candidate.key === tier.key);
        for (const item of tier.items) {
          const twin = builtInTier?.items.find((candidate) => candidate.title === item.title);
          expect(twin, item.title).toBeDefined();
          expect({ channel: item.channel, team: item.team, offset: item.offset }).toEqual({
            channel: twin?.channel,
            team: twin?.team,
            offset: twin?.offset,
          });
        }
      }
    }
  });

  it('refuses the marketing overview: it has lists, but no tier headings', () => {
    const error = failure(parseHandbookPage(readFixture('overview'), options));
    expect(error).toMatch(/^No tier headings with checklists were found\./);
    expect(error).toContain('How marketing works');
  });

  it('takes the name from the options first, then the front matter, then a top heading', () => {
    expect(imported(parseHandbookPage(readFixture('earlier'), { ...options, name: 'Mine' })).set.name).toBe(
      'Mine',
    );
    const page = '# Launch tiers\n\n## Tier 1: Big\n\n- Blog post\n';
    expect(imported(parseHandbookPage(page, options)).set.name).toBe('Launch tiers');
  });
});

describe('parseHandbookPage on other pages', () => {
  it('reads every list style, skips lead-ins and numbered lists, ranks by order when headings do not say', () => {
    const page = [
      '## Small things',
      'We may support small things by…',
      '',
      '* Posting in the user Slack group.',
      '- [ ] Writing a tutorial for day of release.',
      '',
      '#### Big things',
      'Marketing support for big things would typically include:',
      '+ Writing a dedicated blog post.',
      '- [x] - Creating a dedicated landing page.',
      '  with a signup form',
      '1. not an item',
      '',
      '## Notes',
      'No list here.',
    ].join('\r\n');
    const result = imported(parseHandbookPage(page, options));
    expect(tierShape(result.set)).toEqual([
      ['small-things', 2, 2],
      ['big-things', 1, 2],
    ]);
    expect(result.set.tiers[0]?.items.map((item) => item.title)).toEqual([
      'Posting in the user Slack group.',
      'Writing a tutorial for day of release.',
    ]);
    expect(result.set.tiers[1]?.items[1]).toMatchObject({
      id: 'creating-a-dedicated-landing-page-with-a-signup',
      title: 'Creating a dedicated landing page. with a signup form',
      channel: 'landing-page',
    });
  });

  it('does not take a heading without a list, or a list under an unrelated heading, for a tier', () => {
    const page =
      '## Announcing scheduled maintenance\n\nTell users early.\n\n## Minor announcements\n\n- Array\n\n## Our values\n\n- Be kind\n';
    const result = imported(parseHandbookPage(page, options));
    expect(tierShape(result.set)).toEqual([['minor', 3, 1]]);
    expect(result.warnings.join(' ')).toContain('“Our values”');
  });

  it('ranks Tier 4 and beyond as 3, and renames twin keys, with warnings', () => {
    const page = '### Tier 4: Tiny\n- a\n### Tier 1: Huge\n- b\n### Tier 1: Also huge\n- c\n';
    const result = imported(parseHandbookPage(page, options));
    expect(tierShape(result.set)).toEqual([
      ['tier-4', 3, 1],
      ['tier-1', 1, 1],
      ['tier-1-2', 1, 1],
    ]);
    expect(result.warnings).toHaveLength(2);
  });

  it.each([
    ['empty input', '', /^The page is empty\.$/],
    ['only spaces', '  \n\n\t', /^The page is empty\.$/],
    ['no headings', 'Just a paragraph.\n\n- and a list\n', /has no headings/],
    [
      'headings with empty lists',
      '### Tier 1: Major\n\n- [ ]\n-\n\n### Tier 2: Core\n',
      /^No tier headings with checklists were found/,
    ],
    ['binary junk', '\u0000\u0001PK\u0003\u0004binary', /binary data/],
    ['control characters', 'x\u0001'.repeat(50), /binary data/],
    ['too large', `### Tier 1\n${'- item\n'.repeat(200_000)}`, /too large/],
    ['too many items', `### Tier 1: Big\n${'- item\n'.repeat(501)}`, /501 items; at most 500/],
    ['front matter only', '---\ntitle: X\n---\n', /has no headings/],
  ])('%s → a clear message', (_label, page, message) => {
    expect(failure(parseHandbookPage(page, options))).toMatch(message);
  });

  it('warns about a tier heading whose list is empty while importing the rest', () => {
    const result = imported(
      parseHandbookPage('### Tier 2: Core\n- [ ]\n### Tier 1: Major\n- Blog\n', options),
    );
    expect(tierShape(result.set)).toEqual([['tier-1', 1, 1]]);
    expect(result.warnings.join(' ')).toContain('“Tier 2: Core”');
  });

  it('reads a page whose front matter never closes, and says so', () => {
    const result = imported(
      parseHandbookPage('---\ntitle: Broken\n### Major announcements\n- Blog\n', options),
    );
    expect(result.set.name).toBe('Imported handbook page');
    expect(result.warnings.join(' ')).toContain('front matter');
  });

  it('refuses input that is not a string, and never throws on any text (property)', () => {
    expect(failure(parseHandbookPage(42 as unknown as string, options))).toBe('The page is not text.');
    const lineArb = fc.oneof(
      fc.constantFrom(
        '### Tier 1: Major features',
        '## Minor announcements',
        '- [x] - Blog post',
        '* Tweet',
        '---',
        '```',
        '> quote',
        '',
      ),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), (lines) => {
        const result = parseHandbookPage(lines.join('\n'), options);
        if (result.ok) {
          expect(validateTemplateSet(result.set).ok).toBe(true);
          expect(result.set.tiers.every((tier) => tier.items.length > 0)).toBe(true);
        } else {
          expect(result.error.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
  });
});
