/** One VEVENT's lines: UID, SUMMARY and whatever else the case needs. */
export function vevent(uid: string, lines: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:Event ${uid}`, ...lines, 'END:VEVENT'];
}

/** A whole calendar around the given event lines, CRLF-terminated as RFC 5545 writes it. */
export function calendar(...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hostile//EN', ...events.flat(), 'END:VCALENDAR'].join(
    '\r\n',
  );
}

/** The 1-based line a text's first line containing `needle` is on. */
export function lineOf(text: string, needle: string): number {
  return text.split(/\r?\n/).findIndex((line) => line.includes(needle)) + 1;
}

/** Two events every hostile file carries, to prove the rest of the file still imports. */
export const GOOD = [
  vevent('good-1', ['DTSTART;VALUE=DATE:20261215', 'DTEND;VALUE=DATE:20261216']),
  vevent('good-2', ['DTSTART:20261216T210000Z', 'DTEND:20261216T230000Z']),
];
