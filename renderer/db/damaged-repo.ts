import type { Repair } from '../../shared/restore/repair-record';
import type { DamagedRecord } from '../../shared/restore/restore-plan';
import type { RowChanges } from './change';
import { recordedChange } from './recorded-change';

/** The key the row is stored under: rows are keyed by their `id`, whatever its type. */
function storedKey(record: DamagedRecord): string {
  const id = (record.row as { id?: unknown } | null)?.id;
  // IndexedDB keys may be numbers too; Dexie's bulk calls accept them, the types say string.
  return (id ?? record.key) as string;
}

/** Deletes a damaged record for good, as one undoable change (Undo puts it back as it was). */
export async function deleteDamagedRecord(record: DamagedRecord): Promise<void> {
  await recordedChange(`Delete ${record.label}`, () =>
    Promise.resolve({ [record.table]: { delete: [storedKey(record)] } } as RowChanges),
  );
}

/** Writes a repair the planner approved, as one undoable change. */
export async function repairDamagedRecord(record: DamagedRecord, repair: Repair): Promise<void> {
  await recordedChange(`Repair ${record.label}`, () =>
    Promise.resolve({ [record.table]: { put: [repair.row] } } as RowChanges),
  );
}
