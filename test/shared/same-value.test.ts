import { describe, expect, it } from 'vitest';
import { sameValue } from '../../shared/same-value';

describe('sameValue', () => {
  it('is equal for the same data in another key order or another copy', () => {
    const row = { id: 'a', services: ['EU', 'US'], links: { pr: '', docs: 'x' }, launchTime: null };
    expect(sameValue(row, structuredClone(row))).toBe(true);
    expect(
      sameValue(row, { launchTime: null, links: { docs: 'x', pr: '' }, services: ['EU', 'US'], id: 'a' }),
    ).toBe(true);
  });

  it('treats an undefined property as absent, and two missing rows as equal', () => {
    expect(sameValue({ id: 'a', note: undefined }, { id: 'a' })).toBe(true);
    expect(sameValue(undefined, undefined)).toBe(true);
  });

  it.each([
    [
      { id: 'a', sequence: 1 },
      { id: 'a', sequence: 2 },
    ],
    [
      { id: 'a', services: ['EU'] },
      { id: 'a', services: ['EU', 'US'] },
    ],
    [
      { id: 'a', offset: { kind: 'launch', days: 1 } },
      { id: 'a', offset: { kind: 'launch', days: -1 } },
    ],
    [
      { id: 'a', launchTime: null },
      { id: 'a', launchTime: '' },
    ],
    [{ id: 'a' }, undefined],
    [
      { id: 'a', tiers: [] },
      { id: 'a', tiers: {} },
    ],
    [
      { id: 'a', done: false },
      { id: 'a', done: 0 },
    ],
  ])('tells %j from %j', (a, b) => {
    expect(sameValue(a, b)).toBe(false);
    expect(sameValue(b, a)).toBe(false);
  });
});
