import { z } from 'zod';
import { CHANNELS } from '../types';
import type { TemplateSet } from '../types';
import { trustedInstant } from '../zoned-time';
import { MAX_ITEMS_PER_TIER, MAX_OFFSET_DAYS, MAX_TIERS_PER_SET } from './template-limits';

export { MAX_ITEMS_PER_TIER, MAX_OFFSET_DAYS, MAX_TIERS_PER_SET };
const MAX_OFFSET_MINUTES = MAX_OFFSET_DAYS * 24 * 60;

const nonBlank = (what: string, max: number) =>
  z
    .string()
    .refine((value) => value.trim().length > 0, { message: `${what} must not be empty` })
    .refine((value) => value.length <= max, { message: `${what} must be at most ${max} characters` });

export const dueOffsetSchema = z.union([
  z.object({
    kind: z.literal('launch'),
    days: z.number().int().min(-MAX_OFFSET_DAYS).max(MAX_OFFSET_DAYS),
  }),
  z.object({ kind: z.literal('next-array') }),
  z.object({
    kind: z.literal('maintenance'),
    anchor: z.enum(['start', 'end']),
    minutes: z.number().int().min(-MAX_OFFSET_MINUTES).max(MAX_OFFSET_MINUTES),
  }),
  z.object({ kind: z.literal('maintenance'), anchor: z.literal('planned'), minutes: z.literal(0) }),
]);

export const templateItemSchema = z.object({
  id: nonBlank('Item id', 200),
  title: nonBlank('Item title', 1000),
  channel: z.enum(CHANNELS),
  team: nonBlank('Team', 200),
  offset: dueOffsetSchema,
});

export const tierTemplateSchema = z
  .object({
    key: nonBlank('Tier key', 100),
    name: nonBlank('Tier name', 200),
    description: z.string().max(5000),
    rank: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Tier colour must be written #RRGGBB'),
    items: z.array(templateItemSchema).max(MAX_ITEMS_PER_TIER),
  })
  .superRefine((tier, context) => {
    const seen = new Set<string>();
    tier.items.forEach((item, index) => {
      if (seen.has(item.id)) {
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `Item id "${item.id}" is used twice in tier "${tier.name}"`,
        });
      }
      seen.add(item.id);
    });
  });

export const templateSetSchema = z
  .object({
    id: nonBlank('Set id', 200),
    name: nonBlank('Set name', 200),
    builtIn: z.boolean(),
    tiers: z
      .array(tierTemplateSchema)
      .min(1, 'A template set needs at least one tier')
      .max(MAX_TIERS_PER_SET),
    updatedAt: z.iso.datetime().transform(trustedInstant),
  })
  .superRefine((set, context) => {
    const seen = new Set<string>();
    set.tiers.forEach((tier, index) => {
      if (seen.has(tier.key)) {
        context.addIssue({
          code: 'custom',
          path: ['tiers', index, 'key'],
          message: `Tier key "${tier.key}" is used twice`,
        });
      }
      seen.add(tier.key);
    });
  });

export type TemplateSetValidation = { ok: true; set: TemplateSet } | { ok: false; errors: string[] };

/**
 * Checks that `value` is a usable template set: non-empty names and titles, unique tier keys,
 * item ids unique within each tier (a checklist only ever holds one tier, and twins across
 * tiers are deliberate), offsets within a year of launch. Errors are sentences for people,
 * each prefixed with where it was found.
 */
export function validateTemplateSet(value: unknown): TemplateSetValidation {
  const result = templateSetSchema.safeParse(value);
  if (result.success) return { ok: true, set: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
    ),
  };
}
