import { errorMessage } from '../../../shared/error-message';
import type { BackupValidation } from '../../../shared/backup/validate';
import { validateBackup } from '../../../shared/backup/validate';
import { parseIcsForImport, type IcsImportResult } from '../../../shared/import/ics-import';
import { tooLargeMessage, utf8Bytes } from '../../../shared/import/file-limits';
import { MAX_OPEN_FILE_BYTES } from '../../../shared/ipc';
import type { PlanValidation } from '../../../shared/plan-file/validate';
import { validatePlanFile } from '../../../shared/plan-file/validate';
import type { Instant } from '../../../shared/types';
import { findJsonSyntaxError, lineAndColumn, type JsonSyntaxError } from './json-error';

/** What a file or pasted text turned out to be, already read and checked, before anything is written. */
export type ImportReading =
  | { kind: 'ics'; result: IcsImportResult }
  | { kind: 'plan'; validation: PlanValidation }
  | { kind: 'backup'; validation: BackupValidation }
  | { kind: 'error'; message: string };

/** A clear message for JSON that does not parse, naming the line and column where it goes wrong. */
export function jsonErrorMessage(text: string, error: unknown): string {
  let found: JsonSyntaxError | null = null;
  try {
    found = findJsonSyntaxError(text);
  } catch {
    // Too deep for the scanner's stack: the engine's own words are all there is.
  }
  if (!found) {
    const raw = errorMessage(error);
    return `The file is not valid JSON: ${raw}. Nothing was changed.`;
  }
  const { line, column } = lineAndColumn(text, found.offset);
  return `The file is not valid JSON at line ${line}, column ${column}: ${found.reason}. Nothing was changed.`;
}

function looksLikeIcs(text: string, name: string): boolean {
  return /^\s*BEGIN:VCALENDAR/i.test(text) || (name.toLowerCase().endsWith('.ics') && !/^\s*[[{]/.test(text));
}

/**
 * The first look at an import, before any parsing: too large or empty input is refused, and a
 * calendar is told apart from JSON, because calendars are read in a worker and JSON here.
 */
export function sniffImport(
  rawText: string,
  name: string,
): { kind: 'error'; message: string } | { kind: 'ics' } | { kind: 'json' } {
  const bytes = utf8Bytes(rawText);
  if (bytes > MAX_OPEN_FILE_BYTES) return { kind: 'error', message: tooLargeMessage(name, bytes) };
  const text = rawText.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { kind: 'error', message: `${name} is empty. Nothing was changed.` };
  return looksLikeIcs(text, name) ? { kind: 'ics' } : { kind: 'json' };
}

/**
 * Reads an import without writing anything: an iCalendar file is parsed for the preview, JSON is
 * checked as a full backup when it says `"format": "tierline-backup"` and as a plan file otherwise.
 * Malformed JSON and oversized input give a message instead.
 */
export function readImport(
  rawText: string,
  name: string,
  options: { timeZone: string; now: Instant },
): ImportReading {
  const sniffed = sniffImport(rawText, name);
  if (sniffed.kind === 'error') return sniffed;
  const text = rawText.replace(/^\uFEFF/, '');
  if (sniffed.kind === 'ics') {
    return {
      kind: 'ics',
      result: parseIcsForImport(text, { timeZoneFallback: options.timeZone, now: options.now }),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (!/^\s*[[{]/.test(text)) {
      return {
        kind: 'error',
        message: `${name} is neither a calendar (.ics) nor a Tierline plan or backup (.json). Nothing was changed.`,
      };
    }
    return { kind: 'error', message: jsonErrorMessage(text, error) };
  }
  const isBackup = typeof json === 'object' && json !== null && !Array.isArray(json) && 'format' in json;
  return isBackup
    ? { kind: 'backup', validation: validateBackup(json) }
    : { kind: 'plan', validation: validatePlanFile(json) };
}
