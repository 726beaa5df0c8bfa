import type { ImportedEvent, ImportProblem } from './types';

/** A recurring series as the reader kept it: the line it starts on and the keys of its occurrences. */
export type ReadSeries = { line: number; keys: readonly string[] };

/**
 * Removes from `byKey` every RECURRENCE-ID override of a recurring series in the file that names none
 * of that series' occurrences, and lists each in `skipped` with its line. RFC 5545 §3.8.4.4 makes a
 * RECURRENCE-ID the start of one instance of the series with the same UID; one that names no instance
 * (Nextcloud and Apple files carry such leftovers after the series was edited) replaces nothing, so
 * it is not imported as an event of its own, as ical.js does not show it either. Occurrences removed
 * by EXDATE, or past the count or horizon limit, are not there to be named. Overrides whose UID has
 * no recurring series in the file stay events of their own.
 */
export function dropOrphanOverrides(
  byKey: Map<string, ImportedEvent>,
  overrides: ReadonlySet<string>,
  series: ReadonlyMap<string, ReadSeries>,
  skipped: ImportProblem[],
): void {
  const occurrences = new Map<string, ReadonlySet<string>>();
  for (const key of overrides) {
    const override = byKey.get(key);
    // Overrides of a series Tierline exported are folded into it later, not matched here.
    if (!override || override.overrideOf !== undefined) continue;
    const owner = series.get(override.uid);
    if (!owner) continue;
    let keys = occurrences.get(override.uid);
    if (!keys) {
      keys = new Set(owner.keys);
      occurrences.set(override.uid, keys);
    }
    if (keys.has(key)) continue;
    byKey.delete(key);
    skipped.push({
      reason: `its RECURRENCE-ID names no occurrence of the series on line ${owner.line}: the override is not imported`,
      line: override.line,
      uid: override.uid,
    });
  }
}
