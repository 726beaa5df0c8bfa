import type { Section } from './markdown-sections';

// A heading names a tier when it says so: "Tier 1: Major features", "Major announcements",
// "Service features". Pages also carry ordinary sections with bullet lists ("Things we want to
// be brilliant at", "How marketing works"); a list alone does not make a tier, or the
// marketing overview would import as nonsense.
const TIER_NUMBER = /^tier[ \t]*(\d{1,3})\b/i;
const SIZE_WORD = /\b(minor|medium|major)\b/i;
const TIER_WORDS = /\b(tiers?|announcements?|features?|releases?|launch(?:es)?)\b/i;
// ...or when the paragraph right before its list introduces support items: "We may support
// minor announcements by…", "Marketing support for a core feature would typically include:".
const LEAD_IN = /\bsupport\b.*\b(by|include|includes|including)[ \t]*(…|\.\.\.|:)?[ \t]*$/i;

const SIZE_RANKS = { major: 1, medium: 2, minor: 3 } as const;

/** The paragraph introducing a section's list, when it reads like the handbook's lead-ins. */
export function leadInOf(section: Section): string | undefined {
  const last = section.intro[section.intro.length - 1];
  return last !== undefined && LEAD_IN.test(last) ? last : undefined;
}

/** True for a list line that is really a lead-in ("We may support … by…") written as a bullet. */
export function isLeadInText(text: string): boolean {
  return LEAD_IN.test(text) && /(…|\.\.\.|:)[ \t]*$/.test(text);
}

/** True when the heading's words, or its lead-in, say the section is an announcement tier. */
export function looksLikeTier(section: Section): boolean {
  if (section.level < 2 || section.level > 4) return false;
  return (
    TIER_NUMBER.test(section.heading) ||
    SIZE_WORD.test(section.heading) ||
    TIER_WORDS.test(section.heading) ||
    leadInOf(section) !== undefined
  );
}

export type TierIdentity = { key: string; rank: 1 | 2 | 3; rankFrom: 'number' | 'size' | 'order' };

/** A lowercase, dash-separated id made of the text's letters and digits, at most `max` long. */
export function slugify(text: string, max = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/**
 * Key and rank for each tier heading, in page order.
 * - "Tier N …" → key `tier-N`, rank N (ranks stop at 3: Tier 4 and beyond share rank 3).
 * - a heading with Minor / Medium / Major → that word as key, rank 3 / 2 / 1.
 * - anything else → a slug of the heading, ranked by position: handbook pages list tiers from
 *   small to big, so the last tier is rank 1, the one before it rank 2, all earlier ones rank 3.
 */
export function inferTierIdentities(headings: readonly string[]): TierIdentity[] {
  return headings.map((heading, index) => {
    const number = TIER_NUMBER.exec(heading);
    if (number?.[1]) {
      const n = Number(number[1]);
      return { key: `tier-${n}`, rank: clampRank(n), rankFrom: 'number' };
    }
    const size = SIZE_WORD.exec(heading);
    if (size?.[1]) {
      const word = size[1].toLowerCase() as keyof typeof SIZE_RANKS;
      return { key: word, rank: SIZE_RANKS[word], rankFrom: 'size' };
    }
    const fromEnd = headings.length - 1 - index;
    return { key: slugify(heading) || `tier-${index + 1}`, rank: clampRank(fromEnd + 1), rankFrom: 'order' };
  });
}

function clampRank(n: number): 1 | 2 | 3 {
  if (n <= 1) return 1;
  return n === 2 ? 2 : 3;
}
