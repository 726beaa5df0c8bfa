import { useId, type RefObject } from 'react';
import type { Plausibility } from './usePlausibility';
import './limits.css';

type Props = {
  plausibility: Plausibility;
  /** The value the field holds now: a question about another value is no longer shown. */
  current: string;
  /** The date field the question is about: "Change it" goes back to it. */
  field: RefObject<HTMLInputElement | null>;
  /** Saves with the value the planner kept. */
  onKeep: (kept: string | null) => void;
};

/**
 * The inline "Is 2062 right?" confirm under a date field. It never refuses: "Yes, keep 2062"
 * saves as typed, "Change it" goes back to the field.
 */
export function DateQuestion({ plausibility, current, field, onKeep }: Props) {
  const id = useId();
  const { asked } = plausibility;
  if (!asked || asked.value !== current) return null;
  const year = asked.value.slice(0, 4);
  return (
    <div className="date-question" role="group" aria-labelledby={id}>
      <p id={id} className="date-question__text" role="alert">
        {asked.question}
      </p>
      <div className="date-question__actions">
        <button type="button" className="button--primary" onClick={() => onKeep(plausibility.keep())}>
          Yes, keep {year}
        </button>
        <button
          type="button"
          onClick={() => {
            plausibility.dismiss();
            field.current?.focus();
          }}
        >
          Change it
        </button>
      </div>
    </div>
  );
}
