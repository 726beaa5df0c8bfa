import type { PlanFileInput } from '../../../shared/plan-file/schema';
import { PLAN_FILE_VERSION_PLAIN } from '../../../shared/plan-file/schema';
import { HANDBOOK_CURRENT } from '../../../shared/templates/built-in-data';
import { instantToLocal } from '../../../shared/zoned-time';
import type { BenchPlan } from './plan';

/**
 * The benchmark plan as a Tierline plan file, for the import rows: the same launches and windows
 * (ids, titles, days, times, tiers, statuses) as the rows the other measures write. A plan file
 * names a built-in template set and the app generates each launch's checklist from its tier, so
 * the items are the handbook's (about as many per launch as the benchmark's nine: 14, 9 and 4 for
 * major, medium and minor), every other one done as in the benchmark plan, and windows get their
 * communications steps. What the import wrote is what the raw write then writes, row for row.
 */
export function benchPlanFile(plan: BenchPlan): PlanFileInput {
  const tiers = new Map(HANDBOOK_CURRENT.tiers.map((tier) => [tier.key, tier.items]));
  return {
    tierline: PLAN_FILE_VERSION_PLAIN,
    timeZone: 'Europe/London',
    templateSet: 'handbook-current',
    announcements: plan.announcements.map((row) => ({
      id: row.id,
      title: row.title,
      tier: row.tierKey,
      launch: row.launchTime ? `${row.launchDate}T${row.launchTime}` : row.launchDate,
      status: row.status,
      done: (tiers.get(row.tierKey) ?? []).filter((_, order) => order % 2 === 0).map((item) => item.id),
    })),
    maintenance: plan.maintenanceWindows.map((row) => ({
      id: row.id,
      title: row.title,
      start: instantToLocal(row.start, row.timeZone),
      end: instantToLocal(row.end, row.timeZone),
      timeZone: row.timeZone,
      disruption: row.disruption,
      services: [...row.services],
      status: row.status,
      audience: row.audience,
    })),
  };
}
