import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ByteLength } from '../../../shared/backup/limits';

const encoder = new TextEncoder();
// Any UTF-16 code units, lone and reversed surrogates included: what a damaged row may hold.
const codeUnits = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd7f0, max: 0xe010 })))
  .map((units) => String.fromCharCode(...units));

describe('the UTF-8 size of text, without encoding it', () => {
  it('is the byte length TextEncoder writes, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(codeUnits, fc.string({ unit: 'grapheme' })), (text) => {
        expect(utf8ByteLength(text)).toBe(encoder.encode(text).byteLength);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts one, two, three and four bytes a character, and three for a lone surrogate', () => {
    expect(utf8ByteLength('')).toBe(0);
    expect(utf8ByteLength('a')).toBe(1);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('✓')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('\ud83d')).toBe(3);
    expect(utf8ByteLength('\ude00\ud83d')).toBe(6);
  });
});
