import type { Settings, TemplateSet } from '../../shared/types';
import type { ExportInput } from '../../shared/export/types';
import { addCalendarDays } from '../../shared/calendar-day';
import {
  makeAnnouncement,
  makeChecklistItem,
  makeMaintenanceWindow,
  makeSettings,
  makePerson,
} from '../builders';
import { calendarDay, utcInstant } from '../dates';
import { instantOf } from '../../shared/zoned-time';

const TEAMS = ['Content & Docs', 'Words & Pictures', 'Website & Vibes', 'Marketing'];
const TITLES = [
  'Blog post',
  'Twitter thread; LinkedIn post',
  'Newsletter, Array',
  'Tutorial for day of release',
  'In-app banner',
  'Landing page',
  'Email to affected users',
  'Slack community @here',
  'Docs update',
];

const TEMPLATE_SETS: TemplateSet[] = [
  {
    id: 'bench-set',
    name: 'Bench',
    builtIn: false,
    updatedAt: utcInstant('2026-01-01T00:00:00.000Z'),
    tiers: [
      { key: 'major', name: 'Major', description: '', rank: 1, color: '#000000', items: [] },
      { key: 'medium', name: 'Medium', description: '', rank: 2, color: '#000000', items: [] },
      { key: 'minor', name: 'Minor', description: '', rank: 3, color: '#000000', items: [] },
    ],
  },
];

const SETTINGS: Settings = makeSettings({ activeTemplateSetId: 'bench-set' });

/**
 * Deterministic benchmark data: `announcements` launches spread over three years, each with nine
 * checklist items, plus `windows` maintenance windows: 1,000 + 9,000 + 200 ≈ 10,000 calendar entries.
 */
export function benchInput(announcements = 1000, windows = 200): ExportInput {
  const out: ExportInput = {
    announcements: [],
    items: [],
    windows: [],
    templateSets: TEMPLATE_SETS,
    settings: SETTINGS,
    // The owners the records below point at, so exports spend the time naming people.
    people: [
      ...Array.from({ length: 17 }, (_, n) => makePerson(`PM ${n}`, { id: `pm-${n}` })),
      ...Array.from({ length: 7 }, (_, n) => makePerson(`Marketer ${n}`, { id: `marketer-${n}` })),
      ...[0, 3, 6].map((n) => makePerson(`Person ${n}`, { id: `person-${n}` })),
      makePerson('Ops'),
    ],
    now: utcInstant('2026-11-20T09:30:00.000Z'),
  };
  for (let index = 0; index < announcements; index++) {
    const id = `ann-${String(index).padStart(5, '0')}`;
    const launchDate = addCalendarDays(calendarDay('2026-01-05'), index);
    const record = makeAnnouncement({
      id,
      title: `Launch ${index}: feature, with commas; semicolons and émoji 🚀`,
      summary: `Summary of launch ${index}. It explains the change in a sentence or two, long enough to fold.`,
      launchDate,
      launchTime: index % 5 === 0 ? '15:00' : null,
      templateSetId: 'bench-set',
      tierKey: ['major', 'medium', 'minor'][index % 3] as string,
      productOwnerId: `pm-${index % 17}`,
      marketingOwnerId: `marketer-${index % 7}`,
      status: index % 50 === 0 ? 'cancelled' : 'planned',
      links: {
        pr: `https://github.com/example/repo/pull/${index}`,
        docs: '',
        blog: index % 2 ? `https://example.com/blog/launch-${index}` : '',
      },
      createdAt: utcInstant('2026-01-01T00:00:00.000Z'),
      updatedAt: utcInstant('2026-02-01T00:00:00.000Z'),
      sequence: index % 4,
    });
    out.announcements.push(record);
    TITLES.forEach((title, order) => {
      const item = makeChecklistItem({
        id: `${id}:item-${order}`,
        parentId: id,
        templateItemId: `item-${order}`,
        title,
        team: TEAMS[order % TEAMS.length] as string,
        assigneeId: order % 3 === 0 ? `person-${order}` : null,
        offset: { kind: 'launch', days: order - 4 },
        dueDate: addCalendarDays(launchDate, order - 4),
        done: order % 2 === 0,
        doneAt: order % 2 === 0 ? utcInstant('2026-03-01T12:00:00.000Z') : null,
        notes: order === 0 ? 'Notes with a backslash \\ and a newline\nsecond line' : '',
        custom: false,
        order,
        updatedAt: utcInstant('2026-02-01T00:00:00.000Z'),
      });
      out.items.push(item);
    });
  }
  for (let index = 0; index < windows; index++) {
    const start = instantOf(new Date(Date.UTC(2026, 0, 3 + index * 5, 22, 0)));
    const window = makeMaintenanceWindow({
      id: `win-${String(index).padStart(4, '0')}`,
      title: `Database upgrade ${index}`,
      start,
      end: instantOf(new Date(Date.parse(start) + 4 * 3_600_000)),
      timeZone: 'UTC',
      services: ['EU Cloud', 'US Cloud'],
      ownerId: 'p-ops',
      notes: 'Expect a short outage.',
      createdAt: utcInstant('2026-01-01T00:00:00.000Z'),
      updatedAt: utcInstant('2026-02-01T00:00:00.000Z'),
      sequence: 1,
    });
    out.windows.push(window);
  }
  return out;
}
