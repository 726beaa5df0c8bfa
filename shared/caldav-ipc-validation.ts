import { z } from 'zod';
import type { ChooseCalendarRequest, ConnectRequest, SyncRequest } from './caldav-ipc';
import { MAX_SYNC_OBJECT_CHARS, MAX_SYNC_OBJECTS } from './caldav-ipc';
import type { SyncedEntry } from './sync/types';
import { calendarUrlProblem } from './sync/url-policy';

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

const plainText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((value) => !CONTROL_CHARACTERS.test(value), 'must not contain control characters');

/** A calendar server or calendar URL that the policy allows (https, or http only to this machine). */
export const calendarUrlSchema = plainText(2000).refine(
  (url) => calendarUrlProblem(url) === null,
  'must be an https:// URL (http:// only for 127.0.0.1 or localhost)',
);

/** Connect's argument: an allowed server URL, a user name and a password, each on one line. */
export const connectRequestSchema: z.ZodType<ConnectRequest> = z.strictObject({
  serverUrl: calendarUrlSchema,
  user: plainText(200),
  // Passwords may hold any printable character, spaces included, but never a line break.
  password: plainText(1000),
});

/** A calendar by URL (the service also requires the account to list it) or the new "Tierline" one. */
export const chooseCalendarRequestSchema: z.ZodType<ChooseCalendarRequest> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('existing'), url: calendarUrlSchema }),
  z.strictObject({ kind: z.literal('create') }),
]);

const uidSchema = plainText(300);

const syncedEntrySchema: z.ZodType<SyncedEntry> = z.strictObject({
  href: plainText(2000),
  etag: z.string().max(500).nullable(),
  hash: z.string().max(100),
  sequence: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** A sync's argument: unique, bounded objects, a bounded state, and the mass-delete answer. */
export const syncRequestSchema: z.ZodType<SyncRequest> = z.strictObject({
  objects: z
    .array(
      z.strictObject({
        uid: uidSchema,
        text: z.string().min(1).max(MAX_SYNC_OBJECT_CHARS),
        sequence: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      }),
    )
    .max(MAX_SYNC_OBJECTS)
    .refine(
      (objects) => new Set(objects.map((object) => object.uid)).size === objects.length,
      'UIDs must be unique',
    ),
  state: z
    .record(uidSchema, syncedEntrySchema)
    .refine((state) => Object.keys(state).length <= MAX_SYNC_OBJECTS, 'too many entries'),
  allowMassDelete: z.boolean(),
});
