import { useSyncExternalStore } from 'react';
import { db } from './db';
import { createLivePlan } from './live-plan';
import type { StoredRows } from './stored-rows';
import { systemTimeZone } from './settings-repo';
import { createRestoreMemo, type RestoreMemo } from '../../shared/restore/restore-memo';
import {
  restorePlan,
  type DamagedRecord,
  type RawPlanRows,
  type RowCheck,
} from '../../shared/restore/restore-plan';
import { quickRowCheck, SchemaCheckNeeded } from '../../shared/restore/row-guards';
import { defaultSettings } from '../../shared/settings-defaults';
import type {
  Announcement,
  ChecklistItem,
  MaintenanceWindow,
  Person,
  Settings,
  TemplateSet,
  WindowOccurrence,
} from '../../shared/types';

export type PlanData = {
  announcements: Announcement[];
  windows: MaintenanceWindow[];
  items: ChecklistItem[];
  templateSets: TemplateSet[];
  settings: Settings;
  /** Everyone owners and assignees point at (issue 9); look names up by id. */
  people: Person[];
  /** The changed occurrences of repeating windows (moved, cancelled); the rest are generated. */
  occurrences: WindowOccurrence[];
  /** Stored rows that failed the restore step: set aside, reported, never rendered. */
  damaged: DamagedRecord[];
};

// The backup schemas (zod) load only once a stored row needs them: the rows the app writes pass
// the zod-free guards, so the first paint does not wait for the validation library (issue 13).
let schemaCheck: RowCheck | undefined;

async function restore(raw: RawPlanRows, memo: RestoreMemo, fallback: Settings): Promise<PlanData> {
  if (!schemaCheck) {
    try {
      return restorePlan(raw, fallback, quickRowCheck, memo);
    } catch (error) {
      if (!(error instanceof SchemaCheckNeeded)) throw error;
      schemaCheck = (await import('../../shared/restore/schema-check')).schemaCheck;
    }
  }
  return restorePlan(raw, fallback, schemaCheck, memo);
}

// One live plan for every reader in this window: a drop is read once, not once per reader.
const livePlan = createLivePlan(db, () => {
  const memo = createRestoreMemo();
  // Asked once per opening, not on every write: the system's zone costs about 2 ms to ask (issue 13).
  const fallback = defaultSettings(systemTimeZone());
  return (rows) => restore(rows, memo, fallback);
});

/** The plan's stored rows as this window last read them (LivePlan.storedRows). */
export function storedPlanRows(): StoredRows | undefined {
  return livePlan.storedRows();
}

/**
 * The whole plan, live: any write (this window, another window, an import) re-renders its readers.
 * Every row passes the restore step on the way out (shared/restore), so a damaged record is
 * reported instead of breaking the views. Undefined until the first read has answered, so the UI
 * can tell "loading" from "empty". After that only the rows a write changed are read again
 * (live-plan.ts), and the restore memo keeps the objects and arrays of everything else, so one
 * write re-renders only what it changed. A failed read throws here, for the error boundary.
 */
export function usePlanData(): PlanData | undefined {
  const { value, failure } = useSyncExternalStore(livePlan.subscribe, livePlan.state);
  if (failure) throw failure;
  return value;
}
