import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../shared/calendar-day';
import { MAX_JSON_DEPTH } from '../../../shared/plan-file/json-depth';
import { validatePlanFile } from '../../../shared/plan-file/validate';
import { PLANNABLE_FIRST_DAY, PLANNABLE_LAST_DAY } from '../../../shared/plannable-range';

function plan(announcement: Record<string, unknown> = {}, maintenance: Record<string, unknown>[] = []) {
  return {
    tierline: 1,
    timeZone: 'UTC',
    announcements: [{ title: 'Session replay', tier: 'minor', launch: '2026-12-01', ...announcement }],
    maintenance,
  };
}

function problemsOf(json: unknown): { path: string; message: string }[] {
  const result = validatePlanFile(json);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

/** Real days outside the range: a few years either side, and the slips people type (9999, 0202). */
const outsideDayArb = fc.oneof(
  fc.integer({ min: 1, max: 3000 }).map((n) => addCalendarDays(PLANNABLE_LAST_DAY, n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => addCalendarDays(PLANNABLE_FIRST_DAY, -n)),
  fc.constantFrom('9999-12-31', '0202-06-01', '1000-01-01'),
);

describe('hostile input: plan files', () => {
  it('refuses a launch on 9999-12-31 at its JSON path, naming the value', () => {
    expect(problemsOf(plan({ launch: '9999-12-31' }))).toEqual([
      {
        path: '$.announcements[0].launch',
        message: '9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).',
      },
    ]);
  });

  it('refuses any launch day outside the range, date or date-time, with its JSON path (property)', () => {
    fc.assert(
      fc.property(outsideDayArb, fc.boolean(), (day, timed) => {
        const launch = timed ? `${day}T09:30` : day;
        const problems = problemsOf(plan({ launch }));
        expect(problems).toContainEqual({
          path: '$.announcements[0].launch',
          message: `${launch} is outside the dates Tierline plans (between 1900 and 2199).`,
        });
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a maintenance start outside the range at its JSON path (property)', () => {
    fc.assert(
      fc.property(outsideDayArb, (day) => {
        const window = { title: 'Upgrade', start: `${day}T22:00`, end: `${day}T23:00` };
        const problems = problemsOf(plan({}, [window]));
        expect(problems.map((problem) => problem.path)).toContain('$.maintenance[0].start');
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a launch whose checklist would run past 2199, naming the item', () => {
    const [problem] = problemsOf(plan({ tier: 'major', launch: '2199-12-30' }));
    expect(problem?.path).toBe('$.announcements[0].launch');
    expect(problem?.message).toMatch(/^“.+” would be due 2200-\d\d-\d\d, outside the dates Tierline plans/);
  });

  it('refuses a maintenance window of 396 days', () => {
    const window = { title: 'Upgrade', start: '2026-12-05T22:00', end: '2028-01-05T22:00' };
    expect(problemsOf(plan({}, [window]))).toEqual([
      {
        path: '$.maintenance[0].end',
        message: 'A window of 396 days (9,504 hours) is probably a typo: windows are at most 14 days.',
      },
    ]);
  });

  it('refuses a 5 MB tier name without echoing it back', () => {
    const problems = problemsOf(plan({ tier: 'x'.repeat(5_000_000) }));
    expect(problems).toEqual([
      { path: '$.announcements[0].tier', message: 'must be at most 100 characters' },
    ]);
  });

  it('quotes at most 60 characters of an unknown tier', () => {
    const [problem] = problemsOf(plan({ tier: 'y'.repeat(99) }));
    expect(problem?.message).toBe(
      `"${'y'.repeat(60)}…" (99 characters) is not a tier of handbook-current (use minor, medium, major)`,
    );
  });

  it('refuses over-long text in every free-text field instead of cutting it', () => {
    const long = (length: number) => 'a'.repeat(length);
    const problems = problemsOf(
      plan(
        {
          owner: long(201),
          summary: long(10_001),
          links: { pr: `https://x.io/${long(2000)}` },
          done: [long(501)],
        },
        [{ title: 'Upgrade', start: '2026-12-05T22:00', end: '2026-12-05T23:00', services: [long(201)] }],
      ),
    );
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      '$.announcements[0].done[0]',
      '$.announcements[0].links.pr',
      '$.announcements[0].owner',
      '$.announcements[0].summary',
      '$.maintenance[0].services[0]',
    ]);
  });

  it('refuses a 1 MB time zone with the short zone message', () => {
    const result = validatePlanFile({ ...plan(), timeZone: 'Z'.repeat(1_000_000) });
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '$.timeZone', message: 'must be an IANA time zone such as "Europe/London" or "UTC"' },
    ]);
  });

  it('cuts a pasted unknown key in its warning and path', () => {
    const result = validatePlanFile({ ...plan(), ['k'.repeat(100_000)]: 1 });
    expect(result.ok).toBe(true);
    const warning = result.warnings[0];
    expect(warning?.message.length).toBeLessThan(120);
    expect(warning?.path.length).toBeLessThan(80);
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels before validating it`, () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(problemsOf({ ...plan(), extra: deep })).toEqual([
      {
        path: '$',
        message: `nested more than ${MAX_JSON_DEPTH} levels deep; no plan file or backup is, so this one was not read`,
      },
    ]);
  });
});
