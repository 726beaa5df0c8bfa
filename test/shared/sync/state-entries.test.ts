import { describe, expect, it } from 'vitest';
import { rowsFromState, stateFromRows, pendingChanges } from '../../../shared/sync/app-state';
import { entryOf, setEntry } from '../../../shared/sync/state-entries';
import type { SyncState } from '../../../shared/sync/types';

const entry = { href: '/cal/x.ics', etag: '"1"', hash: 'h', sequence: 0 };

describe('hostile input: UIDs that name Object.prototype members', () => {
  it('stores and reads back "__proto__", "toString" and "constructor" as ordinary UIDs', () => {
    const rows = ['__proto__', 'toString', 'constructor'].map((uid) => ({ uid, ...entry }));
    const state = stateFromRows(rows);
    expect(Object.keys(state).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(rowsFromState(state)).toHaveLength(3);
  });

  it('never reads an inherited member as an entry', () => {
    const state: SyncState = {};
    expect(entryOf(state, 'toString')).toBeUndefined();
    expect(entryOf(state, '__proto__')).toBeUndefined();
    setEntry(state, '__proto__', entry);
    expect(entryOf(state, '__proto__')).toEqual(entry);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  });

  it('counts a local item with UID "toString" as waiting until it is published', () => {
    const local = [{ uid: 'toString', text: 'BEGIN:VEVENT\r\nUID:toString\r\nEND:VEVENT\r\n', sequence: 0 }];
    expect(pendingChanges(local, {})).toBe(1);
  });
});
