import { describe, expect, it } from 'vitest';
import { createSearchIndexer } from '../../../shared/search/search-index';
import { MAX_QUERY_WORDS, searchPlan } from '../../../shared/search/search-query';
import { highlightText } from '../../../shared/search/highlight';
import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import type { ChecklistItem } from '../../../shared/types';
import { makeChecklistItem } from '../../builders';
import { calendarDay } from '../../dates';

const TODAY = calendarDay('2026-12-02');

function indexOf(items: ChecklistItem[]) {
  return createSearchIndexer()({
    announcements: [],
    windows: [],
    items,
    templateSets: builtInTemplateSets(),
    people: [],
    timeZone: 'Europe/London',
  });
}

const items = [
  makeChecklistItem({ id: 'plus', title: 'C++ (beta) [draft] $HOME', channel: 'docs' }),
  makeChecklistItem({ id: 'nul', title: 'Before\u0000after \ud800 lone', channel: 'docs' }),
  makeChecklistItem({
    id: 'long',
    title: 'Long notes',
    notes: `${'lorem '.repeat(20_000)}needle`,
    channel: 'docs',
  }),
];
const index = indexOf(items);
const ids = (query: string) => searchPlan(index, query, TODAY).hits.map((hit) => hit.id);

describe('hostile input: search queries and records', () => {
  it('answers a query of punctuation and emoji with no results and no words', () => {
    const results = searchPlan(index, '🚀 — ?! ✨ ..', TODAY);
    expect(results).toEqual({ words: [], hits: [], total: 0 });
  });

  it('reads regular-expression characters as text, never as a pattern', () => {
    expect(ids('(.*[')).toEqual([]);
    expect(ids('c beta draft home')).toEqual(['plus']);
  });

  it('keeps to the first words of a pasted megabyte, and still answers', () => {
    const pasted = Array.from({ length: 100_000 }, (_, n) => `w${n}`).join(' ');
    const results = searchPlan(index, pasted, TODAY);
    expect(results.words).toHaveLength(MAX_QUERY_WORDS);
    expect(results.hits).toEqual([]);
  });

  it('indexes titles with NUL characters and lone surrogates by their real words', () => {
    expect(ids('before after lone')).toEqual(['nul']);
    expect(
      highlightText('Before\u0000after \ud800 lone', ['after'])
        .map((part) => part.text)
        .join(''),
    ).toBe('Before\u0000after \ud800 lone');
  });

  it('finds a word at the end of 120,000 characters of notes', () => {
    expect(ids('needle')).toEqual(['long']);
  });

  it('returns nothing, not everything, for a negative or zero limit', () => {
    expect(searchPlan(index, 'notes', TODAY, 0)).toMatchObject({ hits: [], total: 1 });
    expect(searchPlan(index, 'notes', TODAY, -5)).toMatchObject({ hits: [], total: 1 });
  });
});
