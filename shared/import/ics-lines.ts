import type { ContentLine } from './ics-content-line';
import { NO_PARAMS, parseContentLine, readParams } from './ics-content-line';
import { unescapeIcsText } from './ics-values';
import { plural } from '../plural';

export type { ContentLine } from './ics-content-line';
export { parseContentLine } from './ics-content-line';

/** A VEVENT's lines, or the reason it could not be read as a whole. */
export type EventBlock = { line: number; props: ContentLine[]; error?: string };

/** A VTIMEZONE's raw text, kept for ical.js, with its TZID. */
export type TimezoneBlock = { tzid: string; text: string; line: number };

export type SplitOptions = {
  /**
   * Receives each event as soon as it ends instead of collecting them in `events`, so an importer
   * can finish with one event before the next is read (short-lived garbage is nearly free to collect).
   */
  onEvent?: (block: EventBlock) => void;
  /** Reads only the VTIMEZONE blocks. */
  timezonesOnly?: boolean;
};

export type SplitResult = {
  events: EventBlock[];
  timezones: TimezoneBlock[];
  warnings: { reason: string; line: number }[];
  sawCalendar: boolean;
};

// Only these event properties are read; the rest (DTSTAMP, ATTENDEE, X-…) are skipped without copying.
const WANTED = new Set([
  'UID',
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'URL',
  'CATEGORIES',
  'STATUS',
  'SEQUENCE',
  'DTSTART',
  'DTEND',
  'DURATION',
  'RRULE',
  'RDATE',
  'EXDATE',
  'RECURRENCE-ID',
  // Read only to say it is ignored (RFC 5545 removed it), not silently dropped.
  'EXRULE',
  // Tierline's own identity (shared/export/ics-identity.ts), to read its exports back as they were.
  'X-TIERLINE-KIND',
  'X-TIERLINE-PARENT',
  'X-TIERLINE-RECORD',
]);

const KNOWN_NAMES = [...WANTED, 'BEGIN', 'END', 'TZID'];

// The upper-case name of a content line if it is one the splitter acts on, else ''. Comparing in place
// instead of slicing spares one string per line, and most lines of a calendar are skipped.
function knownName(text: string, start: number, end: number, hasLowercase: boolean): string {
  if (hasLowercase) {
    const upper = text.slice(start, end).toUpperCase();
    return KNOWN_NAMES.includes(upper) ? upper : '';
  }
  const length = end - start;
  for (const candidate of KNOWN_NAMES) {
    if (candidate.length === length && text.startsWith(candidate, start)) return candidate;
  }
  return '';
}

// The logical line's text from its first physical line and the continuation ranges in `pieces`
// (flat start/end pairs). A plain function over a reused array, not a closure or tuples per line:
// per-line allocations cost more than the rest of the scan.
function materialize(source: string, start: number, end: number, pieces: number[]): string {
  let line = source.slice(start, end);
  for (let index = 0; index < pieces.length; index += 2)
    line += source.slice(pieces[index], pieces[index + 1]);
  return line;
}

// A value from `from` to the end of its logical line. A folded value is joined once into one flat
// string: `+=` would build a rope that every later read flattens into yet another copy, and an
// imported DESCRIPTION is kept for the whole preview.
function unfoldValue(source: string, from: number, end: number, pieces: number[]): string {
  if (pieces.length === 0) return source.slice(from, end);
  const parts = [source.slice(from, end)];
  for (let index = 0; index < pieces.length; index += 2)
    parts.push(source.slice(pieces[index], pieces[index + 1]));
  return parts.join('');
}

// The content line of a property the splitter keeps, `name` already read by the scan. Name and
// parameters sit on the first physical line in practice, so only the value is unfolded; parameters
// that run over a fold take the general path through the whole unfolded line. A file repeats the
// same few parameter lists (VALUE=DATE, one TZID), so their maps are shared through `paramCache`:
// they are read-only for every consumer.
function readKeptLine(
  source: string,
  name: string,
  lineStart: number,
  afterName: number,
  firstEnd: number,
  pieces: number[],
  line: number,
  paramCache: Map<string, ReadonlyMap<string, string>>,
): ContentLine | undefined {
  if (source.charCodeAt(afterName) === 58)
    return { name, params: NO_PARAMS, value: unfoldValue(source, afterName + 1, firstEnd, pieces), line };
  let inQuotes = false;
  for (let index = afterName + 1; index < firstEnd; index++) {
    const code = source.charCodeAt(index);
    if (code === 34) inQuotes = !inQuotes;
    else if (code === 58 && !inQuotes) {
      const text = source.slice(afterName + 1, index);
      let params = paramCache.get(text);
      if (!params) {
        const read = readParams(text);
        if (!read) break;
        params = read;
        if (paramCache.size < 64) paramCache.set(text, params);
      }
      return { name, params, value: unfoldValue(source, index + 1, firstEnd, pieces), line };
    }
  }
  return parseContentLine(materialize(source, lineStart, firstEnd, pieces), line);
}

// Whether a BEGIN/END value (after the colon) is `word`, compared in place when it is written plainly.
function valueIs(source: string, from: number, end: number, pieces: number[], word: string): boolean {
  if (pieces.length === 0 && end - from === word.length && source.startsWith(word, from)) return true;
  return materialize(source, from, end, pieces).trim().toUpperCase() === word;
}

function nameEnd(text: string, start: number, end: number): number {
  let index = start;
  lowercaseSeen = false;
  for (; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) lowercaseSeen = true;
    else if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45)) break;
  }
  return index;
}

// Set by nameEnd: whether the name it just measured has lower-case letters (rare, but legal).
let lowercaseSeen = false;

// Top-level components that are not events: a file of only to-dos must say why nothing imports.
const DROPPED_KINDS: Record<string, [string, string]> = {
  VTODO: ['to-do', 'to-dos'],
  VJOURNAL: ['journal entry', 'journal entries'],
  // Zimbra publishes busy times as VFREEBUSY: times without titles, nothing a planner can keep.
  VFREEBUSY: ['free/busy list', 'free/busy lists'],
};

function noteDropped(
  source: string,
  from: number,
  end: number,
  pieces: number[],
  line: number,
  dropped: Map<string, { count: number; line: number }>,
): void {
  for (const kind of Object.keys(DROPPED_KINDS)) {
    if (!valueIs(source, from, end, pieces, kind)) continue;
    const seen = dropped.get(kind);
    if (seen) seen.count++;
    else dropped.set(kind, { count: 1, line });
  }
}

/**
 * Splits an iCalendar text into VEVENT and VTIMEZONE blocks without trusting its structure: LF, CR or
 * CRLF line ends, a byte-order mark, missing END lines, stray or nested VCALENDARs and junk lines are
 * all tolerated, and each problem stays inside the one event it affects. It scans the text in place
 * and copies only the lines it reads: a calendar file is mostly properties an import ignores.
 */
export function splitIcs(text: string, options: SplitOptions = {}): SplitResult {
  const result: SplitResult = { events: [], timezones: [], warnings: [], sawCalendar: false };
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!source.includes('\n') && source.includes('\r')) source = source.replace(/\r/g, '\n');
  const length = source.length;
  let current: EventBlock | null = null;
  let nestedDepth = 0;
  let timezone: { start: number; line: number; tzid: string } | null = null;
  let lastKept: ContentLine | null = null;
  let position = 0;
  let lineNo = 0;
  const pieces: number[] = [];
  const paramCache = new Map<string, ReadonlyMap<string, string>>();
  const dropped = new Map<string, { count: number; line: number }>();

  const closeEvent = (block: EventBlock, error?: string): void => {
    if (error && !block.error) block.error = error;
    if (options.onEvent) options.onEvent(block);
    else result.events.push(block);
  };

  while (position < length) {
    // One logical line: a physical line plus the continuation lines (leading space or tab) after it.
    let end = source.indexOf('\n', position);
    if (end === -1) end = length;
    lineNo++;
    const lineStart = position;
    const firstLine = lineNo;
    const firstEnd = end > position && source.charCodeAt(end - 1) === 13 ? end - 1 : end;
    // Most lines are not folded, and emptying an empty array still costs a runtime call.
    if (pieces.length !== 0) pieces.length = 0;
    let next = end + 1;
    while (next < length) {
      const lead = source.charCodeAt(next);
      if (lead !== 32 && lead !== 9) break;
      let pieceEnd = source.indexOf('\n', next);
      if (pieceEnd === -1) pieceEnd = length;
      lineNo++;
      const trimmedEnd = pieceEnd > next && source.charCodeAt(pieceEnd - 1) === 13 ? pieceEnd - 1 : pieceEnd;
      pieces.push(next + 1, trimmedEnd);
      next = pieceEnd + 1;
    }
    position = next;

    const afterName = nameEnd(source, lineStart, firstEnd);
    if (
      afterName === firstEnd &&
      afterName > lineStart &&
      pieces.length > 0 &&
      current &&
      nestedDepth === 0
    ) {
      // RFC 5545 §3.1 lets a fold fall anywhere, even right after the name (`UID` CRLF SPACE `:value`,
      // as KOrganizer and Sunbird write it): read the whole unfolded line instead.
      const folded = parseContentLine(materialize(source, lineStart, firstEnd, pieces), firstLine);
      if (folded && WANTED.has(folded.name)) {
        current.props.push(folded);
        lastKept = folded;
        continue;
      }
    }
    const name = knownName(source, lineStart, afterName, lowercaseSeen);
    const separator = source.charCodeAt(afterName);
    if (name === 'BEGIN' || name === 'END') {
      const from = afterName + 1;
      if (timezone) {
        if (name === 'END' && valueIs(source, from, firstEnd, pieces, 'VTIMEZONE')) {
          result.timezones.push({
            tzid: timezone.tzid,
            text: source.slice(timezone.start, firstEnd),
            line: timezone.line,
          });
          timezone = null;
        }
        continue;
      }
      if (valueIs(source, from, firstEnd, pieces, 'VCALENDAR')) {
        if (name === 'BEGIN') result.sawCalendar = true;
        if (current)
          closeEvent(
            current,
            name === 'BEGIN'
              ? 'a new calendar begins before END:VEVENT'
              : 'the calendar ends before END:VEVENT',
          );
        current = null;
        continue;
      }
      if (name === 'BEGIN' && valueIs(source, from, firstEnd, pieces, 'VEVENT') && !options.timezonesOnly) {
        if (current) closeEvent(current, 'the next event begins before END:VEVENT');
        current = { line: firstLine, props: [] };
        nestedDepth = 0;
        lastKept = null;
        continue;
      }
      if (name === 'BEGIN' && valueIs(source, from, firstEnd, pieces, 'VTIMEZONE') && !current) {
        timezone = { start: lineStart, line: firstLine, tzid: '' };
        continue;
      }
      if (!current) {
        if (name === 'BEGIN') noteDropped(source, from, firstEnd, pieces, firstLine, dropped);
        continue;
      }
      if (name === 'END' && valueIs(source, from, firstEnd, pieces, 'VEVENT')) {
        closeEvent(current, nestedDepth > 0 ? 'a component inside the event is not closed' : undefined);
        current = null;
        continue;
      }
      // Alarms and other sub-components are not imported; their properties must not leak into the event.
      nestedDepth = name === 'BEGIN' ? nestedDepth + 1 : Math.max(0, nestedDepth - 1);
      lastKept = null;
      continue;
    }
    if (timezone) {
      if (name === 'TZID' && (separator === 58 || separator === 59)) {
        const line = materialize(source, lineStart, firstEnd, pieces);
        // TZID is TEXT: a comma in it is written `\,` here but plainly in the events' TZID parameters.
        timezone.tzid = unescapeIcsText(line.slice(line.indexOf(':') + 1).trim());
      }
      continue;
    }
    if (!current || nestedDepth > 0) continue;
    if (afterName === lineStart || (separator !== 58 && separator !== 59)) {
      if (firstEnd === lineStart && pieces.length === 0) continue;
      if (lastKept) {
        // Some exporters fold without the leading space; the text plainly continues the line above.
        lastKept.value += materialize(source, lineStart, firstEnd, pieces);
        result.warnings.push({
          reason: 'a line without a property name was joined to the line above',
          line: firstLine,
        });
      } else if (current.props.length === 0 && source.slice(lineStart, firstEnd).trim() !== '') {
        current.error ??= `line ${firstLine} is not a content line`;
      }
      continue;
    }
    if (name === '' || name === 'TZID') {
      lastKept = null;
      continue;
    }
    const parsed = readKeptLine(source, name, lineStart, afterName, firstEnd, pieces, firstLine, paramCache);
    if (parsed) {
      current.props.push(parsed);
      lastKept = parsed;
    }
  }
  if (current) closeEvent(current, 'the file ends before END:VEVENT');
  for (const [kind, seen] of dropped) {
    const [one, many] = DROPPED_KINDS[kind] ?? [kind, kind];
    result.warnings.push({
      reason: `${plural(seen.count, one, many)} (${kind}) not imported: Tierline imports events only (first on line ${seen.line})`,
      line: seen.line,
    });
  }
  return result;
}
