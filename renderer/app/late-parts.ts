import { lazy } from 'react';

/*
 * The parts of the window the first month view does not need (issue 13: the start-up bundle's
 * target is 200 KiB gzip). Each loads on first use, or just after the first paint
 * (preloadLateParts), and shows inside its own LazyPart. Once loaded, React renders them at once.
 */

const details = () => import('./DetailsPanel');
const conflicts = () => import('../features/conflicts/ConflictsPanel');
const search = () => import('../features/search/SearchBox');
const teamStatus = () => import('../features/team-calendar/TeamCalendarStatus');
const filterBar = () => import('../features/work/PlanFilterBar');

export const LateDetailsPanel = lazy(() => details().then((module) => ({ default: module.DetailsPanel })));
export const LateConflictsPanel = lazy(() =>
  conflicts().then((module) => ({ default: module.ConflictsPanel })),
);
export const LateSearchBox = lazy(() => search().then((module) => ({ default: module.SearchBox })));
export const LateTeamCalendarStatus = lazy(() =>
  teamStatus().then((module) => ({ default: module.TeamCalendarStatus })),
);
export const LatePlanFilterBar = lazy(() =>
  filterBar().then((module) => ({ default: module.PlanFilterBar })),
);
export const LateDailyDigest = lazy(() =>
  import('../features/work/DailyDigest').then((module) => ({ default: module.DailyDigest })),
);
export const LateOpenDialog = lazy(() =>
  import('./OpenDialog').then((module) => ({ default: module.OpenDialog })),
);
export const LateFirstRun = lazy(() =>
  import('../features/welcome/FirstRun').then((module) => ({ default: module.FirstRun })),
);
export const LateDamagedRecordsNotice = lazy(() =>
  import('../features/damaged/DamagedRecordsNotice').then((module) => ({
    default: module.DamagedRecordsNotice,
  })),
);
export const LateTimeZoneOptions = lazy(() =>
  import('../features/settings/TimeZoneOptions').then((module) => ({ default: module.TimeZoneOptions })),
);

/**
 * Fetches the parts a planner reaches for first (the side panel a click opens, the search box, the
 * filters), so that once the first view is painted a click finds them loaded. A failed fetch is
 * left to the part's own boundary, which tries again when it renders.
 */
export function preloadLateParts(): void {
  for (const load of [details, search, filterBar, conflicts]) load().catch(() => undefined);
}
