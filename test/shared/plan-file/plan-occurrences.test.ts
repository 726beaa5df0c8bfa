import { describe, expect, it } from 'vitest';
import { recordsToPlan } from '../../../shared/plan-file/from-records';
import { planToRecords } from '../../../shared/plan-file/to-records';
import { validatePlanFile } from '../../../shared/plan-file/validate';
import { newPerson } from '../../../shared/people/resolve-names';
import { personIdForKey } from '../../../shared/people/upgrade-v2';
import type { WindowOccurrence } from '../../../shared/types';
import { APR, FEB, MAR, monthlyPatch, patchOccurrence } from '../recurrence/patch-series';
import { calendarDay, utcInstant } from '../../dates';

const NOW = utcInstant('2026-12-01T10:00:00.000Z');
const ANA = newPerson(personIdForKey('ana'), 'Ana', NOW);

// Cancelled in February, moved a day later in March, a step ticked, reassigned and dated in April.
const CHANGES: WindowOccurrence[] = [
  patchOccurrence(FEB, { cancelled: true, updatedAt: NOW, sequence: 2 }),
  patchOccurrence(MAR, {
    start: utcInstant('2027-03-10T22:00:00.000Z'),
    end: utcInstant('2027-03-11T01:00:00.000Z'),
    updatedAt: NOW,
  }),
  patchOccurrence(APR, {
    updatedAt: NOW,
    comms: {
      'advance-email': {
        done: true,
        doneAt: utcInstant('2027-04-01T08:15:00.000Z'),
        assigneeId: ANA.id,
        dueDate: calendarDay('2027-04-02'),
      },
    },
  }),
];

/** A plan file as a person would save and open it: through JSON text, then validated. */
function throughFile(changes: readonly WindowOccurrence[]) {
  const { plan } = recordsToPlan({
    announcements: [],
    items: [],
    windows: [monthlyPatch(6)],
    people: [ANA],
    timeZone: 'Europe/London',
    occurrences: changes,
  });
  const json: unknown = JSON.parse(JSON.stringify(plan));
  const validation = validatePlanFile(json);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  return { json: json as Record<string, unknown>, validation };
}

/** A valid version-2 plan of the patch series with the given occurrence list, for hostile rows. */
function planWith(occurrences: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { json } = throughFile(CHANGES);
  const maintenance = json.maintenance as Record<string, unknown>[];
  return { ...json, maintenance: [{ ...maintenance[0], occurrences, ...extra }] };
}

function problemsOf(json: unknown): string[] {
  const result = validatePlanFile(json);
  return result.ok ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('plan files carry changed occurrences (issue 11)', () => {
  it('round-trips cancelled, moved and step-changed occurrences: plan → file → plan is equal', () => {
    const { json, validation } = throughFile(CHANGES);
    expect(json.tierline).toBe(2);
    expect(validation.warnings).toEqual([]);
    const records = planToRecords(validation.plan, { now: NOW });
    expect(records.windows.map((w) => w.recurrence)).toEqual([monthlyPatch(6).recurrence]);
    expect(records.occurrences).toEqual(CHANGES);
    expect(records.people.map((person) => person.id)).toContain(ANA.id);
  });

  it('writes the times on the wall clock of the series zone, as its start and end', () => {
    const { json } = throughFile(CHANGES);
    const [series] = json.maintenance as { occurrences: Record<string, unknown>[] }[];
    expect(series?.occurrences.map((row) => [row.originalStart, row.start ?? null, row.cancelled])).toEqual([
      ['2027-02-09T22:00', null, true],
      ['2027-03-09T22:00', '2027-03-10T22:00', false],
      ['2027-04-13T22:00', null, false],
    ]);
  });

  it('stays version 1, readable by older Tierlines, when no occurrence changed', () => {
    const { json, validation } = throughFile([]);
    expect(json.tierline).toBe(1);
    expect((json.maintenance as Record<string, unknown>[])[0]).not.toHaveProperty('occurrences');
    // The rule is a known field: no "unknown field" warning for it.
    expect(validation.warnings).toEqual([]);
    expect(planToRecords(validation.plan, { now: NOW }).occurrences).toEqual([]);
  });

  it('reads a version-1 file written before occurrences existed', () => {
    const { json } = throughFile([]);
    const result = validatePlanFile({ ...json, tierline: 1 });
    expect(result.ok).toBe(true);
  });

  it('hostile input: occurrences on a window that does not repeat', () => {
    expect(
      problemsOf(planWith([{ originalStart: '2027-02-09T22:00', cancelled: true }], { repeat: undefined })),
    ).toEqual([
      '$.maintenance[0].occurrences: only a repeating window (with "repeat") has changed occurrences',
    ]);
  });

  it('hostile input: an original start the rule never gives, or the same one twice', () => {
    expect(
      problemsOf(
        planWith([
          { originalStart: '2027-02-10T22:00', cancelled: true },
          { originalStart: '2027-02-09T21:00', cancelled: true },
          { originalStart: '2027-03-09T22:00', cancelled: true },
          { originalStart: '2027-03-09T22:00', cancelled: false },
          // Past the series' sixth and last occurrence (June).
          { originalStart: '2027-07-13T22:00', cancelled: true },
        ]),
      ),
    ).toEqual([
      `$.maintenance[0].occurrences[0].originalStart: "2027-02-10T22:00" is not an occurrence of this window's rule (Europe/London)`,
      `$.maintenance[0].occurrences[1].originalStart: "2027-02-09T21:00" is not an occurrence of this window's rule (Europe/London)`,
      '$.maintenance[0].occurrences[3].originalStart: this occurrence is already listed at $.maintenance[0].occurrences[2]',
      `$.maintenance[0].occurrences[4].originalStart: "2027-07-13T22:00" is not an occurrence of this window's rule (Europe/London)`,
    ]);
  });

  it('hostile input: a move without an end, ending before it starts, or longer than a window may be', () => {
    expect(
      problemsOf(
        planWith([
          { originalStart: '2027-02-09T22:00', start: '2027-02-10T22:00' },
          { originalStart: '2027-03-09T22:00', start: '2027-03-10T22:00', end: '2027-03-10T21:00' },
          { originalStart: '2027-04-13T22:00', start: '2027-04-13T22:00', end: '2027-06-13T22:00' },
        ]),
      ),
    ).toEqual([
      '$.maintenance[0].occurrences[0].end: a moved occurrence needs both start and end',
      '$.maintenance[0].occurrences[1].end: must be after start (2027-03-10T22:00 Europe/London)',
      expect.stringMatching(/^\$\.maintenance\[0\]\.occurrences\[2\]\.end: /),
    ]);
  });

  it('hostile input: unknown and malformed step keys are refused by path', () => {
    expect(
      problemsOf(
        planWith([
          { originalStart: '2027-02-09T22:00', steps: { 'launch-party': { done: true } } },
          { originalStart: '2027-03-09T22:00', steps: { 'Advance Email': { done: true } } },
        ]),
      ),
    ).toEqual([
      '$.maintenance[0].occurrences[1].steps["Advance Email"]: is not a communications step key such as "advance-email"',
    ]);
    expect(
      problemsOf(
        planWith([{ originalStart: '2027-02-09T22:00', steps: { 'launch-party': { done: true } } }]),
      ),
    ).toEqual([
      `$.maintenance[0].occurrences[0].steps["launch-party"]: "launch-party" is not a step of this window's communications checklist`,
    ]);
  });

  it('hostile input: a "__proto__" step is ignored with a warning and changes no prototype', () => {
    const text = JSON.stringify(planWith([])).replace(
      '"occurrences":[]',
      '"occurrences":[{"originalStart":"2027-04-13T22:00","steps":{"__proto__":{"done":true}}}]',
    );
    const result = validatePlanFile(JSON.parse(text));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings.map((warning) => warning.path)).toEqual([
      '$.maintenance[0].occurrences[0].steps.__proto__',
    ]);
    const [row] = planToRecords(result.plan, { now: NOW }).occurrences;
    expect(Object.keys(row?.comms ?? { x: 1 })).toEqual([]);
    expect(({} as Record<string, unknown>).done).toBeUndefined();
  });

  it('hostile input: wrong types, dates out of range and a list too long are refused by path', () => {
    expect(
      problemsOf(
        planWith([
          { originalStart: 'next Tuesday' },
          { originalStart: '2027-02-09T22:00', cancelled: 'yes' },
          { originalStart: '2027-03-09T22:00', steps: { 'advance-email': { due: '9999-01-01' } } },
        ]),
      ).map((problem) => problem.split(':')[0]),
    ).toEqual([
      '$.maintenance[0].occurrences[0].originalStart',
      '$.maintenance[0].occurrences[1].cancelled',
      '$.maintenance[0].occurrences[2].steps["advance-email"].due',
    ]);
    const many = Array.from({ length: 1001 }, () => ({ originalStart: '2027-02-09T22:00' }));
    expect(problemsOf(planWith(many))).toEqual([
      '$.maintenance[0].occurrences: must list at most 1,000 occurrences',
    ]);
  });

  it('hostile input: a plan-file version from the future is refused, naming the versions read', () => {
    expect(problemsOf({ tierline: 3 })).toEqual([
      '$.tierline: this plan was made by a newer Tierline (plan-file version 3); this one reads versions up to 2',
    ]);
  });
});

describe('plan files leave out what they could not read back', () => {
  it('drops a change the rule no longer has and a step the checklist lacks, staying version 1 when nothing is left', () => {
    const stale = [
      patchOccurrence(utcInstant('2027-02-10T22:00:00.000Z'), { cancelled: true }),
      patchOccurrence(FEB, {
        comms: { 'no-such-step': { done: true, doneAt: NOW, assigneeId: null, dueDate: null } },
      }),
    ];
    const { json, validation } = throughFile(stale);
    expect(json.tierline).toBe(2);
    expect((json.maintenance as { occurrences: unknown[] }[])[0]?.occurrences).toEqual([
      { originalStart: '2027-02-09T22:00', cancelled: false, steps: {}, sequence: 1 },
    ]);
    expect(validation.ok).toBe(true);
    expect(throughFile([stale[0] as WindowOccurrence]).json.tierline).toBe(1);
  });
});
