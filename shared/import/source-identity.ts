import type { Instant } from '../types';
import { unescapeIcsText } from './ics-values';

/**
 * What one import remembers about one record it created (issue 11): where the event came from
 * (calendar + UID + RECURRENCE-ID) and a hash of the record as imported, so a later import of the
 * same calendar finds the record again and can tell a local edit from a change in the file.
 * Stored in the `importSources` table, never in plan files or backups (see renderer/db/db.ts).
 */
export type ImportSource = {
  /** sourceKey(calendar, uid, recurrenceId). */
  id: string;
  calendar: string;
  uid: string;
  recurrenceId: string | null;
  recordId: string;
  kind: 'announcement' | 'window';
  /** faceHash of the record as the import left it (or, after a change kept locally, as the file has it). */
  hash: string;
  importedAt: Instant;
};

/** The key of one event of one calendar: the same event in a newer version of the file has the same key. */
export function sourceKey(calendar: string, uid: string, recurrenceId: string | null): string {
  // U+001F cannot be in a TEXT value a person typed, so no two triples share a key.
  return [calendar, uid, recurrenceId ?? ''].join('\u001f');
}

// Calendar-level properties sit before the first component; a property of an event must not count.
function calendarProperty(text: string, name: string): string {
  const firstComponent = text.search(/^BEGIN:(VEVENT|VTODO|VTIMEZONE|VJOURNAL)/im);
  const head = text.slice(0, firstComponent === -1 ? 4096 : firstComponent);
  const match = new RegExp(`^${name}(?:;[^:\\r\\n]*)?:(.*)$`, 'im').exec(head);
  return match?.[1] ? unescapeIcsText(match[1].trim()) : '';
}

/**
 * The name a calendar file goes by, as the import preview proposes it to the planner: its
 * X-WR-CALNAME (Google, Apple, Tierline), else its PRODID (the app that wrote it), else the file name.
 */
export function calendarIdentity(text: string, fileName: string): string {
  const name = calendarProperty(text, 'X-WR-CALNAME') || calendarProperty(text, 'PRODID');
  return (name || fileName).slice(0, 200);
}
