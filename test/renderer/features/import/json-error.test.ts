import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonSyntaxError, lineAndColumn } from '../../../../renderer/features/import/json-error';

describe('finding a JSON syntax error', () => {
  it('accepts whatever JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, pretty ? 2 : undefined))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with JSON.parse on random damage to valid JSON', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n', '\\'),
        (value, at, insert) => {
          const text = JSON.stringify(value, null, 2);
          const position = at % (text.length + 1);
          const damaged = text.slice(0, position) + insert + text.slice(position + (insert === '' ? 1 : 0));
          let parses = true;
          try {
            JSON.parse(damaged);
          } catch {
            parses = false;
          }
          const found = findJsonSyntaxError(damaged);
          expect(found === null).toBe(parses);
          if (found) expect(found.offset).toBeLessThanOrEqual(damaged.length);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('points at the first wrong character', () => {
    const text = '{\n  "tierline": 1,\n  "announcements": [\n    { "title": "x" "tier": "major" }\n  ]\n}\n';
    const found = findJsonSyntaxError(text);
    expect(found?.reason).toBe("expected ',' or '}' after the value");
    expect(found && lineAndColumn(text, found.offset)).toEqual({ line: 4, column: 20 });
    expect(findJsonSyntaxError('{"a": "line\nbreak"}')?.reason).toMatch(/line break/);
    expect(findJsonSyntaxError('{"a": 1,}')?.reason).toBe('expected a property name in double quotes');
    expect(findJsonSyntaxError('[1, 2')?.reason).toBe("expected ',' or ']' after the value");
    expect(findJsonSyntaxError('{"a": 01}')?.reason).toBe("expected ',' or '}' after the value");
    expect(findJsonSyntaxError('{} x')?.reason).toBe('unexpected text after the end of the JSON');
  });
});
