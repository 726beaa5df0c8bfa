import { errorMessage } from '../../../shared/error-message';
import { useEffect } from 'react';
import type { Instant, Settings } from '../../../shared/types';
import type { publishFiles as PublishFiles } from '../../platform/platform';
import type { PlanData } from '../../db/usePlanData';
import { useWindowOccurrences } from '../../db/useWindowOccurrences';
import { usePublishStore } from '../../stores/publish-store';
import { instantOf } from '../../../shared/zoned-time';

// Long enough that a drag or a burst of ticks is written once, short enough to feel immediate.
const DEBOUNCE_MS = 1000;

/**
 * While a publish folder is chosen, rewrites its files about a second after every change to the
 * plan (and right after the folder is chosen). Mounted once, in App.
 */
export function usePublishing(plan: PlanData | undefined, settings: Settings | undefined): void {
  const folder = usePublishStore((state) => state.folder);
  // Read here rather than passed from App: a series' EXDATEs and moved occurrences publish with it.
  const occurrences = useWindowOccurrences();
  useEffect(() => {
    if (!folder || !plan || !settings) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      // The ICS and schedule writers load on demand: most plans never publish (issue 13).
      // The platform's file writing with them: nothing at start needs it.
      Promise.all([import('./publish-files'), import('../../platform/platform')]).then(
        ([{ publishedFiles }, { publishFiles }]) => {
          if (!cancelled)
            publish(folder, (now) => publishedFiles(plan, settings, now, occurrences), publishFiles);
        },
        (error: unknown) =>
          usePublishStore.getState().failed(folder, errorMessage(error, 'The files could not be made.')),
      );
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [folder, plan, settings, occurrences]);
}

type Files = Parameters<typeof PublishFiles>[1];

// The files and the "written at" both carry the same instant.
function publish(folder: string, make: (now: Instant) => Files, publishFiles: typeof PublishFiles): void {
  const now = instantOf(new Date());
  const store = usePublishStore.getState();
  let files: Files;
  try {
    files = make(now);
  } catch (error) {
    store.failed(folder, errorMessage(error, 'The files could not be made.'));
    return;
  }
  publishFiles(folder, files).then(
    (result) => {
      if (result.status === 'written') usePublishStore.getState().written(folder, now);
      else usePublishStore.getState().failed(folder, result.message);
    },
    (error: unknown) =>
      usePublishStore.getState().failed(folder, errorMessage(error, 'The files could not be written.')),
  );
}
