import { addDays, format, parse, subMonths } from 'date-fns';
import type { Announcement, CalendarDay } from '../types';
import { compareAnnouncements, tierRankOf } from './context';
import { formatDayForPeople, trustedCalendarDay } from '../calendar-day';
import { announcementMarkdownLinks, escapeMarkdownInline } from './markdown-escape';
import type { ExportInput } from './types';

/** The Array edition that `month` (`yyyy-MM`) sends, and the launches it covers (inclusive days). */
export function arrayEditionOf(
  month: string,
  arrayDayOfMonth: number,
): { edition: CalendarDay; coversFrom: CalendarDay; coversTo: CalendarDay } {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`Not a month (yyyy-MM): ${month}`);
  const day = String(Math.min(28, Math.max(1, Math.trunc(arrayDayOfMonth)))).padStart(2, '0');
  const edition = parse(`${month}-${day}`, 'yyyy-MM-dd', new Date(2000, 0, 1));
  // "next-array" items are due on the first edition on or after launch, so an edition covers the
  // launches after the previous edition up to and including its own day.
  const previous = addDays(subMonths(edition, 1), 1);
  return {
    edition: trustedCalendarDay(format(edition, 'yyyy-MM-dd')),
    coversFrom: trustedCalendarDay(format(previous, 'yyyy-MM-dd')),
    coversTo: trustedCalendarDay(format(edition, 'yyyy-MM-dd')),
  };
}

function section(heading: string, body: string[]): string {
  return [`## ${heading}`, ...(body.length > 0 ? body : ['_Nothing this month._'])].join('\n\n');
}

/**
 * A draft of the Array edition sent in `month` (`yyyy-MM`), as the handbook lays it out: Major (rank 1)
 * announcements as headline items, Medium (rank 2) as release highlights and Minor (rank 3) under
 * "Other improvements and fixes". Covers planned and launched announcements launching after the previous
 * edition up to this edition's day (the Array day setting); ideas and cancelled ones are left out.
 */
export function arrayDraftMarkdown(input: ExportInput, month: string): string {
  const { edition, coversFrom, coversTo } = arrayEditionOf(month, input.settings.arrayDayOfMonth);
  const chosen = input.announcements
    .filter((a) => a.launchDate >= coversFrom && a.launchDate <= coversTo)
    .filter((a) => a.status === 'planned' || a.status === 'launched')
    .sort(compareAnnouncements);
  const byRank = (rank: 1 | 2 | 3): Announcement[] =>
    chosen.filter((a) => tierRankOf(a, input.templateSets) === rank);
  const feature = (announcement: Announcement): string => {
    const parts = [`### ${escapeMarkdownInline(announcement.title) || 'Untitled'}`];
    if (announcement.summary.trim() !== '') parts.push(escapeMarkdownInline(announcement.summary));
    const linkLine = announcementMarkdownLinks(announcement).join(' · ');
    if (linkLine !== '') parts.push(`Read more: ${linkLine}`);
    return parts.join('\n\n');
  };
  const minor = byRank(3).map((announcement) => {
    const summary =
      announcement.summary.trim() === '' ? '' : `: ${escapeMarkdownInline(announcement.summary)}`;
    return `- ${escapeMarkdownInline(announcement.title) || 'Untitled'}${summary}`;
  });
  const monthName = format(parse(`${month}-01`, 'yyyy-MM-dd', new Date(2000, 0, 1)), 'MMMM yyyy');
  return (
    [
      `# Array draft: ${monthName}`,
      `Edition day ${formatDayForPeople(edition)}; covers launches from ${formatDayForPeople(coversFrom)} to ${formatDayForPeople(coversTo)}.`,
      section('Headline items', byRank(1).map(feature)),
      section('Release highlights', byRank(2).map(feature)),
      section('Other improvements and fixes', minor.length > 0 ? [minor.join('\n')] : []),
    ].join('\n\n') + '\n'
  );
}
