import { lazy } from 'react';

/*
 * The parts of the window the first month view does not need (issue 13: the start-up bundle's
 * target is 200 KiB gzip). Each loads when it is first rendered (the toolbar's and the filter
 * bar's with the month view, behind placeholders of their size; the side panels once the first
 * view is painted) and shows inside its own LazyPart. Once loaded, React renders them at once.
 */

export const LateDetailsPanel = lazy(() =>
  import('./DetailsPanel').then((module) => ({ default: module.DetailsPanel })),
);
export const LateConflictsPanel = lazy(() =>
  import('../features/conflicts/ConflictsPanel').then((module) => ({ default: module.ConflictsPanel })),
);
export const LateSearchBox = lazy(() =>
  import('../features/search/SearchBox').then((module) => ({ default: module.SearchBox })),
);
export const LateTeamCalendarStatus = lazy(() =>
  import('../features/team-calendar/TeamCalendarStatus').then((module) => ({
    default: module.TeamCalendarStatus,
  })),
);
export const LatePlanFilterBar = lazy(() =>
  import('../features/work/PlanFilterBar').then((module) => ({ default: module.PlanFilterBar })),
);
export const LateDailyDigest = lazy(() =>
  import('../features/work/DailyDigest').then((module) => ({ default: module.DailyDigest })),
);
export const LateOpenDialog = lazy(() =>
  import('./OpenDialog').then((module) => ({ default: module.OpenDialog })),
);
export const LateDamagedRecordsNotice = lazy(() =>
  import('../features/damaged/DamagedRecordsNotice').then((module) => ({
    default: module.DamagedRecordsNotice,
  })),
);
export const LateTimeZoneOptions = lazy(() =>
  import('../features/settings/TimeZoneOptions').then((module) => ({ default: module.TimeZoneOptions })),
);
