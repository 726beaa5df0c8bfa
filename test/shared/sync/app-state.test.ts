import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_PUBLISH_CHOICES,
  pendingChanges,
  publishOptions,
  rowsFromState,
  stateFromRows,
} from '../../../shared/sync/app-state';
import { publishedHash } from '../../../shared/sync/hash';
import { dayRangeText, remoteMoveMessage } from '../../../shared/sync/move-message';
import type { SyncState } from '../../../shared/sync/types';
import { eventText } from './memory-calendar';
import { utcInstant } from '../../dates';

const entry = fc.record({
  href: fc.string({ minLength: 1 }),
  etag: fc.option(fc.string(), { nil: null }),
  hash: fc.string(),
  sequence: fc.nat(),
});

describe('app sync state', () => {
  it('stores and reads back any state unchanged', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), entry), (state) => {
        expect(stateFromRows(rowsFromState(state as SyncState))).toEqual(state);
      }),
    );
  });

  it('counts new, changed and deleted items as waiting, and nothing once published', () => {
    const a = { uid: 'a', text: eventText('a', 1, 'A', 0), sequence: 0 };
    const b = { uid: 'b', text: eventText('b', 2, 'B', 0), sequence: 0 };
    const published: SyncState = {
      a: { href: '/a.ics', etag: '"1"', hash: publishedHash(a.text), sequence: 0 },
      gone: { href: '/gone.ics', etag: '"2"', hash: 'x', sequence: 0 },
    };
    expect(pendingChanges([a, b], {})).toBe(2);
    expect(pendingChanges([a, b], published)).toBe(2);
    expect(pendingChanges([a], { a: published.a! })).toBe(0);
    expect(pendingChanges([{ ...a, text: eventText('a', 3, 'A', 0) }], { a: published.a! })).toBe(1);
  });
});

describe('publish choices', () => {
  const input = {
    announcements: [{ tierKey: 'major' }, { tierKey: 'minor' }],
    items: [{ team: 'Docs' }, { team: ' ' }],
    templateSets: [{ tiers: [{ key: 'medium' }] }],
  } as unknown as Parameters<typeof publishOptions>[1];

  it('publishes everything by default, with checklist items as events', () => {
    expect(publishOptions(DEFAULT_PUBLISH_CHOICES, input)).toEqual({ tasks: 'events', filters: {} });
  });

  it('keeps every tier, team and kind the planner did not untick', () => {
    const options = publishOptions(
      {
        tasks: 'todos',
        hiddenTiers: ['minor'],
        hiddenTeams: ['Docs'],
        hiddenKinds: ['checklist'],
        owner: ' Ana ',
      },
      input,
    );
    expect(options).toEqual({
      tasks: 'todos',
      filters: {
        tierKeys: ['major', 'medium'],
        teams: [],
        kinds: ['announcement', 'maintenance'],
        owner: 'Ana',
      },
    });
  });
});

describe('the move toast', () => {
  it('names the days as briefly as they allow', () => {
    expect(dayRangeText('2026-12-03', '2026-12-05')).toBe('3 → 5 Dec');
    expect(dayRangeText('2026-11-30', '2026-12-02')).toBe('30 Nov → 2 Dec');
    expect(dayRangeText('2026-12-30', '2027-01-02')).toBe('30 Dec 2026 → 2 Jan 2027');
  });

  it('reads as the issue says', () => {
    expect(
      remoteMoveMessage(
        'Session replay',
        { kind: 'date', day: '2026-12-03' },
        { kind: 'date', day: '2026-12-05' },
        'Europe/London',
      ),
    ).toBe('Moved by the team calendar: Session replay, 3 → 5 Dec');
  });

  it('gives the new time for a move within the day, in the planner’s zone', () => {
    const text = remoteMoveMessage(
      'DB upgrade',
      { kind: 'instant', instant: utcInstant('2026-12-03T22:00:00.000Z') },
      { kind: 'instant', instant: utcInstant('2026-12-03T23:00:00.000Z') },
      'Europe/London',
    );
    expect(text).toMatch(/^Moved by the team calendar: DB upgrade, now Thu 3 Dec 2026, 23:00/);
  });
});
