/** One unfolded content line: `NAME;PARAM=…:value`, with the physical line it started on. */
export type ContentLine = {
  name: string;
  params: Map<string, string>;
  value: string;
  line: number;
  /** Set when the line has a name but its parameters could not be read (e.g. an unclosed quote). */
  error?: string;
};

/** A VEVENT's lines, or the reason it could not be read as a whole. */
export type EventBlock = { line: number; props: ContentLine[]; error?: string };

/** A VTIMEZONE's raw text, kept for ical.js, with its TZID. */
export type TimezoneBlock = { tzid: string; text: string; line: number };

export type SplitResult = {
  events: EventBlock[];
  timezones: TimezoneBlock[];
  warnings: { reason: string; line: number }[];
  sawCalendar: boolean;
};

const NAME = /^[A-Za-z0-9-]+/;

/** Parses one unfolded line; undefined when it has no property name followed by `;` or `:`. */
export function parseContentLine(text: string, line: number): ContentLine | undefined {
  const nameMatch = NAME.exec(text);
  if (!nameMatch) return undefined;
  const name = nameMatch[0].toUpperCase();
  let index = name.length;
  const params = new Map<string, string>();
  if (text[index] === ':') return { name, params, value: text.slice(index + 1), line };
  if (text[index] !== ';') return undefined;
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
  return { name, params, value: '', line, error: 'its parameters have an unclosed quote or no ":" before the value' };
}

function addParam(params: Map<string, string>, raw: string): void {
  const equals = raw.indexOf('=');
  if (equals <= 0) return;
  let value = raw.slice(equals + 1);
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  params.set(raw.slice(0, equals).toUpperCase(), value);
}

/**
 * Splits an iCalendar text into VEVENT and VTIMEZONE blocks without trusting its structure: LF, CR or
 * CRLF line ends, a byte-order mark, missing END lines, stray or nested VCALENDARs and junk lines are
 * all tolerated, and each problem stays inside the one event it affects.
 */
export function splitIcs(text: string): SplitResult {
  const result: SplitResult = { events: [], timezones: [], warnings: [], sawCalendar: false };
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let current: EventBlock | null = null;
  let nestedDepth = 0;
  let timezone: { lines: string[]; line: number; tzid: string } | null = null;
  let logical = '';
  let logicalLine = 0;

  const closeEvent = (error?: string): void => {
    if (!current) return;
    if (error && !current.error) current.error = error;
    result.events.push(current);
    current = null;
    nestedDepth = 0;
  };

  const handle = (raw: string, lineNo: number): void => {
    if (raw.trim() === '') return;
    const upper = raw.toUpperCase().trimEnd();
    if (timezone) {
      timezone.lines.push(raw);
      if (upper.startsWith('TZID') && /^TZID[;:]/.test(upper)) timezone.tzid = raw.slice(raw.indexOf(':') + 1).trim();
      if (upper === 'END:VTIMEZONE') {
        result.timezones.push({ tzid: timezone.tzid, text: timezone.lines.join('\r\n'), line: timezone.line });
        timezone = null;
      }
      return;
    }
    if (upper === 'BEGIN:VCALENDAR') {
      result.sawCalendar = true;
      if (current) closeEvent('a new calendar begins before END:VEVENT');
      return;
    }
    if (upper === 'END:VCALENDAR') {
      if (current) closeEvent('the calendar ends before END:VEVENT');
      return;
    }
    if (upper === 'BEGIN:VEVENT') {
      if (current) closeEvent('the next event begins before END:VEVENT');
      current = { line: lineNo, props: [] };
      return;
    }
    if (upper === 'BEGIN:VTIMEZONE' && !current) {
      timezone = { lines: [raw], line: lineNo, tzid: '' };
      return;
    }
    if (!current) return;
    if (upper === 'END:VEVENT') {
      if (nestedDepth > 0) current.error ??= 'a component inside the event is not closed';
      closeEvent();
      return;
    }
    // Alarms and other sub-components are not imported; their properties must not leak into the event.
    if (upper.startsWith('BEGIN:')) {
      nestedDepth++;
      return;
    }
    if (upper.startsWith('END:')) {
      nestedDepth = Math.max(0, nestedDepth - 1);
      return;
    }
    if (nestedDepth > 0) return;
    const parsed = parseContentLine(raw, lineNo);
    const previous = current.props[current.props.length - 1];
    if (!parsed && previous) {
      // Some exporters fold without the leading space; the text plainly continues the line above.
      previous.value += raw;
      result.warnings.push({ reason: 'a line without a property name was joined to the line above', line: lineNo });
      return;
    }
    if (!parsed) {
      current.error ??= `line ${lineNo} is not a content line`;
      return;
    }
    current.props.push(parsed);
  };

  for (let index = 0; index < physical.length; index++) {
    const raw = physical[index] as string;
    const first = raw.charCodeAt(0);
    if ((first === 32 || first === 9) && logicalLine > 0) {
      logical += raw.slice(1);
      continue;
    }
    if (logicalLine > 0) handle(logical, logicalLine);
    logical = raw;
    logicalLine = index + 1;
  }
  if (logicalLine > 0) handle(logical, logicalLine);
  if (current) closeEvent('the file ends before END:VEVENT');
  return result;
}
