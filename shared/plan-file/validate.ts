import { personNameKey } from '../people/names';
import { dueDateRangeProblem, launchDueDateProblem } from '../checklist/due-range';
import { generateCommsChecklist } from '../maintenance/comms-plan';
import { windowLengthProblem } from '../maintenance/window-limits';
import { quoteValue } from '../text-limits';
import { defaultSettings } from '../settings-defaults';
import { localToInstant, toLocalDateTime } from '../zoned-time';
import type { JsonProblem } from './json-path';
import { issuesToProblems, jsonPath, unknownKeys } from './json-path';
import type { PlanFile } from './schema';
import {
  launchDay,
  PLAN_ANNOUNCEMENT_KEYS,
  PLAN_FILE_VERSION,
  PLAN_KEYS,
  PLAN_PERSON_KEYS,
  PLAN_LINK_KEYS,
  PLAN_MAINTENANCE_KEYS,
  PLAN_OCCURRENCE_KEYS,
  PLAN_STEP_KEYS,
  planFileSchema,
} from './schema';
import { occurrenceProblems } from './occurrences';
import { doneNameMatches, planTemplateSet } from './to-records';
import { jsonDepthProblem } from './json-depth';
import { findTier } from '../templates/built-in-sets';

export type PlanValidation =
  | { ok: true; plan: PlanFile; warnings: JsonProblem[] }
  | { ok: false; problems: JsonProblem[]; warnings: JsonProblem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownFieldWarnings(json: Record<string, unknown>): JsonProblem[] {
  const warnings = unknownKeys(json, PLAN_KEYS, []);
  const lists: [string, readonly string[]][] = [
    ['announcements', PLAN_ANNOUNCEMENT_KEYS],
    ['maintenance', PLAN_MAINTENANCE_KEYS],
    ['people', PLAN_PERSON_KEYS],
  ];
  for (const [list, keys] of lists) {
    const entries = json[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: unknown, index) => {
      warnings.push(...unknownKeys(entry, keys, [list, index]));
      if (list === 'announcements' && isRecord(entry)) {
        warnings.push(...unknownKeys(entry.links, PLAN_LINK_KEYS, [list, index, 'links']));
      }
      if (list === 'maintenance' && isRecord(entry) && Array.isArray(entry.occurrences)) {
        entry.occurrences.forEach((row: unknown, rowIndex) => {
          const path = [list, index, 'occurrences', rowIndex];
          warnings.push(...unknownKeys(row, PLAN_OCCURRENCE_KEYS, path));
          if (!isRecord(row) || !isRecord(row.steps)) return;
          for (const [key, step] of Object.entries(row.steps)) {
            // Said, not silently dropped: the schema leaves a "__proto__" key out of what it reads.
            if (key === '__proto__')
              warnings.push({
                path: jsonPath([...path, 'steps', key]),
                message: 'unknown field "__proto__" is ignored',
              });
            else warnings.push(...unknownKeys(step, PLAN_STEP_KEYS, [...path, 'steps', key]));
          }
        });
      }
    });
  }
  return warnings;
}

// Two entries of the people list that are one person by name would make the import ambiguous.
function peopleProblems(plan: PlanFile): JsonProblem[] {
  const seen = new Map<string, number>();
  const problems: JsonProblem[] = [];
  (plan.people ?? []).forEach((person, index) => {
    const key = personNameKey(person.name);
    const earlier = seen.get(key);
    if (earlier !== undefined)
      problems.push({
        path: jsonPath(['people', index, 'name']),
        message: `${quoteValue(person.name)} is already listed at $.people[${earlier}]`,
      });
    else seen.set(key, index);
  });
  return problems;
}

// Rules that need more than one field: tiers of the named set, `done` names, time order, unique ids.
function crossFieldProblems(plan: PlanFile): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const set = planTemplateSet(plan);
  const settings = defaultSettings(plan.timeZone);
  const seen = new Map<string, string>();
  const checkId = (id: string | undefined, path: PropertyKey[]): void => {
    if (id === undefined) return;
    const earlier = seen.get(id);
    if (earlier) problems.push({ path: jsonPath(path), message: `id "${id}" is already used at ${earlier}` });
    else seen.set(id, jsonPath(path));
  };
  plan.announcements.forEach((entry, index) => {
    checkId(entry.id, ['announcements', index, 'id']);
    const tier = findTier(set, entry.tier);
    if (!tier) {
      const keys = set.tiers.map((candidate) => candidate.key).join(', ');
      problems.push({
        path: jsonPath(['announcements', index, 'tier']),
        message: `${quoteValue(entry.tier)} is not a tier of ${set.id} (use ${keys})`,
      });
      return;
    }
    const derived = launchDueDateProblem(tier, launchDay(entry.launch), settings);
    if (derived) problems.push({ path: jsonPath(['announcements', index, 'launch']), message: derived });
    entry.done.forEach((name, doneIndex) => {
      const known = tier.items.some((item) =>
        doneNameMatches(name, { title: item.title, templateItemId: item.id }),
      );
      if (!known) {
        problems.push({
          path: jsonPath(['announcements', index, 'done', doneIndex]),
          message: `${quoteValue(name)} is not an item of the ${tier.name} checklist`,
        });
      }
    });
  });
  plan.maintenance.forEach((entry, index) => {
    checkId(entry.id, ['maintenance', index, 'id']);
    const zone = entry.timeZone ?? plan.timeZone;
    const start = localToInstant(toLocalDateTime(entry.start), zone);
    const end = localToInstant(toLocalDateTime(entry.end), zone);
    if (end <= start) {
      problems.push({
        path: jsonPath(['maintenance', index, 'end']),
        message: `must be after start (${entry.start} ${zone})`,
      });
      return;
    }
    const tooLong = windowLengthProblem(start, end);
    if (tooLong) {
      problems.push({ path: jsonPath(['maintenance', index, 'end']), message: tooLong });
      return;
    }
    const window = {
      ...entry,
      ownerId: null,
      id: 'check',
      start,
      end,
      timeZone: zone,
      createdAt: start,
      updatedAt: start,
    };
    const items = generateCommsChecklist({ window, settings, now: start });
    const derived = dueDateRangeProblem(items);
    if (derived) {
      problems.push({ path: jsonPath(['maintenance', index, 'start']), message: derived.message });
      return;
    }
    entry.done.forEach((name, doneIndex) => {
      if (!items.some((item) => doneNameMatches(name, item))) {
        problems.push({
          path: jsonPath(['maintenance', index, 'done', doneIndex]),
          message: `${quoteValue(name)} is not an item of this window's communications checklist`,
        });
      }
    });
    const series = entry.repeat ? { ...window, recurrence: entry.repeat } : window;
    problems.push(...occurrenceProblems(entry, index, series, settings));
  });
  return problems;
}

/**
 * Checks a parsed JSON value against plan-file versions 1 and 2 (2 adds changed occurrences). Invalid or missing required fields are
 * problems and unknown fields warnings, each with its JSON path (e.g. `$.announcements[0].launch`);
 * a plan from a newer Tierline is refused with a message saying so. Days outside the plannable
 * range (given or derived through a checklist offset), over-long text, windows over MAX_WINDOW_DAYS
 * and JSON nested deeper than a plan ever is are problems too, as are changed occurrences the
 * window's rule does not have (see occurrenceProblems). On success the plan has every
 * default filled in and is safe to hand to `planToRecords`.
 */
export function validatePlanFile(json: unknown): PlanValidation {
  if (!isRecord(json)) {
    return {
      ok: false,
      problems: [{ path: '$', message: 'a plan file is a JSON object with "tierline": 1' }],
      warnings: [],
    };
  }
  const tooDeep = jsonDepthProblem(json);
  if (tooDeep) return { ok: false, problems: [tooDeep], warnings: [] };
  const version = json.tierline;
  if (typeof version === 'number' && version > PLAN_FILE_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: '$.tierline',
          message: `this plan was made by a newer Tierline (plan-file version ${version}); this one reads versions up to ${PLAN_FILE_VERSION}`,
        },
      ],
      warnings: [],
    };
  }
  const warnings = unknownFieldWarnings(json);
  if (json.timeZone === undefined)
    warnings.push({ path: '$.timeZone', message: 'no time zone given: UTC is assumed' });
  const parsed = planFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.error.issues), warnings };
  const problems = [...crossFieldProblems(parsed.data), ...peopleProblems(parsed.data)];
  if (problems.length > 0) return { ok: false, problems, warnings };
  return { ok: true, plan: parsed.data, warnings };
}
