import { z } from 'zod';
import { DISRUPTIONS, MAINTENANCE_STATUSES, type Instant, type MaintenanceWindow } from '../types';
import { isPlannableInstant, outOfRangeMessage } from '../plannable-range';
import { shortenForMessage, TEXT_LIMITS, tooLongMessage } from '../text-limits';
import { isKnownTimeZone, isLocalDateTime, localToInstant, toLocalDateTime } from '../zoned-time';
import { windowLengthProblem } from './window-limits';

/** What the maintenance form collects, as typed: wall-clock times in `timeZone`, enums as strings. */
export type MaintenanceDraft = {
  title: string;
  startLocal: string;
  endLocal: string;
  timeZone: string;
  services: string[];
  disruption: string;
  audience: string;
  /** Picked from the people list: an id, or null for nobody. */
  ownerId: string | null;
  status: string;
  notes: string;
  audienceZones: string[];
};

export type MaintenanceField = keyof MaintenanceDraft;

/** A checked form: the fields a MaintenanceWindow stores, with the wall times turned into instants. */
export type ValidMaintenanceInput = Omit<MaintenanceWindow, 'id' | 'createdAt' | 'updatedAt' | 'sequence'>;

export type MaintenanceValidation =
  | { ok: true; value: ValidMaintenanceInput }
  | { ok: false; errors: Partial<Record<MaintenanceField, string>> };

const tooLong = (max: number) => ({
  error: (issue: { input?: unknown }) => tooLongMessage(String(issue.input), max) ?? 'Too long.',
});
const UNREADABLE = 'Not a date and time we can read: use one like 2026-12-05T22:00.';

/** Trims, drops blanks and removes case-insensitive repeats, keeping the first spelling. */
function cleanList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const key = value.toLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

const localDateTime = z
  .string()
  .trim()
  .min(1, { error: 'Pick a date and time.' })
  .refine(isLocalDateTime, { error: UNREADABLE });

const timeZone = z
  .string()
  .trim()
  .min(1, { error: 'Pick a time zone.' })
  .refine(isKnownTimeZone, {
    error: (issue) => `Unknown time zone “${shortenForMessage(String(issue.input))}”.`,
  });

const schema = z.object({
  title: z
    .string()
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, { error: 'Give the window a title.' })
        .max(TEXT_LIMITS.title, tooLong(TEXT_LIMITS.title)),
    ),
  startLocal: localDateTime,
  endLocal: localDateTime,
  timeZone,
  services: z
    .array(z.string().max(TEXT_LIMITS.service, tooLong(TEXT_LIMITS.service)))
    .transform(cleanList)
    .refine((list) => list.length > 0, { error: 'Name at least one service the work touches.' }),
  disruption: z.enum(DISRUPTIONS, { error: 'Say what users will notice: none, degraded or downtime.' }),
  audience: z.enum(['all', 'affected'], { error: 'Pick who hears about it: all users or affected users.' }),
  ownerId: z
    .string()
    .min(1)
    .nullable()
    .catch(() => null),
  status: z.enum(MAINTENANCE_STATUSES, { error: 'Pick a status.' }),
  notes: z.string().trim().max(TEXT_LIMITS.notes, tooLong(TEXT_LIMITS.notes)),
  audienceZones: z
    .array(z.string())
    .transform(cleanList)
    .superRefine((zones, ctx) => {
      const unknown = zones.filter((zone) => !isKnownTimeZone(zone));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `Unknown time zone ${unknown.map((zone) => `“${shortenForMessage(zone)}”`).join(', ')}.`,
        });
      }
    }),
});

/**
 * Checks the maintenance form and returns either a clean value (wall times turned into UTC
 * instants through the window's zone) or one people-friendly message per field. Never throws,
 * so a form can show every problem at once. A start or end that falls in a spring-forward gap
 * resolves forward, as `localToInstant` does. Times outside the plannable range, windows longer than
 * MAX_WINDOW_DAYS and text over its limit are refused with a message naming the value.
 */
export function validateMaintenanceInput(input: MaintenanceDraft): MaintenanceValidation {
  const errors: Partial<Record<MaintenanceField, string>> = {};
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in input && errors[field as MaintenanceField] === undefined) {
        errors[field as MaintenanceField] = issue.message;
      }
    }
  }

  // Ordering can only be judged once both times and the zone are readable on their own.
  let start: Instant | null = null;
  let end: Instant | null = null;
  if (!errors.startLocal && !errors.endLocal && !errors.timeZone) {
    const zone = input.timeZone.trim();
    start = localToInstant(toLocalDateTime(input.startLocal.trim()), zone);
    end = localToInstant(toLocalDateTime(input.endLocal.trim()), zone);
    const tooLong = windowLengthProblem(start, end);
    if (!isPlannableInstant(start)) errors.startLocal = outOfRangeMessage(input.startLocal.trim());
    if (!isPlannableInstant(end)) errors.endLocal = outOfRangeMessage(input.endLocal.trim());
    else if (end <= start) errors.endLocal = 'End must be after start.';
    else if (tooLong) errors.endLocal = tooLong;
  }

  if (!parsed.success || start === null || end === null || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  const data = parsed.data;
  return {
    ok: true,
    value: {
      title: data.title,
      start,
      end,
      timeZone: data.timeZone,
      services: data.services,
      disruption: data.disruption,
      audience: data.audience,
      ownerId: data.ownerId,
      status: data.status,
      notes: data.notes,
      audienceZones: data.audienceZones,
    },
  };
}
