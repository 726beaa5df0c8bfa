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
  for (index = start; index < text.length; index++) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === ';' || char === ':')) {
      addParam(params, text.slice(start, index));
      if (char === ':') return { name, params, value: text.slice(index + 1), line };
      start = index + 1;
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

function addParam(params: Map<string, string>, raw: string): void {
  const equals = raw.indexOf('=');
  if (equals <= 0) return;
  let value = raw.slice(equals + 1);
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  params.set(raw.slice(0, equals).toUpperCase(), value);
}

/** The parameters between a name and its value's colon, as parseContentLine reads them. */
export function readParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  let inQuotes = false;
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 59;
    if (code === 34) inQuotes = !inQuotes;
    else if (code === 59 && !inQuotes) {
      addParam(params, text.slice(start, index));
      start = index + 1;
    }
  }
  return params;
}
