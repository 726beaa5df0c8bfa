import { useId } from 'react';
import {
  repeatChoiceLabels,
  type RepeatChoice,
  type RepeatForm,
} from '../../../shared/recurrence/repeat-form';
import { weekdayName } from '../../../shared/recurrence/rule';
import { Field } from '../../components/Field';
import './recurrence.css';

const CHOICES: RepeatChoice[] = ['none', 'daily', 'weekly', 'monthly-date', 'monthly-weekday'];
const UNITS: Record<RepeatChoice, string> = {
  none: '',
  daily: 'days',
  weekly: 'weeks',
  'monthly-date': 'months',
  'monthly-weekday': 'months',
};
// Monday first, as the planner's week usually starts; values stay Sunday = 0.
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

type Props = {
  form: RepeatForm;
  startLocal: string;
  error: string | undefined;
  onChange: (patch: Partial<RepeatForm>) => void;
};

/**
 * The maintenance form's Repeat control: how often (with the start's own day or weekday in the
 * words), every N, which weekdays for a weekly window, and when the repeats end.
 */
export function RepeatControl({ form, startLocal, error, onChange }: Props) {
  const labels = repeatChoiceLabels(startLocal);
  const endsName = useId();
  const repeating = form.choice !== 'none';
  // The start's own weekday always repeats (see recurrenceFromForm): shown ticked and fixed.
  const startWeekday = /^\d{4}-\d\d-\d\d/.test(startLocal)
    ? new Date(`${startLocal.slice(0, 10)}T00:00:00Z`).getUTCDay()
    : null;
  const toggleDay = (day: number, on: boolean) =>
    onChange({ weekdays: on ? [...form.weekdays, day] : form.weekdays.filter((d) => d !== day) });
  return (
    <fieldset className="repeat">
      <legend>Repeat</legend>
      <div className="field-row">
        <Field label="Repeats" error={repeating ? undefined : error}>
          <select
            value={form.choice}
            onChange={(event) => onChange({ choice: event.target.value as RepeatChoice })}
          >
            {CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {labels[choice]}
              </option>
            ))}
          </select>
        </Field>
        {repeating ? (
          <Field label={`Every (${UNITS[form.choice]})`}>
            <input
              inputMode="numeric"
              value={form.interval}
              onChange={(event) => onChange({ interval: event.target.value })}
            />
          </Field>
        ) : null}
      </div>
      {form.choice === 'weekly' ? (
        <fieldset className="repeat__days">
          <legend>On</legend>
          {WEEKDAYS.map((day) => (
            <label key={day}>
              <input
                type="checkbox"
                checked={day === startWeekday || form.weekdays.includes(day)}
                disabled={day === startWeekday}
                onChange={(event) => toggleDay(day, event.target.checked)}
              />
              {weekdayName(day).slice(0, 3)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {repeating ? (
        <fieldset className="repeat__ends">
          <legend>Ends</legend>
          <label>
            <input
              type="radio"
              name={endsName}
              checked={form.ends === 'never'}
              onChange={() => onChange({ ends: 'never' })}
            />
            Never (until 2199)
          </label>
          <label>
            <input
              type="radio"
              name={endsName}
              checked={form.ends === 'until'}
              onChange={() => onChange({ ends: 'until' })}
            />
            On
          </label>
          <input
            type="date"
            aria-label="Last day of the repeats"
            value={form.untilDay}
            min="1900-01-01"
            max="2199-12-31"
            disabled={form.ends !== 'until'}
            onChange={(event) => onChange({ untilDay: event.target.value })}
          />
          <label>
            <input
              type="radio"
              name={endsName}
              checked={form.ends === 'count'}
              onChange={() => onChange({ ends: 'count' })}
            />
            After
          </label>
          <input
            inputMode="numeric"
            aria-label="Number of windows"
            className="repeat__count"
            value={form.count}
            disabled={form.ends !== 'count'}
            onChange={(event) => onChange({ count: event.target.value })}
          />
          <span aria-hidden="true">windows</span>
          {error ? (
            <span className="field__error" role="alert">
              {error}
            </span>
          ) : null}
        </fieldset>
      ) : null}
    </fieldset>
  );
}
