/**
 * How long each free-text field may be. Text over the limit is refused with a message, never cut:
 * a 5,000-character paste that silently became 400 characters lost the planner's words (issue 8).
 */
export const TEXT_LIMITS = {
  title: 200,
  owner: 200,
  summary: 10_000,
  notes: 5_000,
  link: 2_000,
  service: 200,
} as const;

/** A counter ("183 / 200") shows from this share of the limit on, so it is there before it matters. */
export const COUNTER_FROM_SHARE = 0.9;

/** How many characters of a value a message quotes: enough to recognise it, never a whole paste. */
export const QUOTE_CHARACTERS = 60;

const numberFormat = new Intl.NumberFormat('en-GB');

/** A count for people, with thousands separated: `5,000`. */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/**
 * The message for text over its limit, naming both lengths so the planner sees how much to cut,
 * e.g. "This is 5,000 characters; keep it to 200." Null when the text fits.
 */
export function tooLongMessage(text: string, max: number): string | null {
  if (text.length <= max) return null;
  return `This is ${formatCount(text.length)} characters; keep it to ${formatCount(max)}.`;
}

/** True when a field's counter should show: the text is near or over its limit. */
export function showsCounter(length: number, max: number): boolean {
  return length >= Math.floor(max * COUNTER_FROM_SHARE);
}

/**
 * A value as a message may quote it: whole when short, else its first characters and how many
 * more there were, so a 5 MB tier name is never echoed back whole.
 */
export function quoteValue(value: string, max: number = QUOTE_CHARACTERS): string {
  if (value.length <= max) return `"${value}"`;
  return `"${value.slice(0, max)}…" (${formatCount(value.length)} characters)`;
}

/** The start of a value for a message's own quotes (“…”): whole when short, cut with `…` when long. */
export function shortenForMessage(value: string, max: number = QUOTE_CHARACTERS): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}
