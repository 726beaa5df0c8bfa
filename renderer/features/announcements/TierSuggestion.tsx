import { findTierByRank } from '../../../shared/templates/built-in-sets';
import { useId, useState, type ReactNode } from 'react';
import { suggestTier, type TierQuestions } from '../../../shared/checklist/tier-suggestion';
import type { TierTemplate } from '../../../shared/types';

type Props = {
  /** The tiers the form offers; the suggestion is matched to them by rank (1 = biggest). */
  tiers: readonly TierTemplate[];
  onUse: (tierKey: string) => void;
};

type Answers = Omit<TierQuestions, 'impact'> & { impact: TierQuestions['impact'] | null };

const IMPACTS: { value: TierQuestions['impact']; label: string }[] = [
  { value: 'most', label: 'Most users' },
  { value: 'some', label: 'Some users, not most' },
  { value: 'few', label: 'Few or no users' },
];

/** One of the handbook's yes/no questions, as a labelled checkbox. */
function YesNo({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {children}
    </label>
  );
}

/**
 * The handbook's own questions for picking a tier. It suggests and quotes why; the planner
 * decides by pressing "Use …" (or not).
 */
export function TierSuggestion({ tiers, onUse }: Props) {
  const id = useId();
  const [answers, setAnswers] = useState<Answers>({
    impact: null,
    requiresUserAction: false,
    introduces: { newFeature: false, downtime: false, optInBeta: false },
    knownRisk: false,
  });
  const impact = answers.impact;
  const suggestion = impact === null ? null : suggestTier({ ...answers, impact });
  const tier = suggestion ? findTierByRank({ tiers }, suggestion.rank) : undefined;
  const answer = (key: 'requiresUserAction' | 'knownRisk', value: boolean) =>
    setAnswers((current) => ({ ...current, [key]: value }));
  const introduce = (key: keyof Answers['introduces'], value: boolean) =>
    setAnswers((current) => ({ ...current, introduces: { ...current.introduces, [key]: value } }));

  return (
    <details className="tier-suggestion">
      <summary>Suggest a tier</summary>
      <fieldset>
        <legend>Who will notice the change?</legend>
        {IMPACTS.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="radio"
              name={`${id}-impact`}
              value={option.value}
              checked={answers.impact === option.value}
              onChange={() => setAnswers((current) => ({ ...current, impact: option.value }))}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>What does it involve?</legend>
        <YesNo
          checked={answers.requiresUserAction}
          onChange={(checked) => answer('requiresUserAction', checked)}
        >
          Users have to do something
        </YesNo>
        <YesNo
          checked={answers.introduces.newFeature}
          onChange={(checked) => introduce('newFeature', checked)}
        >
          It introduces a new feature
        </YesNo>
        <YesNo checked={answers.introduces.downtime} onChange={(checked) => introduce('downtime', checked)}>
          It needs product downtime
        </YesNo>
        <YesNo checked={answers.introduces.optInBeta} onChange={(checked) => introduce('optInBeta', checked)}>
          It is an opt-in beta
        </YesNo>
        <YesNo checked={answers.knownRisk} onChange={(checked) => answer('knownRisk', checked)}>
          There is a known risk
        </YesNo>
      </fieldset>
      <div className="tier-suggestion__result" aria-live="polite">
        {suggestion === null ? (
          <p className="field__hint">Answer who will notice it to get a suggestion.</p>
        ) : (
          <>
            <p>
              Suggested tier: <strong>{tier?.name ?? suggestion.tierKey}</strong>
            </p>
            <blockquote>{suggestion.reason}</blockquote>
            {tier ? (
              <button type="button" onClick={() => onUse(tier.key)}>
                Use {tier.name}
              </button>
            ) : (
              <p className="field__hint">This template set has no tier of that size.</p>
            )}
          </>
        )}
      </div>
    </details>
  );
}
