import { useLiveQuery } from 'dexie-react-hooks';
import { comparePeople } from '../../shared/people/names';
import { passesRowGuard } from '../../shared/restore/row-guards';
import type { Person } from '../../shared/types';
import { db } from './db';

const NOBODY: Person[] = [];

/**
 * The people list, live and sorted by name: what owner pickers offer and views look names up in.
 * Rows that fail the person schema are left out here (the restore step in usePlanData reports
 * them), so a damaged row never reaches a picker. Empty until the first read answers. The zod
 * schema loads only for a row the zod-free guard can not vouch for (issue 13 keeps zod out of start).
 */
export function usePeople(): Person[] {
  return (
    useLiveQuery(async () => {
      const rows = await db.people.toArray();
      if (rows.every((row) => passesRowGuard('people', row))) return rows.sort(comparePeople);
      const { personSchema } = await import('../../shared/backup/schema');
      return rows.filter((row) => personSchema.safeParse(row).success).sort(comparePeople);
    }, []) ?? NOBODY
  );
}
