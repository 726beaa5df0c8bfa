import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestTier } from '../../../shared/checklist/tier-suggestion';
import type { TierQuestions } from '../../../shared/checklist/tier-suggestion';
import { builtInTemplateSet } from '../../../shared/templates/built-in-sets';
import { readFixture } from '../templates/handbook-fixtures';

const calm: TierQuestions = {
  impact: 'few',
  requiresUserAction: false,
  introduces: { newFeature: false, downtime: false, optInBeta: false },
  knownRisk: false,
};

const questionsArb: fc.Arbitrary<TierQuestions> = fc.record({
  impact: fc.constantFrom('most' as const, 'some' as const, 'few' as const),
  requiresUserAction: fc.boolean(),
  introduces: fc.record({ newFeature: fc.boolean(), downtime: fc.boolean(), optInBeta: fc.boolean() }),
  knownRisk: fc.boolean(),
});

describe('suggestTier', () => {
  it('follows the handbook criteria', () => {
    expect(suggestTier(calm)).toMatchObject({ rank: 3, tierKey: 'minor' });
    expect(suggestTier({ ...calm, impact: 'some' })).toMatchObject({ rank: 2, tierKey: 'medium' });
    expect(suggestTier({ ...calm, impact: 'most' })).toMatchObject({ rank: 1, tierKey: 'major' });
    expect(suggestTier({ ...calm, requiresUserAction: true })).toMatchObject({ rank: 1 });
    expect(suggestTier({ ...calm, introduces: { ...calm.introduces, downtime: true } })).toMatchObject({
      rank: 1,
    });
    expect(suggestTier({ ...calm, introduces: { ...calm.introduces, optInBeta: true } })).toMatchObject({
      rank: 1,
    });
    expect(
      suggestTier({ ...calm, impact: 'some', introduces: { ...calm.introduces, newFeature: true } }),
    ).toMatchObject({
      rank: 1,
    });
  });

  it('moves a known risk up one tier and says why', () => {
    const minor = suggestTier({ ...calm, knownRisk: true });
    expect(minor.rank).toBe(2);
    expect(minor.reason).toContain('known risk');
    expect(suggestTier({ ...calm, impact: 'some', knownRisk: true }).rank).toBe(1);
    expect(suggestTier({ ...calm, impact: 'most', knownRisk: true }).rank).toBe(1);
  });

  it('quotes a sentence that is really in the handbook, and names a tier of the current set (property)', () => {
    const page = readFixture('current').replace(/\s+/g, ' ');
    const keys =
      builtInTemplateSet('handbook-current')?.tiers.map((tier) => `${tier.key}:${tier.rank}`) ?? [];
    fc.assert(
      fc.property(questionsArb, (answers) => {
        const suggestion = suggestTier(answers);
        expect(keys).toContain(`${suggestion.tierKey}:${suggestion.rank}`);
        const quotes = [...suggestion.reason.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? '');
        expect(quotes.length).toBeGreaterThan(0);
        for (const quote of quotes) expect(page).toContain(quote);
        const anyMajorSign =
          answers.impact === 'most' ||
          answers.requiresUserAction ||
          answers.introduces.newFeature ||
          answers.introduces.downtime ||
          answers.introduces.optInBeta;
        if (anyMajorSign) expect(suggestion.rank).toBe(1);
        // More worry never means a smaller tier.
        expect(suggestTier({ ...answers, knownRisk: true }).rank).toBeLessThanOrEqual(suggestion.rank);
      }),
      { numRuns: 300 },
    );
  });
});
