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

// "-//Google Inc//Google Calendar 70.9054//EN" names Google Calendar: the product, without the
// version, which changes with every release of the app while the calendar stays the same.
function productOf(prodid: string): string {
  // ISO 9070 FPI: sign, owner, product, language; only the product and owner are wanted.
  const parts = prodid
    .split('//')
    .map((part) => part.trim())
    .filter(
      (part, index, all) =>
        !(index === 0 && /^[-+]?$/.test(part)) && !(index === all.length - 1 && /^[a-z]{2}$/i.test(part)),
    );
  const product = parts[parts.length - 1] ?? prodid;
  return (product.replace(/\s+v?\d+(\.\d+)*$/i, '').trim() || prodid).trim();
}

/**
 * The name a calendar file goes by, as the import preview proposes it to the planner: its
 * X-WR-CALNAME (Google, Apple, Tierline), else the product its PRODID names (the app that wrote it,
 * without a version), else the file name.
 */
export function calendarIdentity(text: string, fileName: string): string {
  const prodid = calendarProperty(text, 'PRODID');
  const name = calendarProperty(text, 'X-WR-CALNAME') || (prodid && productOf(prodid));
  return (name || fileName).slice(0, 200);
}
