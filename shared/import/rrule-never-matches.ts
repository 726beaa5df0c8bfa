/** The message for a recurring event whose rule can produce no date, as the preview shows it. */
export const NEVER_MATCHES = "this event's repeat rule never matches";

// The most days each month can have (February in a leap year): a BYMONTHDAY past it never fits.
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// The bounds of each BY… list (RFC 5545 §3.3.10); a value outside them can never be matched.
const BOUNDS: Record<string, { min: number; max: number; signed: boolean }> = {
  BYSECOND: { min: 0, max: 60, signed: false },
  BYMINUTE: { min: 0, max: 59, signed: false },
  BYHOUR: { min: 0, max: 23, signed: false },
  BYMONTHDAY: { min: 1, max: 31, signed: true },
  BYYEARDAY: { min: 1, max: 366, signed: true },
  BYWEEKNO: { min: 1, max: 53, signed: true },
  BYMONTH: { min: 1, max: 12, signed: false },
};

function numbers(value: string): number[] | undefined {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^[+-]?\d{1,4}$/.test(part))) return undefined;
  return parts.map(Number);
}

function inBounds(value: number, bounds: { min: number; max: number; signed: boolean }): boolean {
  const magnitude = bounds.signed ? Math.abs(value) : value;
  if (!bounds.signed && value < 0) return false;
  return magnitude >= bounds.min && magnitude <= bounds.max;
}

/**
 * Why an RRULE can never produce a date after its start, or undefined when it may. Checked before
 * the rule is expanded, because ical.js loops forever on some such rules
 * (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`) and invents dates for others (`FREQ=YEARLY;BYMONTH=2;
 * BYMONTHDAY=30` yields 2 March). Covers BY… values out of their bounds and a BYMONTHDAY that no
 * month of BYMONTH has (30 February, 31 April); anything subtler is caught by the expansion budget.
 */
export function neverMatchingRuleReason(rrule: string): string | undefined {
  const parts = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const equals = part.indexOf('=');
    if (equals > 0) parts.set(part.slice(0, equals).trim().toUpperCase(), part.slice(equals + 1).trim());
  }
  const lists = new Map<string, number[]>();
  for (const [name, bounds] of Object.entries(BOUNDS)) {
    const raw = parts.get(name);
    if (raw === undefined) continue;
    const values = numbers(raw);
    const outside = values === undefined ? raw : values.find((value) => !inBounds(value, bounds));
    if (values === undefined || outside !== undefined)
      return `${NEVER_MATCHES}: ${name}=${String(outside ?? raw)} is not a possible value`;
    lists.set(name, values);
  }
  const months = lists.get('BYMONTH');
  const monthDays = lists.get('BYMONTHDAY');
  if (months && monthDays) {
    const fits = months.some((month) => {
      const most = MONTH_DAYS[month - 1] ?? 0;
      return monthDays.some((day) => Math.abs(day) <= most);
    });
    if (!fits) {
      return `${NEVER_MATCHES}: no month in BYMONTH=${parts.get('BYMONTH') ?? ''} has day ${parts.get('BYMONTHDAY') ?? ''}`;
    }
  }
  return undefined;
}
