import { useLiveQuery } from 'dexie-react-hooks';
import type { WindowOccurrence } from '../../shared/types';
import { db } from './db';

const NONE: WindowOccurrence[] = [];

/**
 * The changed occurrences of repeating windows, live. Rows that fail the schema are left out (an
 * occurrence without its change falls back to the series' own time), never drawn raw. The schema (and zod with it) loads only when there is a row to check, so
 * a plan without changed occurrences starts without it (issue 13).
 */
export function useWindowOccurrences(): WindowOccurrence[] {
  return (
    useLiveQuery(async () => {
      const rows = await db.windowOccurrences.toArray();
      if (rows.length === 0) return NONE;
      const { windowOccurrenceSchema } = await import('../../shared/recurrence/rule-schema');
      return rows.filter((row) => windowOccurrenceSchema.safeParse(row).success);
    }, []) ?? NONE
  );
}
