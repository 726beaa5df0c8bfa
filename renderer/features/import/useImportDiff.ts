import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { DiffPlan, ImportDiff } from '../../../shared/import/import-diff';
import { diffImport } from '../../../shared/import/import-diff';
import type { ImportedEvent } from '../../../shared/import/types';
import { loadDiffPlan } from '../../db/import-sources-repo';

/**
 * The file's events compared with the plan as it stands (and as it changes while the preview is
 * open), for the calendar the planner confirmed; undefined while the plan is being read.
 */
export function useImportDiff(
  events: readonly ImportedEvent[],
  calendar: string,
): { diff: ImportDiff; plan: DiffPlan } | undefined {
  const plan = useLiveQuery(() => loadDiffPlan(calendar), [calendar]);
  return useMemo(() => (plan ? { diff: diffImport(events, plan), plan } : undefined), [events, plan]);
}
