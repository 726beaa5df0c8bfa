import { planRecordTime, planToRecords } from '../../shared/plan-file/to-records';
import { validatePlanFile } from '../../shared/plan-file/validate';
import type { ExportInput } from '../../shared/export/types';
import { utcInstant } from '../dates';

/** A plan file with `count` announcements (ids launch-0…), spread over 2027, as a team would keep in git. */
export function bigPlanJson(count: number): string {
  const tiers = ['major', 'medium', 'minor'];
  const announcements = Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2027, 0, 4) + (index % 300) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `launch-${index}`,
      title: `Launch ${index}: ${['Session replay', 'Funnels', 'Heatmaps', 'Alerts'][index % 4]}`,
      tier: tiers[index % 3],
      launch: index % 5 === 0 ? `${day}T15:00` : day,
      owner: ['Ana', 'Bo', 'Cy'][index % 3],
    };
  });
  return JSON.stringify({
    tierline: 1,
    timeZone: 'Europe/London',
    templateSet: 'handbook-current',
    announcements,
    maintenance: [],
  });
}

/** The plan file as the app's records, ready for the exporters. */
export function planInput(json: string): ExportInput {
  const validation = validatePlanFile(JSON.parse(json));
  if (!validation.ok)
    throw new Error(`fixture plan invalid: ${JSON.stringify(validation.problems.slice(0, 3))}`);
  const records = planToRecords(validation.plan, { now: planRecordTime(validation.plan) });
  return { ...records, now: utcInstant('2026-12-02T09:00:00.000Z') };
}
