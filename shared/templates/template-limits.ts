// Apart from template-schema.ts so checks that run without zod (shared/restore/row-guards.ts)
// share the very same limits.

/** Due offsets beyond a year either way are typing mistakes, not plans. */
export const MAX_OFFSET_DAYS = 365;
/** An imported or edited tier longer than this is not a checklist anyone works through. */
export const MAX_ITEMS_PER_TIER = 500;
export const MAX_TIERS_PER_SET = 12;
