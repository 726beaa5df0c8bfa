import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import type { ExportInput } from '../../../shared/export/types';
import { diffSummary } from '../../../shared/import/import-diff';
import type { Announcement, TemplateSet, CalendarDay } from '../../../shared/types';
import { templateSets } from '../export/records';
import { calendarIdentity } from '../../../shared/import/source-identity';
import { calendar, vevent } from './ics-builders';
import { plan as planArbitrary } from './plan-arbitrary';

import type { Plan } from './import-diff-helpers';
import { apply, emptyPlan, fromExport, nothingWritten, writes } from './import-diff-helpers';
import { calendarDay } from '../../dates';

// Issue 11: importing a file compares it with the plan; the same file twice changes nothing.
const RUNS = process.env.CI ? 1000 : 200;
// A plan with repeating windows exports every occurrence's steps: 1,000 runs take about a minute.
const PROPERTY_TIMEOUT_MS = 180_000;
const templateSet = templateSets[0] as TemplateSet;
// Google-style events: UIDs of their own, all-day and timed, a series with an override, cancellations.
const googleEvent = fc.record({
  uid: fc.constantFrom('a@google.com', 'b@google.com', 'c@google.com', 'd,e@google.com', 'f\\;g@google.com'),
  title: fc.constantFrom('Launch', 'Patch night', 'Résumé, v2', 'Multi\\nline', ''),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: null }),
  cancelled: fc.boolean(),
  repeat: fc.boolean(),
});
const googleFile = fc.array(googleEvent, { maxLength: 6 }).map((events) =>
  calendar(
    ...events.map((event) => {
      const day = `202703${String(event.day).padStart(2, '0')}`;
      const start =
        event.hour === null
          ? [`DTSTART;VALUE=DATE:${day}`]
          : [`DTSTART;TZID=Europe/Berlin:${day}T${String(event.hour).padStart(2, '0')}0000`, 'DURATION:PT2H'];
      return vevent(event.uid, [
        `SUMMARY:${event.title}`,
        ...start,
        ...(event.cancelled ? ['STATUS:CANCELLED'] : []),
        ...(event.repeat ? ['RRULE:FREQ=WEEKLY;COUNT=3'] : []),
      ]);
    }),
  ),
);

describe('comparing a calendar file with the plan', () => {
  it(
    'finds nothing to do when a Tierline export is imported into the plan it came from',
    () => {
      fc.assert(
        fc.property(planArbitrary, (input) => {
          const plan = fromExport(input);
          const { diff, writes: result } = writes(exportIcs(input), plan);
          expect(diff.problems).toEqual([]);
          expect(diff.rows.every((row) => row.status === 'unchanged')).toBe(true);
          expect(diff.counts.unchanged).toBe(diff.rows.length);
          nothingWritten(result);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'imports a Tierline export into an empty plan once: the second import finds it all unchanged',
    () => {
      fc.assert(
        fc.property(planArbitrary, (input) => {
          const text = exportIcs(input);
          const once = apply(emptyPlan(), writes(text, emptyPlan()).writes);
          const { diff, writes: again } = writes(text, once);
          expect(diff.counts.new).toBe(0);
          nothingWritten(again);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('imports a Google-style file twice as once: no duplicates, nothing changed', () => {
    fc.assert(
      fc.property(googleFile, (text) => {
        const first = writes(text, emptyPlan());
        const once = apply(emptyPlan(), first.writes);
        expect(once.announcements.length + once.windows.length).toBe(first.diff.counts.new);
        const { diff, writes: again } = writes(text, once);
        expect(diff.counts).toEqual({ new: 0, changed: 0, cancelled: 0, unchanged: first.diff.rows.length });
        nothingWritten(again);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('an edited file against the plan it came from', () => {
  const launch = {
    id: 'a1',
    title: 'Billing v2',
    launchDate: '2027-02-10',
    launchTime: null,
    timeZone: 'Europe/Berlin',
    templateSetId: templateSet.id,
    tierKey: 'major',
    status: 'planned' as const,
  };
  const base = (): ExportInput => {
    const input = fc.sample(planArbitrary, { numRuns: 1, seed: 7 })[0] as ExportInput;
    const make = (id: string, title: string, day: CalendarDay) => ({
      ...(input.announcements[0] ?? ({} as Announcement)),
      ...launch,
      id,
      title,
      launchDate: day,
    });
    return {
      ...input,
      announcements: [
        make('a1', 'Billing v2', calendarDay('2027-02-10')),
        make('a2', 'Search', calendarDay('2027-02-11')),
        make('a3', 'Export', calendarDay('2027-02-12')),
      ],
      items: [],
      windows: [],
    };
  };

  it('lists exactly the moved, renamed and cancelled events, before → after, and applies them', () => {
    const input = base();
    const plan = fromExport(input);
    const edited = exportIcs(input)
      .replace('DTSTART;VALUE=DATE:20270210', 'DTSTART;VALUE=DATE:20270217')
      .replace('DTEND;VALUE=DATE:20270211', 'DTEND;VALUE=DATE:20270218')
      .replace('SUMMARY:Search', 'SUMMARY:Search everywhere')
      .replace(/(UID:a3@tierline\r\n(?:.*\r\n)*?)STATUS:CONFIRMED/, '$1STATUS:CANCELLED');
    const { diff, writes: result } = writes(edited, plan);
    expect(diffSummary(diff.counts)).toBe('2 changed, 1 cancelled');
    const changes = diff.rows
      .filter((row) => row.status !== 'unchanged')
      .map((row) => [row.status, row.match?.before, row.match?.after]);
    expect(changes).toEqual([
      [
        'changed',
        { title: 'Billing v2', start: '2027-02-10', end: null, cancelled: false },
        { title: 'Billing v2', start: '2027-02-17', end: null, cancelled: false },
      ],
      [
        'changed',
        { title: 'Search', start: '2027-02-11', end: null, cancelled: false },
        { title: 'Search everywhere', start: '2027-02-11', end: null, cancelled: false },
      ],
      [
        'cancelled',
        { title: 'Export', start: '2027-02-12', end: null, cancelled: false },
        { title: 'Export', start: '2027-02-12', end: null, cancelled: true },
      ],
    ]);
    const after = apply(plan, result);
    expect(after.announcements.map((a) => [a.id, a.title, a.launchDate, a.status])).toEqual([
      ['a1', 'Billing v2', '2027-02-17', 'planned'],
      ['a2', 'Search everywhere', '2027-02-11', 'planned'],
      ['a3', 'Export', '2027-02-12', 'cancelled'],
    ]);
    // The same edited file again: everything as the plan now has it.
    const again = writes(edited, after);
    expect(diffSummary(again.diff.counts)).toBe('3 unchanged');
    nothingWritten(again.writes);
  });

  it('keeps a record edited here since the export unless the planner takes the file’s version', () => {
    const input = base();
    const exported = exportIcs(input);
    const renamedInFile = exported.replace('SUMMARY:Search', 'SUMMARY:Search (file)');
    const plan = fromExport(input);
    plan.announcements = plan.announcements.map((a) =>
      a.id === 'a2' ? { ...a, title: 'Search (mine)' } : a,
    );
    // The unedited export does not undo the local edit: the file did not change since.
    expect(diffSummary(writes(exported, plan).diff.counts)).toBe('3 unchanged');
    const { diff, writes: kept } = writes(renamedInFile, plan);
    const row = diff.rows.find((candidate) => candidate.status === 'changed');
    expect(row?.editedHere).toBe(true);
    expect(kept.updated).toEqual([]);
    // Keeping mine is remembered: the same file does not ask again.
    const afterKeep = apply(plan, kept);
    expect(diffSummary(writes(renamedInFile, afterKeep).diff.counts)).toBe('3 unchanged');
    const taken = writes(renamedInFile, plan, { [row?.key ?? '']: 'theirs' }).writes;
    expect(taken.updated.map((planned) => planned.record.title)).toEqual(['Search (file)']);
  });

  it('says "3 new, 2 changed, 40 unchanged, 1 cancelled" with the non-zero counts only', () => {
    expect(diffSummary({ new: 3, changed: 2, unchanged: 40, cancelled: 1 })).toBe(
      '3 new, 2 changed, 40 unchanged, 1 cancelled',
    );
    expect(diffSummary({ new: 1, changed: 0, unchanged: 0, cancelled: 0 })).toBe('1 new');
    expect(diffSummary({ new: 0, changed: 0, unchanged: 0, cancelled: 0 })).toBe('nothing to import');
  });

  it('updates a Google event moved in a newer version of its file instead of adding it again', () => {
    const v1 = calendar(vevent('m@google.com', ['DTSTART:20270301T090000Z', 'DURATION:PT1H']));
    const v2 = v1.replace('20270301T090000Z', '20270302T090000Z');
    const once = apply(emptyPlan(), writes(v1, emptyPlan()).writes);
    const { diff, writes: second } = writes(v2, once);
    expect(diffSummary(diff.counts)).toBe('1 changed');
    const after = apply(once, second);
    expect(after.windows.map((w) => [w.title, w.start, w.end])).toEqual([
      ['Event m@google.com', '2027-03-02T09:00:00.000Z', '2027-03-02T10:00:00.000Z'],
    ]);
  });
});

describe('hostile input: conflicting and duplicate identities in a re-import', () => {
  const oneLaunch = (): Plan => {
    const first = writes(
      calendar(vevent('x@google.com', ['SUMMARY:Launch', 'DTSTART;VALUE=DATE:20270301'])),
      emptyPlan(),
    );
    return apply(emptyPlan(), first.writes);
  };

  it('leaves out a second event that claims the record another event of the file already updates', () => {
    const plan = oneLaunch();
    const id = plan.announcements[0]?.id ?? '';
    const text = calendar(
      vevent('x@google.com', ['SUMMARY:Launch', 'DTSTART;VALUE=DATE:20270302']),
      vevent(`${id}@tierline`, [
        'SUMMARY:Launch hijacked',
        'DTSTART;VALUE=DATE:20270309',
        'X-TIERLINE-KIND:announcement',
        'X-TIERLINE-RECORD:{}',
      ]),
    );
    const { diff, writes: result } = writes(text, plan);
    expect(diff.problems).toEqual([
      {
        reason: 'left out: the event on line 4 already stands for the same announcement',
        line: 10,
        uid: `${id}@tierline`,
      },
    ]);
    expect(result.updated.map((p) => (p.kind === 'announcement' ? p.record.launchDate : ''))).toEqual([
      '2027-03-02',
    ]);
    expect(result.created.announcements).toEqual([]);
  });

  it('never overwrites a record whose id a Tierline UID names under another kind', () => {
    const plan = oneLaunch();
    const id = plan.announcements[0]?.id ?? '';
    const text = calendar(
      vevent(`${id}@tierline`, [
        'DTSTART:20270301T090000Z',
        'DURATION:PT1H',
        'X-TIERLINE-KIND:window',
        `X-TIERLINE-RECORD:{"id":"${id}"}`,
      ]),
    );
    const { diff, writes: result } = writes(text, plan, {}, 'Other');
    expect(diff.counts.new).toBe(1);
    expect(result.updated).toEqual([]);
    expect(result.created.windows.map((w) => w.id)).not.toContain(id);
  });

  it('imports an event again as new when the record its source remembers was deleted', () => {
    const plan = oneLaunch();
    const gone = { ...plan, announcements: [] };
    const { diff, writes: result } = writes(
      calendar(vevent('x@google.com', ['SUMMARY:Launch', 'DTSTART;VALUE=DATE:20270301'])),
      gone,
    );
    expect(diff.counts).toEqual({ new: 1, changed: 0, cancelled: 0, unchanged: 0 });
    expect(result.sources.map((source) => source.uid)).toEqual(['x@google.com']);
  });

  it('keeps the same UID from two different calendars apart', () => {
    const plan = oneLaunch();
    const text = calendar(vevent('x@google.com', ['SUMMARY:Other launch', 'DTSTART;VALUE=DATE:20270305']));
    const { diff, writes: result } = writes(text, plan, {}, 'Another calendar');
    expect(diff.counts.new).toBe(1);
    expect(result.updated).toEqual([]);
  });
});

describe('the calendar a file is', () => {
  const head = (lines: string[]) =>
    ['BEGIN:VCALENDAR', ...lines, 'BEGIN:VEVENT', 'X-WR-CALNAME:Not me', 'END:VEVENT'].join('\r\n');

  it('is its X-WR-CALNAME, else the product of its PRODID without a version, else the file name', () => {
    expect(
      calendarIdentity(
        head(['PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-CALNAME:Team\\, EU']),
        'a.ics',
      ),
    ).toBe('Team, EU');
    expect(calendarIdentity(head(['PRODID:-//Nextcloud Tasks v0.16//EN']), 'a.ics')).toBe('Nextcloud Tasks');
    expect(calendarIdentity(head(['PRODID:-//Google Inc//Google Calendar 70.9054//EN']), 'a.ics')).toBe(
      'Google Calendar',
    );
    expect(calendarIdentity(head([]), 'a.ics')).toBe('a.ics');
  });
});
