import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personNameKey } from '../../../shared/people/names';
import { resolveNames } from '../../../shared/people/resolve-names';
import { makePerson } from '../../builders';
import { utcInstant } from '../../dates';

const NOW = utcInstant('2026-12-02T10:00:00.000Z');
const idFor = (key: string) => `new-${key}`;
const name = fc.constantFrom('Ben', 'ben', 'BEN ', ' Ana', 'ana', 'Cy', '', '  ');

describe('resolveNames', () => {
  it('makes one person per name key, spelled the most frequent way, ties to the first seen', () => {
    const { created, idOf } = resolveNames(['ben', 'Ben', 'Ben', 'ANA', 'Ana', ''], [], idFor, NOW);
    expect(created.map((person) => person.name)).toEqual(['Ben', 'ANA']);
    expect(idOf(' BEN ')).toBe('new-ben');
    expect(idOf('')).toBeNull();
  });

  it('reuses existing people by name key and creates nobody for them', () => {
    const { created, idOf } = resolveNames(['BEN', 'Dana'], [makePerson('Ben')], idFor, NOW);
    expect(created.map((person) => person.name)).toEqual(['Dana']);
    expect(idOf('ben')).toBe('p-ben');
  });

  it('gives every non-empty name exactly one person, whose key is the name key', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 20 }), (names) => {
        const { created, idOf } = resolveNames(names, [], idFor, NOW);
        const keys = new Set(names.map(personNameKey).filter((key) => key !== ''));
        expect(created).toHaveLength(keys.size);
        for (const raw of names) {
          const id = idOf(raw);
          if (personNameKey(raw) === '') expect(id).toBeNull();
          else expect(created.find((person) => person.id === id)?.nameKey).toBe(personNameKey(raw));
        }
      }),
    );
  });
});
