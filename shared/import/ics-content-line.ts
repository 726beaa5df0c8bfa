// One content line of iCalendar text (RFC 5545 §3.1), read on its own.

/** One unfolded content line: `NAME;PARAM=…:value`, with the physical line it started on. */
export type ContentLine = {
  name: string;
  params: ReadonlyMap<string, string>;
  value: string;
  line: number;
  /** Set when the line has a name but its parameters could not be read (e.g. an unclosed quote). */
  error?: string;
};

/** The parameters of a line that has none, shared: every consumer only reads them. */
export const NO_PARAMS: ReadonlyMap<string, string> = new Map();

const MALFORMED_PARAMETER = 'a parameter has no "=" and value (RFC 5545 §3.1)';

/** Parses one unfolded line; undefined when it has no property name followed by `;` or `:`. */
export function parseContentLine(text: string, line: number): ContentLine | undefined {
  let index = 0;
  let lowercase = false;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) lowercase = true;
    else if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45)) break;
  }
  if (index === 0) return undefined;
  const rawName = text.slice(0, index);
  const name = lowercase ? rawName.toUpperCase() : rawName;
  const separator = text.charCodeAt(index);
  // Most lines have no parameters; sharing one empty map spares an allocation per line.
  if (separator === 58) return { name, params: NO_PARAMS, value: text.slice(index + 1), line };
  if (separator !== 59) return undefined;
  const params = new Map<string, string>();
  // Parameters: `;KEY=value` or `;KEY="quoted"`, comma-separated lists kept as written.
  let inQuotes = false;
  let start = index + 1;
  let wellFormed = true;
  for (index = start; index < text.length; index++) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === ';' || char === ':')) {
      if (!addParam(params, text.slice(start, index))) wellFormed = false;
      if (char !== ':') start = index + 1;
      else if (wellFormed) return { name, params, value: text.slice(index + 1), line };
      // `DTSTART;X-FOO:20161005`: RFC 5545 §3.1 gives every parameter a name, "=" and a value. What a
      // line that breaks it means cannot be known (ical.js rejects it too), so it is not guessed at.
      else return { name, params, value: '', line, error: MALFORMED_PARAMETER };
    }
  }
  return {
    name,
    params,
    value: '',
    line,
    error: 'its parameters have an unclosed quote or no ":" before the value',
  };
}

// False when the text is not `NAME=value`: the parameter is then left out.
function addParam(params: Map<string, string>, raw: string): boolean {
  const equals = raw.indexOf('=');
  if (equals <= 0) return false;
  let value = raw.slice(equals + 1);
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  params.set(raw.slice(0, equals).toUpperCase(), value);
  return true;
}

/**
 * The parameters between a name and its value's colon, as parseContentLine reads them, or null when
 * one of them is not `NAME=value` (parseContentLine then says why the line cannot be read).
 */
export function readParams(text: string): Map<string, string> | null {
  const params = new Map<string, string>();
  let inQuotes = false;
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 59;
    if (code === 34) inQuotes = !inQuotes;
    else if (code === 59 && !inQuotes) {
      if (!addParam(params, text.slice(start, index))) return null;
      start = index + 1;
    }
  }
  return params;
}
