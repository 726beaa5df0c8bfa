import { useLiveQuery } from 'dexie-react-hooks';
import { personSchema } from '../../shared/backup/schema';
import { comparePeople } from '../../shared/people/names';
import type { Person } from '../../shared/types';
import { db } from './db';

const NOBODY: Person[] = [];

/**
 * The people list, live and sorted by name: what owner pickers offer and views look names up in.
 * Rows that fail the person schema are left out here (the restore step in usePlanData reports
 * them), so a damaged row never reaches a picker. Empty until the first read answers.
 */
export function usePeople(): Person[] {
  return (
    useLiveQuery(async () => {
      const rows = await db.people.toArray();
      return rows.filter((row) => personSchema.safeParse(row).success).sort(comparePeople);
    }, []) ?? NOBODY
  );
}
