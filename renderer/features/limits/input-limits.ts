import { PLANNABLE_FIRST_DAY, PLANNABLE_LAST_DAY } from '../../../shared/plannable-range';
import { formatCount, showsCounter } from '../../../shared/text-limits';

/**
 * `min`/`max` for a date field: the browser's picker then offers only plannable days. The shared
 * check still runs on save, because typing can put any value in the field.
 */
export const DAY_INPUT_LIMITS = { min: PLANNABLE_FIRST_DAY, max: PLANNABLE_LAST_DAY } as const;

/** The same range for a `datetime-local` field. */
export const DATETIME_INPUT_LIMITS = {
  min: `${PLANNABLE_FIRST_DAY}T00:00`,
  max: `${PLANNABLE_LAST_DAY}T23:59`,
} as const;

/**
 * The counter a long text field shows once it is near its limit ("183 / 200 characters"), and how
 * far over it is once it is over; undefined while the text is comfortably short.
 */
export function counterHint(text: string, max: number): string | undefined {
  if (!showsCounter(text.length, max)) return undefined;
  const counter = `${formatCount(text.length)} / ${formatCount(max)} characters`;
  return text.length > max ? `${counter}: ${formatCount(text.length - max)} too many` : counter;
}
