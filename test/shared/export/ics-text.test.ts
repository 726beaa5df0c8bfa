import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsUtc, unfoldIcs } from '../../../shared/export/ics-text';
import { unescapeIcsText } from '../../../shared/import/ics-values';
import { uncheckedInstant, utcInstant } from '../../dates';

const RUNS = process.env.CI ? 1000 : 200;
const encoder = new TextEncoder();
// The characters RFC 5545 TEXT escapes, and line breaks of every kind, are rare among random code
// points (a mutant that stopped escaping commas passed 200 runs of binary strings): most draws here are
// built from them, mixed with multi-byte text so folding still meets surrogate pairs.
const special = fc.constantFrom(
  ',',
  ';',
  '\\',
  '\n',
  '\r\n',
  '\r',
  '\\n',
  '\\,',
  '\u2028',
  '🚀',
  'é',
  'a',
  ' ',
);
const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 4, arbitrary: fc.array(special, { minLength: 1, maxLength: 60 }).map((parts) => parts.join('')) },
);

describe('foldIcsLine', () => {
  it('keeps every physical line within 75 octets, splits no code point, and unfolds to the original', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, ' ')}`;
        const folded = foldIcsLine(line);
        const physical = folded.split('\r\n');
        physical.forEach((part, index) => {
          expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
          if (index > 0) expect(part.startsWith(' ')).toBe(true);
          expect(part).not.toMatch(/[\ud800-\udbff]$/);
          if (index > 0) expect(part.slice(1)).not.toMatch(/^[\udc00-\udfff]/);
        });
        expect(unfoldIcs(folded)).toBe(line);
      }),
      { numRuns: RUNS },
    );
  });

  it('folds a 4-byte character onto the next line rather than splitting it', () => {
    const line = `SUMMARY:${'x'.repeat(65)}🚀🚀🚀`;
    const [first, second] = foldIcsLine(line).split('\r\n');
    // 73 octets fit; the rocket's 4 would make 77, so it starts the next line whole.
    expect(first).toBe(`SUMMARY:${'x'.repeat(65)}`);
    expect(second).toBe(' 🚀🚀🚀');
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and newlines so unescaping restores the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = escapeIcsText(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[;,]/);
        const expected = text
          .replace(/\r\n|[\r\u0085\u2028\u2029]/g, '\n')
          .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
        expect(unescapeIcsText(escaped)).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('writes the four escapes the RFC names', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('icsUtc', () => {
  it('formats instants as UTC basic date-times', () => {
    expect(icsUtc(utcInstant('2026-12-05T22:00:00.000Z'))).toBe('20261205T220000Z');
    expect(icsUtc(uncheckedInstant('2026-12-05T23:30:00+01:00'))).toBe('20261205T223000Z');
    expect(() => icsUtc(uncheckedInstant('not a date'))).toThrow();
  });
});
