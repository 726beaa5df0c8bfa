import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '../../shared/plural';

describe('plural and pluralWord', () => {
  it('one is singular; none and many are plural', () => {
    expect([0, 1, 2].map((count) => plural(count, 'item'))).toEqual(['0 items', '1 item', '2 items']);
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });

  it('the verb after a count agrees with it', () => {
    expect(pluralWord(1, 'was', 'were')).toBe('was');
    expect(pluralWord(0, 'was', 'were')).toBe('were');
    expect(pluralWord(2, 'it holds', 'they hold')).toBe('they hold');
  });
});
