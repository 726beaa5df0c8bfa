/** Where JSON text first stops being valid, and why, as a person would put it. */
export type JsonSyntaxError = { offset: number; reason: string };

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/**
 * Finds the first syntax error in JSON text (RFC 8259), or null when there is none. Engines word
 * JSON.parse errors differently and some give no position at all, so the import names the line and
 * column from this scan instead. Only called after JSON.parse has failed.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const expect = (char: string, reason: string) => {
    if (text.charAt(i) !== char) throw new Stop(i, reason);
    i++;
  };
  const string = () => {
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length) throw new Stop(start, 'this string is never closed');
      const char = text.charCodeAt(i);
      if (char === 0x22) return void i++;
      if (char < 0x20) throw new Stop(i, 'a line break or control character inside a string (use \\n)');
      if (char === 0x5c) {
        const next = text.charAt(i + 1);
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            throw new Stop(i, 'a \\u escape needs four hex digits');
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else throw new Stop(i, `"\\${next}" is not a JSON escape`);
      } else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > 10_000) throw new Stop(i, 'nested too deeply');
    ws();
    const char = text.charAt(i);
    if (char === '{') {
      i++;
      ws();
      if (text.charAt(i) === '}') return void i++;
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') throw new Stop(i, 'expected a property name in double quotes');
        string();
        ws();
        expect(':', "expected ':' after the property name");
        value(depth + 1);
        ws();
        if (text.charAt(i) === ',') i++;
        else return expect('}', "expected ',' or '}' after the value");
      }
    }
    if (char === '[') {
      i++;
      ws();
      if (text.charAt(i) === ']') return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text.charAt(i) === ',') i++;
        else return expect(']', "expected ',' or ']' after the value");
      }
    }
    if (char === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal) return void (i += literal.length);
    throw new Stop(i, i >= text.length ? 'the text ends where a value should be' : 'expected a value');
  };
  try {
    value(0);
    ws();
    if (i < text.length) throw new Stop(i, 'unexpected text after the end of the JSON');
    return null;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
