import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../shared/export/ics-export';
import { recordsToPlan } from '../../../shared/plan-file/from-records';
import { planRecordTime, planToRecords } from '../../../shared/plan-file/to-records';
import { validatePlanFile } from '../../../shared/plan-file/validate';
import { utcInstant } from '../../dates';

const SAMPLE = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../cli/fixtures/plan.json'), 'utf8'),
) as Record<string, unknown>;

function validPlan(json: unknown) {
  const result = validatePlanFile(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('validatePlanFile', () => {
  it('accepts the sample plan and fills in the defaults', () => {
    const { plan, warnings } = validPlan(SAMPLE);
    expect(warnings).toEqual([]);
    expect(plan.announcements[1]).toMatchObject({ status: 'planned', summary: '', done: [] });
    expect(plan.maintenance[0]).toMatchObject({ disruption: 'downtime', audience: 'affected' });
  });

  it('names each invalid or missing required field by its JSON path', () => {
    const broken = {
      tierline: 1,
      timeZone: 'Mars/Base',
      announcements: [
        { title: 'No launch', tier: 'major' },
        { title: 'x', tier: 'major', launch: '2026-02-30' },
      ],
      maintenance: [{ title: 'w', start: '2026-12-05T22:00', end: 'soon' }],
    };
    const result = validatePlanFile(broken);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.timeZone',
        '$.announcements[0].launch',
        '$.announcements[1].launch',
        '$.maintenance[0].end',
      ]),
    );
  });

  it('reports unknown fields as warnings, not errors', () => {
    const result = validatePlanFile({
      ...SAMPLE,
      colour: 'blue',
      announcements: [
        {
          title: 'x',
          tier: 'minor',
          launch: '2026-12-01',
          lanch: 'typo',
          links: { blog: 'https://x', wiki: 'y' },
        },
      ],
    });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => warning.path)).toEqual([
      '$.colour',
      '$.announcements[0].lanch',
      '$.announcements[0].links.wiki',
    ]);
  });

  it('checks tiers, done names, time order and duplicate ids across fields', () => {
    const result = validatePlanFile({
      tierline: 1,
      timeZone: 'UTC',
      templateSet: 'handbook-earlier',
      announcements: [
        { id: 'same', title: 'a', tier: 'major', launch: '2026-12-01' },
        { id: 'same', title: 'b', tier: 'tier-1', launch: '2026-12-01', done: ['Not a real item'] },
      ],
      maintenance: [{ title: 'w', start: '2026-12-05T22:00', end: '2026-12-05T21:00' }],
    });
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual([
      '$.announcements[0].tier',
      '$.announcements[1].id',
      '$.announcements[1].done[0]',
      '$.maintenance[0].end',
    ]);
  });

  it('refuses plans from a newer Tierline and things that are not plans', () => {
    const newer = validatePlanFile({ tierline: 3 });
    expect(newer.ok ? '' : newer.problems[0]?.message).toContain('newer Tierline');
    expect(validatePlanFile([]).ok).toBe(false);
    expect(validatePlanFile({ announcements: [] }).ok).toBe(false);
  });
});

describe('planToRecords', () => {
  const { plan } = validPlan(SAMPLE);

  it('generates checklists from the tier, marks done items and keeps plan ids', () => {
    const records = planToRecords(plan, { now: utcInstant('2026-11-20T00:00:00.000Z') });
    expect(records.announcements.map((a) => a.id)[0]).toBe('session-replay-mobile');
    const replayItems = records.items.filter((item) => item.parentId === 'session-replay-mobile');
    expect(replayItems.length).toBeGreaterThan(5);
    expect(replayItems.filter((item) => item.done).map((item) => item.templateItemId)).toEqual([
      'dedicated-blog-post',
    ]);
    expect(records.announcements[1]).toMatchObject({
      launchDate: '2026-12-08',
      launchTime: '15:00',
      timeZone: 'Europe/London',
      tierKey: 'medium',
    });
    expect(records.windows[0]).toMatchObject({
      id: 'eu-db-upgrade',
      start: '2026-12-05T22:00:00.000Z',
      end: '2026-12-06T02:00:00.000Z',
    });
    expect(records.items.some((item) => item.parentId === 'eu-db-upgrade')).toBe(true);
  });

  it('derives the same ids for id-less records every time, so exports are byte-identical', () => {
    const stamp = planRecordTime(plan);
    const first = exportIcs({
      ...planToRecords(plan, { now: stamp }),
      now: utcInstant('2026-11-20T00:00:00.000Z'),
    });
    const again = exportIcs({
      ...planToRecords(validPlan(structuredClone(SAMPLE)).plan, { now: planRecordTime(plan) }),
      now: utcInstant('2026-11-21T00:00:00.000Z'),
    });
    expect(first.replace(/^DTSTAMP:.*$/gm, '')).toBe(again.replace(/^DTSTAMP:.*$/gm, ''));
    expect(first).toMatch(/^UID:announcement-[0-9a-f]{16}@tierline\r$/m);
  });

  it('survives a trip through recordsToPlan', () => {
    const records = planToRecords(plan, { now: utcInstant('2026-11-20T00:00:00.000Z') });
    const { plan: written, warnings } = recordsToPlan({ ...records, timeZone: plan.timeZone });
    expect(warnings).toEqual([]);
    const reread = validPlan(JSON.parse(JSON.stringify(written)));
    const again = planToRecords(reread.plan, { now: utcInstant('2026-11-20T00:00:00.000Z') });
    expect(again.announcements).toEqual(records.announcements);
    expect(again.windows).toEqual(records.windows);
    expect(again.items).toEqual(records.items);
  });
});
