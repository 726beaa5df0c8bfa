import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findPersonByName,
  normalisePersonName,
  personNameKey,
  personNameProblem,
} from '../../../shared/people/names';
import { makePerson } from '../../builders';

const spaced = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\t', '\u00a0', 'é', '\n'), maxLength: 30 });

describe('person names', () => {
  it('normalises by trimming and collapsing inner whitespace, idempotently', () => {
    expect(normalisePersonName('  Priya \t  Shah\n')).toBe('Priya Shah');
    fc.assert(
      fc.property(spaced, (name) => {
        const once = normalisePersonName(name);
        expect(normalisePersonName(once)).toBe(once);
        expect(once).not.toMatch(/^\s|\s$|\s\s/);
      }),
    );
  });

  it('gives names that differ only in case or spacing the same key', () => {
    expect(new Set(['Ben', ' ben ', 'BEN', 'b e n'].map(personNameKey))).toEqual(new Set(['ben', 'b e n']));
    fc.assert(
      fc.property(spaced, (name) => {
        expect(personNameKey(` ${name.toUpperCase()}  `)).toBe(personNameKey(name.toLowerCase()));
      }),
    );
  });

  it('refuses empty, over-long and taken names with a message, and accepts a person keeping their own', () => {
    const people = [makePerson('Ben')];
    expect(personNameProblem('   ', people)).toBe('Enter a name.');
    expect(personNameProblem('x'.repeat(201), people)).toBe(
      'A name can be at most 200 characters (this one has 201).',
    );
    expect(personNameProblem(' BEN ', people)).toBe('“Ben” is already in the people list.');
    expect(personNameProblem('ben', people, 'p-ben')).toBeNull();
    expect(personNameProblem('Dana', people)).toBeNull();
  });

  it('finds a person by name ignoring case and surrounding spaces, and nobody for an empty name', () => {
    const people = [makePerson('Ben'), makePerson('Ana')];
    expect(findPersonByName(people, '  ana ')?.id).toBe('p-ana');
    expect(findPersonByName(people, '')).toBeUndefined();
    expect(findPersonByName(people, 'Dana')).toBeUndefined();
  });
});
