import { useLiveQuery } from 'dexie-react-hooks';
import { windowOccurrenceSchema } from '../../shared/recurrence/rule';
import type { WindowOccurrence } from '../../shared/types';
import { db } from './db';

const NONE: WindowOccurrence[] = [];

/**
 * The changed occurrences of repeating windows, live. Rows that fail the schema are left out (an
 * occurrence without its change falls back to the series' own time), never drawn raw.
 */
export function useWindowOccurrences(): WindowOccurrence[] {
  return (
    useLiveQuery(async () => {
      const rows = await db.windowOccurrences.toArray();
      return rows.filter((row) => windowOccurrenceSchema.safeParse(row).success);
    }, []) ?? NONE
  );
}
