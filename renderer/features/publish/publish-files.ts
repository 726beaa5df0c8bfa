import { defaultExportRange } from '../../../shared/export/filters';
import { exportIcs } from '../../../shared/export/ics-export';
import { scheduleMarkdown } from '../../../shared/export/markdown-schedule';
import type { PublishFile } from '../../../shared/ipc';
import type { Instant, Settings, WindowOccurrence } from '../../../shared/types';
import { instantToDay } from '../../../shared/zoned-time';
import type { PlanData } from '../../db/usePlanData';

/**
 * The two files a published folder holds: the whole plan as a calendar (every announcement, window
 * and checklist due date, so subscribers see all of it) and the schedule for the current month and
 * the two after it, as the Export dialog starts with. A repeating window's changed `occurrences`
 * (cancelled, moved, ticked) go with it, as in every export (issue 11).
 */
export function publishedFiles(
  plan: PlanData,
  settings: Settings,
  now: Instant,
  occurrences: WindowOccurrence[] = [],
): PublishFile[] {
  const input = {
    announcements: plan.announcements,
    items: plan.items,
    windows: plan.windows,
    templateSets: plan.templateSets,
    people: plan.people,
    settings,
    now,
    occurrences,
  };
  const range = defaultExportRange(instantToDay(now, settings.timeZone));
  return [
    { name: 'tierline.ics', contents: exportIcs(input, { tasks: 'events', calendarName: 'Tierline plan' }) },
    { name: 'tierline-schedule.md', contents: scheduleMarkdown(input, range) },
  ];
}
