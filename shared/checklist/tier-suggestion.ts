/** What the planner answers about a change before picking its tier. */
export type TierQuestions = {
  /** How many users notice the change: most of them, some (not the majority), or few. */
  impact: 'most' | 'some' | 'few';
  requiresUserAction: boolean;
  introduces: { newFeature: boolean; downtime: boolean; optInBeta: boolean };
  knownRisk: boolean;
};

export type TierSuggestion = {
  rank: 1 | 2 | 3;
  /** The tier's key in the current handbook set. */
  tierKey: 'major' | 'medium' | 'minor';
  /** Why, quoting the handbook sentence that decided it. */
  reason: string;
};

// The handbook's own criteria, word for word from "Product announcements" (current edition).
const MAJOR_IMPACT =
  'Major announcements involve changes which have a noticeable impact on the experience of most users, or require specific action from affected users.';
const MAJOR_INTRODUCES =
  'They may introduce new features, require product downtime, or include opt-in betas for upcoming work.';
const MEDIUM_IMPACT =
  'Medium announcements involve changes which have a noticeable impact on the experience of some users, but not the majority.';
const MINOR_IMPACT =
  'Minor announcements involve changes which have no noticeable impact on the experience of most users.';
const NO_ACTION_NO_RISK = 'They do not require action from users and pose no known risk.';

const KEYS = { 1: 'major', 2: 'medium', 3: 'minor' } as const;

function suggestion(rank: 1 | 2 | 3, reason: string): TierSuggestion {
  return { rank, tierKey: KEYS[rank], reason };
}

/**
 * The handbook tier for a change, from the current edition's criteria: Major when most users
 * notice it, users must act, or it brings new features, downtime or an opt-in beta; Medium
 * when some users (not most) notice it; Minor otherwise. A known risk moves a Minor or Medium
 * answer up one tier, because both of those "pose no known risk". The reason quotes the
 * sentence that decided it.
 */
export function suggestTier(answers: TierQuestions): TierSuggestion {
  const { impact, requiresUserAction, introduces, knownRisk } = answers;
  if (impact === 'most') {
    return suggestion(1, `Most users will notice it. The handbook: “${MAJOR_IMPACT}”`);
  }
  if (requiresUserAction) {
    return suggestion(1, `Users have to act. The handbook: “${MAJOR_IMPACT}”`);
  }
  const brings = [
    introduces.newFeature ? 'a new feature' : null,
    introduces.downtime ? 'product downtime' : null,
    introduces.optInBeta ? 'an opt-in beta' : null,
  ].filter((part): part is string => part !== null);
  if (brings.length > 0) {
    return suggestion(1, `It brings ${brings.join(' and ')}. The handbook: “${MAJOR_INTRODUCES}”`);
  }
  const base =
    impact === 'some'
      ? suggestion(2, `Some users, not most, will notice it. The handbook: “${MEDIUM_IMPACT}”`)
      : suggestion(3, `Few users will notice it. The handbook: “${MINOR_IMPACT}”`);
  if (!knownRisk) return base;
  const raised: 1 | 2 = base.rank === 3 ? 2 : 1;
  return suggestion(
    raised,
    `${base.reason} But it carries a known risk, and the ${KEYS[base.rank]} tier is for changes that ` +
      `“${NO_ACTION_NO_RISK}” So it goes up one tier, to ${KEYS[raised]}.`,
  );
}
