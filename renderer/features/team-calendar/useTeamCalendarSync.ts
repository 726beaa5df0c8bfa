import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { PublishChoices } from '../../../shared/sync/app-state';
import { pendingChanges, publishOptions, stateFromRows } from '../../../shared/sync/app-state';
import { localObjects, type PublishedItem } from '../../../shared/sync/local-objects';
import { useWindowOccurrences } from '../../db/useWindowOccurrences';
import { loadSyncRows, loadTeamCalendarAccount } from '../../db/team-calendar-repo';
import { teamCalendarBridge } from '../../platform/team-calendar';
import type { PlanData } from '../../db/usePlanData';
import { requestTeamSync, setSyncInputs } from './sync-scheduler';
import { useTeamCalendarStore } from './team-calendar-store';
import { instantOf } from '../../../shared/zoned-time';

// Long enough that typing a title or a burst of drags is sent once, short enough to feel live.
const DEBOUNCE_MS = 3000;
// While the server does not answer, ask again this often; the queue is the state diff, so nothing is lost meanwhile.
const RETRY_MS = 30_000;

/**
 * Keeps the team calendar in step with the plan while an account and calendar are chosen: a sync
 * a few seconds after each change, on Sync now, and again every half minute while offline. Mounted
 * once, in App. Planning never waits for it.
 */
export function useTeamCalendarSync(plan: PlanData | undefined): void {
  const bridge = useMemo(() => teamCalendarBridge(), []);
  const account = useLiveQuery(loadTeamCalendarAccount);
  const rows = useLiveQuery(loadSyncRows);
  // A series publishes its EXDATEs and moved occurrences with it, as one resource (issue 11).
  const occurrences = useWindowOccurrences();
  const state = useMemo(() => stateFromRows(rows ?? []), [rows]);
  const connected = Boolean(bridge && account?.calendarUrl);
  // By value: every sync rewrites the account row (its last sync time), and a new choices object
  // each time would recompute what is published and start the next sync, forever.
  const choicesKey = account ? JSON.stringify(account.choices) : null;
  const choices = useMemo(
    () => (choicesKey === null ? undefined : (JSON.parse(choicesKey) as PublishChoices)),
    [choicesKey],
  );
  const published = useMemo((): PublishedItem[] | undefined => {
    if (!plan || !choices) return undefined;
    const input = {
      announcements: plan.announcements,
      items: plan.items,
      windows: plan.windows,
      templateSets: plan.templateSets,
      settings: plan.settings,
      now: instantOf(new Date()),
      occurrences,
    };
    return localObjects(input, publishOptions(choices, input));
  }, [plan, choices, occurrences]);

  useEffect(() => {
    useTeamCalendarStore.getState().setPending(published && connected ? pendingChanges(published, state) : 0);
  }, [published, state, connected]);

  useEffect(() => {
    setSyncInputs(published && plan ? { published, plan } : null);
  }, [published, plan]);

  useEffect(() => {
    if (!connected || !published) return;
    const timer = setTimeout(() => requestTeamSync(false), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [connected, published]);

  const request = useTeamCalendarStore((store) => store.request);
  useEffect(() => {
    if (request.seq > 0 && connected) requestTeamSync(request.allowMassDelete);
  }, [request, connected]);

  const phase = useTeamCalendarStore((store) => store.phase);
  useEffect(() => {
    if (!connected || phase.kind !== 'failed' || phase.reason !== 'network') return;
    const timer = setTimeout(() => requestTeamSync(false), RETRY_MS);
    return () => clearTimeout(timer);
  }, [connected, phase]);
}
