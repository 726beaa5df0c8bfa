import { describe, expect, it } from 'vitest';
import { foldText, queryWords } from '../../../shared/search/fold';
import { highlightText, matchSnippet } from '../../../shared/search/highlight';
import { createSearchIndexer, type SearchPlan } from '../../../shared/search/search-index';
import { searchPlan } from '../../../shared/search/search-query';
import { builtInTemplateSets } from '../../../shared/templates/built-in-sets';
import { makeAnnouncement, makeChecklistItem, makeMaintenanceWindow, makePerson } from '../../builders';
import { calendarDay, utcInstant } from '../../dates';

const TODAY = calendarDay('2026-12-02');

function plan(patch: Partial<SearchPlan> = {}): SearchPlan {
  return {
    announcements: [
      makeAnnouncement({
        id: 'a-1',
        title: 'Résumé export',
        summary: 'Planners can download their plan as a PDF résumé.',
        launchDate: calendarDay('2026-12-10'),
        tierKey: 'major',
        productOwnerId: 'p-zoe',
        marketingOwnerId: 'p-ben',
      }),
    ],
    windows: [
      makeMaintenanceWindow({
        id: 'w-1',
        title: 'Database upgrade',
        start: utcInstant('2026-12-05T23:30:00.000Z'),
        end: utcInstant('2026-12-06T01:00:00.000Z'),
        services: ['Postgres', 'API'],
        ownerId: 'p-olga',
        notes: 'Failover rehearsal first',
      }),
    ],
    items: [
      makeChecklistItem({
        id: 'i-1',
        parentId: 'a-1',
        title: 'Write the blog post',
        channel: 'in-app-banner',
        assigneeId: 'p-dana',
        notes: 'Ask Kai for the screenshots of the new wizard',
        dueDate: calendarDay('2026-12-08'),
      }),
    ],
    templateSets: builtInTemplateSets(),
    people: [
      makePerson('Zoë Fischer', { id: 'p-zoe' }),
      makePerson('ben'),
      makePerson('Ops Olga', { id: 'p-olga' }),
      makePerson('Dana'),
    ],
    timeZone: 'Europe/Berlin',
    ...patch,
  };
}

function ids(query: string, input = plan()): string[] {
  return searchPlan(createSearchIndexer()(input), query, TODAY).hits.map((hit) => hit.id);
}

describe('search folding', () => {
  it('drops accents and case, and splits words on anything but letters and digits', () => {
    expect(foldText('ÉCLAIR Ångström')).toBe('eclair angstrom');
    expect(queryWords('  Release-NOTES, release ')).toEqual(['release', 'notes']);
    expect(queryWords('— !! —')).toEqual([]);
  });
});

describe('searching a plan', () => {
  it('finds a checklist item by a word in its note, and names its launch and due day', () => {
    const results = searchPlan(createSearchIndexer()(plan()), 'wizard', TODAY);
    expect(results.total).toBe(1);
    expect(results.hits[0]).toMatchObject({
      kind: 'checklist',
      id: 'i-1',
      day: '2026-12-08',
      parent: { kind: 'announcement', id: 'a-1', title: 'Résumé export' },
    });
  });

  it('matches without regard to accents or case, both ways round', () => {
    expect(ids('resume')).toEqual(['a-1']);
    expect(ids('RÉSUMÉ')).toEqual(['a-1']);
    expect(ids('zoe')).toEqual(['a-1']);
  });

  it('matches each word as a prefix and needs every word', () => {
    expect(ids('datab upgr')).toEqual(['w-1']);
    expect(ids('database wizard')).toEqual([]);
    expect(ids('abase')).toEqual([]);
  });

  it('searches owners, services, tier and channel', () => {
    expect(ids('olga')).toEqual(['w-1']);
    expect(ids('postgres')).toEqual(['w-1']);
    expect(ids('dana')).toEqual(['i-1']);
    expect(ids('banner')).toEqual(['i-1']);
    // The item carries its launch's tier, so "major" finds the launch and its work.
    expect(ids('major').sort()).toEqual(['a-1', 'i-1']);
  });

  it('places a window on the day it starts in the planner’s zone', () => {
    const [hit] = searchPlan(createSearchIndexer()(plan()), 'database', TODAY).hits;
    // 23:30 UTC on the 5th is 00:30 on the 6th in Berlin.
    expect(hit).toMatchObject({ day: '2026-12-06', time: '00:30' });
  });

  it('finds nothing for an empty query or one with no words', () => {
    expect(searchPlan(createSearchIndexer()(plan()), '   ', TODAY)).toEqual({
      words: [],
      hits: [],
      total: 0,
    });
    expect(ids('?!')).toEqual([]);
  });

  it('ranks title hits first, then what is coming soonest, then the past, latest first', () => {
    const items = [
      makeChecklistItem({
        id: 'past-old',
        title: 'Check',
        notes: 'copy',
        dueDate: calendarDay('2026-10-01'),
      }),
      makeChecklistItem({
        id: 'past-new',
        title: 'Check',
        notes: 'copy',
        dueDate: calendarDay('2026-11-30'),
      }),
      makeChecklistItem({ id: 'later', title: 'Check', notes: 'copy', dueDate: calendarDay('2027-01-20') }),
      makeChecklistItem({ id: 'soon', title: 'Check', notes: 'copy', dueDate: calendarDay('2026-12-02') }),
      makeChecklistItem({ id: 'title-late', title: 'Copy edit', dueDate: calendarDay('2027-05-01') }),
    ];
    expect(ids('copy', plan({ items }))).toEqual(['title-late', 'soon', 'later', 'past-new', 'past-old']);
  });

  it('returns at most the limit, and says how many matched in all', () => {
    const items = Array.from({ length: 30 }, (_, n) =>
      makeChecklistItem({ id: `i-${n}`, title: `Banner ${n}`, dueDate: calendarDay('2026-12-20') }),
    );
    const results = searchPlan(createSearchIndexer()(plan({ items })), 'banner', TODAY, 5);
    expect(results.hits).toHaveLength(5);
    expect(results.total).toBe(30);
  });
});

describe('the search index', () => {
  it('re-uses the entries of unchanged records and rebuilds a changed one', () => {
    const indexer = createSearchIndexer();
    const first = plan();
    const before = indexer(first);
    const item = { ...first.items[0]!, notes: 'Now about the pricing page' };
    const after = indexer({ ...first, items: [item] });
    const entry = (index: typeof before, id: string) =>
      index.entries.find((candidate) => candidate.id === id);
    expect(entry(after, 'a-1')).toBe(entry(before, 'a-1'));
    expect(entry(after, 'w-1')).toBe(entry(before, 'w-1'));
    expect(entry(after, 'i-1')).not.toBe(entry(before, 'i-1'));
    expect(searchPlan(after, 'pricing', TODAY).total).toBe(1);
    expect(searchPlan(after, 'wizard', TODAY).total).toBe(0);
  });

  it('rebuilds an item when its launch is renamed, though the item itself is unchanged', () => {
    const indexer = createSearchIndexer();
    const first = plan();
    indexer(first);
    const renamed = { ...first.announcements[0]!, title: 'Invoices' };
    const after = indexer({ ...first, announcements: [renamed] });
    const [hit] = searchPlan(after, 'wizard', TODAY).hits;
    expect(hit?.parent?.title).toBe('Invoices');
  });

  it('finds records by their owners’ current names, and forgets an owner nobody is any more', () => {
    const first = plan();
    const people = first.people.map((person) =>
      person.id === 'p-dana' ? { ...person, name: 'Dana Whitfield' } : person,
    );
    // One indexer across the rename, as the search box keeps it: the renamed owner must re-index.
    const indexer = createSearchIndexer();
    indexer(first);
    expect(searchPlan(indexer({ ...first, people }), 'whitfield', TODAY).hits.map((hit) => hit.id)).toEqual([
      'i-1',
    ]);
    const gone = { ...first, people: first.people.filter((person) => person.id !== 'p-dana') };
    expect(ids('dana', gone)).toEqual([]);
    expect(ids('dana')).toEqual(['i-1']);
  });
});

describe('highlighting', () => {
  it('marks the matched start of each word and keeps the text whole', () => {
    const parts = highlightText('Über café, über-cool', ['ub', 'cafe']);
    expect(parts).toEqual([
      { text: 'Üb', hit: true },
      { text: 'er ', hit: false },
      { text: 'café', hit: true },
      { text: ', ', hit: false },
      { text: 'üb', hit: true },
      { text: 'er-cool', hit: false },
    ]);
  });

  it('shows where a result matched outside its title', () => {
    const [hit] = searchPlan(createSearchIndexer()(plan()), 'blog screenshots', TODAY).hits;
    const snippet = matchSnippet(hit!, ['blog', 'screenshots']);
    expect(snippet?.field).toBe('notes');
    expect(snippet?.parts.filter((part) => part.hit).map((part) => part.text)).toEqual(['screenshots']);
    expect(matchSnippet(hit!, ['blog'])).toBeNull();
  });
});
