import { z } from 'zod';
import { isCalendarDay } from '../calendar-day';
import type { Recurrence, WindowOccurrence } from '../types';
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
  doneAt: z.string().nullable(),
  assigneeId: z.string().max(200).nullable(),
  dueDate: day.nullable(),
});

/** A stored occurrence change as the restore step and backups check it. */
export const windowOccurrenceSchema = z.object({
  id: z.string().max(400),
  seriesId: z.string().max(200),
  originalStart: z.iso.datetime(),
  start: z.iso.datetime().nullable(),
  end: z.iso.datetime().nullable(),
  cancelled: z.boolean(),
  comms: z.record(z.string().max(100), stepOverrideSchema),
  updatedAt: z.iso.datetime(),
  sequence: z.number().int().min(0),
}) satisfies z.ZodType<WindowOccurrence>;
