import { z } from 'zod';
import { isCalendarDay } from '../calendar-day';
import type { Recurrence, WindowOccurrence } from '../types';
import { trustedInstant } from '../zoned-time';
import { MAX_REPEAT_COUNT, MAX_REPEAT_INTERVAL } from './rule';

// Apart from rule.ts so the calendar, which draws occurrences at start, does not bring zod into the
// start-up bundle (issue 13): the schemas load with the files and backups that need them.

const day = z.string().refine(isCalendarDay, 'not a calendar day');

export const recurrenceSchema = z.object({
  freq: z.enum(['daily', 'weekly', 'monthly']),
  interval: z.number().int().min(1).max(MAX_REPEAT_INTERVAL),
  weekdays: z.array(z.number().int().min(0).max(6)).max(7),
  monthlyBy: z.enum(['date', 'weekday']),
  ends: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('never') }),
    z.object({ kind: z.literal('until'), day }),
    z.object({ kind: z.literal('count'), count: z.number().int().min(1).max(MAX_REPEAT_COUNT) }),
  ]),
}) satisfies z.ZodType<Recurrence>;

const stepOverrideSchema = z.object({
  done: z.boolean(),
  // Not checked as an instant (it never was), only typed as one: a bad tick time only shows oddly.
  doneAt: z.string().transform(trustedInstant).nullable(),
  assigneeId: z.string().max(200).nullable(),
  dueDate: day.nullable(),
});

// An ISO instant in UTC, checked by zod, typed as the Instant it is.
const instant = () => z.iso.datetime().transform(trustedInstant);

/** A stored occurrence change as the restore step and backups check it. */
export const windowOccurrenceSchema = z.object({
  id: z.string().max(400),
  seriesId: z.string().max(200),
  originalStart: instant(),
  start: instant().nullable(),
  end: instant().nullable(),
  cancelled: z.boolean(),
  comms: z.record(z.string().max(100), stepOverrideSchema),
  updatedAt: instant(),
  sequence: z.number().int().min(0),
}) satisfies z.ZodType<WindowOccurrence>;
