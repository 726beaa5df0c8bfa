import type { CalendarDay, Instant } from '../types';
import { instantOf } from '../zoned-time';

const MAX_OCTETS = 75;
// RFC 5545 §3.3.11: TEXT may not hold control characters other than HTAB; CR/LF become "\n". The
// Unicode line separators (U+0085, U+2028, U+2029) also become "\n": parsers whose regexes treat them
// as line ends (node-ical) would otherwise lose the rest of the value.
const TEXT_SPECIALS = /\r\n|[\\;,\n\r\u0085\u2028\u2029]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const UTC_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

function escapeChar(match: string): string {
  switch (match) {
    case '\\':
      return '\\\\';
    case ';':
      return '\\;';
    case ',':
      return '\\,';
    case '\n':
    case '\r':
    case '\r\n':
    case '\u0085':
    case '\u2028':
    case '\u2029':
      return '\\n';
    default:
      return '';
  }
}

/** A TEXT value (RFC 5545 §3.3.11) that unescapes to `value` minus control characters. */
export function escapeIcsText(value: string): string {
  return value.replace(TEXT_SPECIALS, escapeChar);
}

// UTF-8 length of the code point starting at `index`, and how many UTF-16 units it spans.
function codePointOctets(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) return 4;
  return 3;
}

/**
 * One content line folded so that no physical line exceeds 75 octets (RFC 5545 §3.1), breaking
 * only between code points, so a multi-byte character or a surrogate pair is never split.
 * Physical lines are joined by CRLF + space; the result carries no trailing CRLF.
 */
export function foldIcsLine(line: string): string {
  // Each UTF-16 unit is at most 3 octets, so short lines need no counting at all.
  if (line.length * 3 <= MAX_OCTETS) return line;
  if (ASCII_ONLY.test(line)) {
    if (line.length <= MAX_OCTETS) return line;
    let out = line.slice(0, MAX_OCTETS);
    for (let index = MAX_OCTETS; index < line.length; index += MAX_OCTETS - 1) {
      out += '\r\n ' + line.slice(index, index + MAX_OCTETS - 1);
    }
    return out;
  }
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = MAX_OCTETS;
  let index = 0;
  while (index < line.length) {
    const code = line.charCodeAt(index);
    const size = codePointOctets(code);
    const units = size === 4 && index + 1 < line.length ? 2 : 1;
    if (octets + size > limit) {
      parts.push(line.slice(start, index));
      start = index;
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    octets += size;
    index += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** `yyyyMMdd` for a DATE value. */
export function icsDate(day: CalendarDay): string {
  return day.slice(0, 4) + day.slice(5, 7) + day.slice(8, 10);
}

/** `yyyyMMddTHHmmssZ` for a UTC DATE-TIME value; any parseable instant is accepted. */
export function icsUtc(instant: Instant): string {
  let match = UTC_ISO.exec(instant);
  if (!match) {
    const time = new Date(instant).getTime();
    if (Number.isNaN(time)) throw new Error(`Not an instant: ${instant}`);
    match = UTC_ISO.exec(instantOf(new Date(time)));
  }
  const [, y, mo, d, h, mi, s] = match as RegExpExecArray;
  return `${y}${mo}${d}T${h}${mi}${s}Z`;
}

/** Reverses RFC 5545 unfolding's input: removes every CRLF followed by a space or tab. */
export function unfoldIcs(text: string): string {
  return text.replace(/\r?\n[ \t]/g, '');
}
