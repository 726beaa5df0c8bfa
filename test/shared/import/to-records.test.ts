import { describe, expect, it } from 'vitest';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import { importedEventsToRecords } from '../../../shared/import/to-records';
import { defaultSettings } from '../../../shared/settings-defaults';
import { builtInTemplateSet } from '../../../shared/templates/built-in-sets';
import { utcInstant } from '../../dates';

const ICS = [
  'BEGIN:VCALENDAR',
  'BEGIN:VEVENT',
  'UID:launch',
  'DTSTART;VALUE=DATE:20261201',
  'SUMMARY:Launch day',
  'DESCRIPTION:What ships',
  'URL:https://example.com/blog/launch',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:work',
  'DTSTART:20261205T220000Z',
  'DTEND:20261206T020000Z',
  'SUMMARY:DB upgrade',
  'CATEGORIES:EU Cloud',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:other',
  'DTSTART:20261207T100000Z',
  'SUMMARY:Ignored',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('importedEventsToRecords', () => {
  const { events } = parseIcsForImport(ICS, {
    timeZoneFallback: 'Europe/London',
    now: utcInstant('2026-11-20T00:00:00.000Z'),
  });
  const set = builtInTemplateSet('handbook-current');
  if (!set) throw new Error('built-in set missing');
  let counter = 0;
  const records = importedEventsToRecords(events, {
    choices: { launch: 'announcement', work: 'maintenance', other: 'skip' },
    templateSet: set,
    tierKey: 'major',
    settings: defaultSettings('Europe/London'),
    newId: () => `id-${++counter}`,
    now: utcInstant('2026-11-20T00:00:00.000Z'),
  });

  it('makes announcements with the chosen tier checklist and windows with their comms checklist', () => {
    expect(records.announcements).toHaveLength(1);
    expect(records.announcements[0]).toMatchObject({
      title: 'Launch day',
      summary: 'What ships',
      launchDate: '2026-12-01',
      launchTime: null,
      tierKey: 'major',
      links: { blog: 'https://example.com/blog/launch' },
    });
    const major = set.tiers.find((tier) => tier.key === 'major');
    const annItems = records.items.filter((item) => item.parentId === records.announcements[0]?.id);
    expect(annItems.map((item) => item.templateItemId)).toEqual(major?.items.map((item) => item.id));
    expect(records.windows).toHaveLength(1);
    expect(records.windows[0]).toMatchObject({
      title: 'DB upgrade',
      start: '2026-12-05T22:00:00.000Z',
      end: '2026-12-06T02:00:00.000Z',
      services: ['EU Cloud'],
    });
    expect(records.items.some((item) => item.parentId === records.windows[0]?.id)).toBe(true);
  });

  it('skips events without a choice or marked skip', () => {
    expect([...records.announcements, ...records.windows].map((record) => record.title)).not.toContain(
      'Ignored',
    );
  });

  it('refuses a tier the set does not have', () => {
    expect(() =>
      importedEventsToRecords(events, {
        choices: {},
        templateSet: set,
        tierKey: 'tier-1',
        settings: defaultSettings('UTC'),
        newId: () => 'x',
        now: utcInstant('2026-11-20T00:00:00.000Z'),
      }),
    ).toThrow();
  });
});
