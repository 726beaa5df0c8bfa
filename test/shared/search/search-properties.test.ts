import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/search/fold';
import { highlightText } from '../../../shared/search/highlight';
import { createSearchIndexer } from '../../../shared/search/search-index';
import { searchPlan } from '../../../shared/search/search-query';
import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import { makeChecklistItem } from '../../builders';
import { calendarDay } from '../../dates';

// Words as planners type them, accents and capitals included, so folding is exercised too.
const wordArb = fc
  .array(fc.constantFrom(...'abcdeéèfghiïjklmnoöpqrstuüvwxyzAÅBCÉZ0123456789'.split('')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((chars) => chars.join(''));
const titleArb = fc.array(wordArb, { minLength: 1, maxLength: 6 });
const separatorArb = fc.constantFrom(' ', ', ', ' - ', ': ', '/');

describe('search properties', () => {
  it('always finds a record whose title contains the query’s words, whatever else the plan holds', () => {
    fc.assert(
      fc.property(
        titleArb,
        separatorArb,
        fc.array(titleArb, { maxLength: 30 }),
        fc.integer({ min: 0, max: 5 }),
        (title, separator, others, pick) => {
          // The query: some of the title's words, in another order, in other case, cut to a prefix.
          const chosen = title.filter((_, index) => (index + pick) % 2 === 0);
          const query = (chosen.length > 0 ? chosen : title)
            .reverse()
            .map((word) => word.slice(0, Math.max(1, word.length - pick)).toUpperCase())
            .join(' ');
          const items = [
            ...others.map((words, index) =>
              makeChecklistItem({ id: `other-${index}`, title: words.join(' ') }),
            ),
            makeChecklistItem({ id: 'target', title: title.join(separator) }),
          ];
          const index = createSearchIndexer()({
            announcements: [],
            windows: [],
            items,
            templateSets: builtInTemplateSets(),
            people: [],
            timeZone: 'Europe/London',
          });
          const results = searchPlan(index, query, calendarDay('2026-12-02'), items.length);
          expect(results.hits.map((hit) => hit.id)).toContain('target');
        },
      ),
    );
  });

  it('highlighting never changes the text and marks only what folds to a query word’s start', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(wordArb, { maxLength: 3 }), (text, words) => {
        const folded = words.map(foldText);
        const parts = highlightText(text, folded);
        expect(parts.map((part) => part.text).join('')).toBe(text);
        for (const part of parts.filter((candidate) => candidate.hit)) {
          expect(folded.some((word) => foldText(part.text).startsWith(word))).toBe(true);
        }
      }),
    );
  });
});

describe('search index against a scan', () => {
  // Random plans of short words from a tiny alphabet, so prefixes collide often.
  const shortWord = fc.stringMatching(/^[abcé]{1,4}$/);
  const planArb = fc.array(fc.array(shortWord, { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 40,
  });
  const queryArb = fc.array(shortWord, { minLength: 1, maxLength: 3 });

  it('the word index finds exactly what a plain scan of every title finds', () => {
    fc.assert(
      fc.property(planArb, queryArb, (titles, query) => {
        const items = titles.map((words, index) =>
          makeChecklistItem({ id: `i-${index}`, title: words.join(' '), channel: 'twitter' }),
        );
        const index = createSearchIndexer()({
          announcements: [],
          windows: [],
          items,
          templateSets: builtInTemplateSets(),
          people: [],
          timeZone: 'Europe/London',
        });
        const text = query.join(' ');
        const scan = items
          .filter((item) =>
            query.every((word) =>
              foldText(item.title)
                .split(' ')
                .some((titleWord) => titleWord.startsWith(foldText(word))),
            ),
          )
          .map((item) => item.id)
          .sort();
        const direct = searchPlan(index, text, calendarDay('2026-12-02'), items.length);
        expect(direct.hits.map((hit) => hit.id).sort()).toEqual(scan);
      }),
    );
  });
});
