import { errorMessage } from '../error-message';
import { TIER_COLORS } from '../templates/built-in-data';
import { inferTierItemDetails } from '../templates/item-inference';
import { MAX_ITEMS_PER_TIER, MAX_TIERS_PER_SET, validateTemplateSet } from '../templates/template-schema';
import type { Instant, TemplateItem, TemplateSet, TierTemplate } from '../types';
import { readSections, splitFrontMatter } from './markdown-sections';
import type { Section } from './markdown-sections';
import { inferTierIdentities, isLeadInText, leadInOf, looksLikeTier, slugify } from './tier-headings';

/** Larger than any handbook page by a thousand times; past it the input is not a page. */
export const MAX_PAGE_CHARS = 1_000_000;
const MAX_TITLE_CHARS = 1000;
const MAX_DESCRIPTION_CHARS = 2000;

/** What an import would create, for the confirmation screen. */
export type ImportPreview = {
  name: string;
  tiers: { key: string; name: string; rank: 1 | 2 | 3; itemCount: number }[];
  itemCount: number;
};

export type HandbookImport =
  { ok: true; set: TemplateSet; warnings: string[]; preview: ImportPreview } | { ok: false; error: string };

const EXAMPLE = '“### Tier 1: Major features” or “### Major announcements” followed by a list of items';

/**
 * Reads a handbook page (Markdown like the "Product announcements" pages) into a template set
 * with id `options.id`, named `options.name`, else the front matter's title, else the first
 * top-level heading. A tier is a level 2–4 heading that names a tier (Tier N, Minor/Medium/
 * Major, announcements, features) or whose list is introduced by a support lead-in, and that
 * has at least one bullet. Item channels, teams and due offsets are inferred from their words.
 * Never throws: anything unusable comes back as `{ ok: false, error }` with a sentence for
 * the planner; oddities that did not stop the import come back as `warnings`.
 */
export function parseHandbookPage(
  markdown: string,
  options: { id: string; name?: string; now: Instant },
): HandbookImport {
  try {
    return parse(markdown, options);
  } catch (error) {
    const detail = errorMessage(error);
    return { ok: false, error: `The page could not be read: ${detail}` };
  }
}

function parse(markdown: unknown, options: { id: string; name?: string; now: Instant }): HandbookImport {
  if (typeof markdown !== 'string') return { ok: false, error: 'The page is not text.' };
  if (markdown.length > MAX_PAGE_CHARS) {
    const megabytes = (markdown.length / 1_000_000).toFixed(1);
    return {
      ok: false,
      error: `The page is too large to import (${megabytes} million characters; the limit is 1 million).`,
    };
  }
  if (looksBinary(markdown)) {
    return {
      ok: false,
      error:
        'This file does not look like a text page: it contains binary data. Choose a Markdown (.md or .txt) handbook page.',
    };
  }
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, error: 'The page is empty.' };

  const warnings: string[] = [];
  const front = splitFrontMatter(text);
  if (front.unclosed)
    warnings.push('The front matter at the top never closes with “---”, so it was read as text.');
  const sections = readSections(front.body, front.bodyStartLine);
  const headed = sections.filter((section) => section.level > 0);
  if (headed.length === 0) {
    return {
      ok: false,
      error: `The page has no headings, so it has no tiers. A tier is a heading such as ${EXAMPLE}.`,
    };
  }

  const tierSections: Section[] = [];
  const skippedLists: string[] = [];
  for (const section of headed) {
    const tierLike = looksLikeTier(section);
    const items = section.items.filter((item) => !isLeadInText(item.text));
    if (tierLike && items.length > 0) {
      tierSections.push({ ...section, items });
    } else if (tierLike && (section.emptyItems > 0 || leadInOf(section) !== undefined)) {
      warnings.push(
        `“${section.heading}” (line ${section.line}) looks like a tier, but its list has no items, so it was skipped.`,
      );
    } else if (section.items.length > 0) {
      skippedLists.push(section.heading);
    }
  }
  if (tierSections.length === 0) return { ok: false, error: noTiersMessage(skippedLists) };
  if (skippedLists.length > 0) {
    warnings.push(`Lists under ${quoteList(skippedLists)} were not read: those headings do not name a tier.`);
  }
  if (tierSections.length > MAX_TIERS_PER_SET) {
    return {
      ok: false,
      error: `The page has ${tierSections.length} tier headings; at most ${MAX_TIERS_PER_SET} can be imported.`,
    };
  }
  const crowded = tierSections.find((section) => section.items.length > MAX_ITEMS_PER_TIER);
  if (crowded) {
    return {
      ok: false,
      error: `Tier “${crowded.heading}” lists ${crowded.items.length} items; at most ${MAX_ITEMS_PER_TIER} can be imported per tier.`,
    };
  }

  const tiers = buildTiers(tierSections, warnings);
  const name =
    options.name?.trim() ||
    front.fields['title']?.trim() ||
    headed.find((s) => s.level === 1)?.heading ||
    'Imported handbook page';
  const set: TemplateSet = { id: options.id, name, builtIn: false, tiers, updatedAt: options.now };
  const validation = validateTemplateSet(set);
  if (!validation.ok)
    return {
      ok: false,
      error: `The page was read, but the result is not a usable template set: ${validation.errors.join('; ')}`,
    };
  const preview: ImportPreview = {
    name,
    tiers: tiers.map((tier) => ({
      key: tier.key,
      name: tier.name,
      rank: tier.rank,
      itemCount: tier.items.length,
    })),
    itemCount: tiers.reduce((sum, tier) => sum + tier.items.length, 0),
  };
  return { ok: true, set, warnings, preview };
}

function buildTiers(sections: readonly Section[], warnings: string[]): TierTemplate[] {
  const identities = inferTierIdentities(sections.map((section) => section.heading));
  const usedKeys = new Set<string>();
  return sections.map((section, index) => {
    const identity = identities[index] ?? { key: `tier-${index + 1}`, rank: 3, rankFrom: 'order' };
    const key = unique(identity.key, usedKeys);
    if (key !== identity.key)
      warnings.push(
        `Two tiers would both be “${identity.key}”; the one at line ${section.line} is “${key}”.`,
      );
    if (identity.rankFrom === 'number' && !/^tier-[123]$/.test(identity.key)) {
      warnings.push(`“${section.heading}” is ranked 3, the smallest: there are only three tier ranks.`);
    }
    const titles = section.items.map((item) => {
      if (item.text.length <= MAX_TITLE_CHARS) return item.text;
      warnings.push(
        `An item at line ${item.line} was longer than ${MAX_TITLE_CHARS} characters and was cut.`,
      );
      return item.text.slice(0, MAX_TITLE_CHARS);
    });
    const details = inferTierItemDetails(titles);
    const usedIds = new Set<string>();
    const items: TemplateItem[] = titles.map((title, itemIndex) => {
      const inferred = details[itemIndex];
      return {
        id: unique(slugify(title) || 'item', usedIds),
        title,
        channel: inferred?.channel ?? 'other',
        team: inferred?.team ?? 'Marketing',
        offset: inferred?.offset ?? { kind: 'launch', days: 0 },
      };
    });
    const lead = leadInOf(section);
    const description = section.intro
      .filter((paragraph) => paragraph !== lead)
      .join(' ')
      .slice(0, MAX_DESCRIPTION_CHARS);
    return {
      key,
      name: section.heading.slice(0, 200) || `Tier ${index + 1}`,
      description,
      rank: identity.rank,
      color: TIER_COLORS.current[identity.rank - 1] ?? TIER_COLORS.current[0],
      items,
    };
  });
}

function unique(base: string, used: Set<string>): string {
  let candidate = base;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${base}-${n}`;
  used.add(candidate);
  return candidate;
}

// NUL never appears in text; a few other control characters or replacement characters (from
// a failed decode) may, but not many.
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const odd = text.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return odd > Math.max(8, text.length / 100);
}

function quoteList(headings: readonly string[]): string {
  const shown = headings.slice(0, 5).map((heading) => `“${heading}”`);
  return headings.length > 5 ? `${shown.join(', ')} and ${headings.length - 5} more` : shown.join(', ');
}

function noTiersMessage(skippedLists: readonly string[]): string {
  const base = `No tier headings with checklists were found. A tier is a heading such as ${EXAMPLE}.`;
  if (skippedLists.length === 0) return base;
  return `${base} This page has lists under ${quoteList(skippedLists)}, but none of those headings names a tier.`;
}
