import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { defaultSettings } from '../../../../shared/settings-defaults';
import { planToRecords } from '../../../../shared/plan-file/to-records';
import { validatePlanFile } from '../../../../shared/plan-file/validate';
import { builtInTemplateSets } from '../../../../shared/templates/built-in-sets';
import { publishedFiles } from '../../../../renderer/features/publish/publish-files';
import { usePublishStore } from '../../../../renderer/stores/publish-store';

function plan() {
  const validation = validatePlanFile({
    tierline: 1,
    timeZone: 'Europe/London',
    announcements: [
      { id: 'soon', title: 'Session replay for mobile', tier: 'major', launch: '2026-12-08' },
      { id: 'later', title: 'Dark mode', tier: 'minor', launch: '2027-06-10' },
    ],
    maintenance: [
      { id: 'work', title: 'EU Cloud upgrade', start: '2026-12-05T22:00', end: '2026-12-06T02:00' },
    ],
  });
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  const records = planToRecords(validation.plan, { now: '2026-11-01T00:00:00.000Z' });
  return {
    announcements: records.announcements,
    windows: records.windows,
    items: records.items,
    templateSets: builtInTemplateSets(),
    settings: records.settings,
    people: records.people,
    damaged: [],
  };
}

describe('published files', () => {
  it('publishes the whole plan as a calendar and the next three months as a schedule', () => {
    const data = plan();
    const files = publishedFiles(data, defaultSettings('Europe/London'), '2026-12-02T10:00:00.000Z');
    expect(files.map((file) => file.name)).toEqual(['tierline.ics', 'tierline-schedule.md']);
    const [ics, schedule] = files;
    const events = new ICAL.Component(ICAL.parse(ics?.contents ?? '') as unknown[]).getAllSubcomponents(
      'vevent',
    );
    const uids = events.map((event) => String(event.getFirstPropertyValue('uid')));
    // No date filter: a launch in June is published too.
    expect(uids).toContain('later@tierline');
    expect(events).toHaveLength(data.announcements.length + data.windows.length + data.items.length);
    expect(schedule?.contents).toMatch(/^# Schedule: .*1 Dec 2026 to .*28 Feb 2027/);
    expect(schedule?.contents).toContain('Session replay for mobile');
    expect(schedule?.contents).not.toContain('Dark mode');
  });

  it('only records a write for the folder still chosen', () => {
    const store = usePublishStore.getState();
    store.choose('/tmp/a');
    store.written('/tmp/b', '2026-12-02T10:00:00.000Z');
    expect(usePublishStore.getState().lastWritten).toBeNull();
    store.written('/tmp/a', '2026-12-02T10:00:00.000Z');
    store.failed('/tmp/a', 'Choose the publish folder again');
    expect(usePublishStore.getState()).toMatchObject({
      folder: '/tmp/a',
      lastWritten: '2026-12-02T10:00:00.000Z',
      error: 'Choose the publish folder again',
    });
    store.stop();
    expect(usePublishStore.getState().folder).toBeNull();
  });
});
