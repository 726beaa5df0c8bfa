import { useMemo, useState } from 'react';
import { createSearchIndexer } from '../../../shared/search/search-index';
import { searchPlan, type SearchResults } from '../../../shared/search/search-query';
import type { CalendarDay } from '../../../shared/types';
import type { PlanData } from '../../db/usePlanData';

const NOTHING: SearchResults = { words: [], hits: [], total: 0 };

/**
 * The results for `query`. The index is rebuilt only when the plan changes (and then re-reads
 * only the records that changed); a keystroke only runs the query over it. While the box is
 * empty there is no index at all, so a planner who never searches never pays for one.
 */
export function useSearchResults(plan: PlanData, query: string, today: CalendarDay): SearchResults {
  // One indexer per mounted box, kept for its life: its memo is what makes re-indexing cheap.
  const [indexer] = useState(createSearchIndexer);
  const searching = query.trim() !== '';
  const { announcements, windows, items, templateSets, settings, people } = plan;
  const index = useMemo(
    () =>
      searching
        ? indexer({ announcements, windows, items, templateSets, people, timeZone: settings.timeZone })
        : null,
    [searching, indexer, announcements, windows, items, templateSets, people, settings.timeZone],
  );
  return useMemo(() => (index ? searchPlan(index, query, today) : NOTHING), [index, query, today]);
}
