import { useId } from 'react';
import type { AskedDate } from './usePlausibility';
import './limits.css';

type Props = {
  asked: AskedDate | null;
  /** The value the field holds now: a question about another value is no longer shown. */
  current: string;
  onKeep: () => void;
  onChange: () => void;
};

/**
 * The inline "Is 2062 right?" confirm under a date field. It never refuses: "Yes, keep 2062"
 * saves as typed, "Change it" goes back to the field.
 */
export function DateQuestion({ asked, current, onKeep, onChange }: Props) {
  const id = useId();
  if (!asked || asked.value !== current) return null;
  const year = asked.value.slice(0, 4);
  return (
    <div className="date-question" role="group" aria-labelledby={id}>
      <p id={id} className="date-question__text" role="alert">
        {asked.question}
      </p>
      <div className="date-question__actions">
        <button type="button" className="button--primary" onClick={onKeep}>
          Yes, keep {year}
        </button>
        <button type="button" onClick={onChange}>
          Change it
        </button>
      </div>
    </div>
  );
}
