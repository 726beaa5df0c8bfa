import type { ImportedEvent } from './types';

/**
 * True when the event is a repeating maintenance window that Tierline itself exported (issue 11):
 * its X-TIERLINE-RECORD is a window with a repeat rule. Such a VEVENT is the series, restored as
 * one window with its rule rather than one window per occurrence; its RECURRENCE-ID overrides
 * belong to that series and are not events of their own.
 */
export function isTierlineSeries(tierline: ImportedEvent['tierline']): boolean {
  if (tierline?.kind !== 'window') return false;
  const record = tierline.record;
  return (
    typeof record === 'object' && record !== null && 'recurrence' in record && Boolean(record.recurrence)
  );
}
