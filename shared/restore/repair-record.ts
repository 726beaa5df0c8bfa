import { findTier } from '../templates/built-in-sets';
import type { z } from 'zod';
import {
  announcementSchema,
  checklistItemSchema,
  maintenanceWindowSchema,
  settingsSchema,
} from '../backup/schema';
import { ANNOUNCEMENT_STATUSES, CHANNELS, DISRUPTIONS, MAINTENANCE_STATUSES } from '../types';
import type { Instant, Settings, TemplateSet } from '../types';
import type { DamagedRecord } from './restore-plan';

/** A damaged row made whole again, with each change said in words, for the planner to approve. */
export type Repair = { row: Record<string, unknown>; changes: string[] };

/** Why a record can't be repaired automatically: what only a person (or a backup) can decide. */
export type RepairRefusal = { reason: string };

export type RepairContext = {
  templateSets: readonly TemplateSet[];
  /** The plan's settings: their zone fills a missing zone. */
  settings: Settings;
  /** Ids of the announcements and windows the plan shows, for checklist items' parents. */
  parentIds: ReadonlySet<string>;
  now: Instant;
};

type Row = Record<string, unknown>;
type FieldFix = {
  name: string;
  /** Whether the stored value is acceptable as it is. */
  ok: (value: unknown) => boolean;
  value: (row: Row, context: RepairContext) => unknown;
  /** How the change reads, e.g. `title was missing: set to “Untitled announcement”`. */
  say: (value: unknown) => string;
};

const isString = (value: unknown) => typeof value === 'string';
const isBoolean = (value: unknown) => typeof value === 'boolean';
const isWhole = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const oneOf = (list: readonly string[]) => (value: unknown) =>
  typeof value === 'string' && list.includes(value);
const quoted = (value: unknown) => `“${String(value)}”`;

function text(name: string, fallback: string): FieldFix {
  return {
    name,
    ok: (value) => isString(value) && (fallback === '' || value.trim() !== ''),
    value: () => fallback,
    say: (value) =>
      `${name} was ${value === undefined ? 'missing' : 'unreadable'}: set to ${fallback === '' ? 'empty' : quoted(fallback)}`,
  };
}

/** An owner or assignee: a person's id or null; anything else (an old free-text name) means nobody. */
function personRef(name: string): FieldFix {
  return {
    name,
    ok: (value) => value === null || (isString(value) && value !== '' && value.length <= 300),
    value: () => null,
    say: (value) =>
      `${name} was ${value === undefined ? 'missing' : `unreadable (${quoted(value)})`}: set to nobody`,
  };
}

function choice(name: string, list: readonly string[], fallback: string): FieldFix {
  return {
    name,
    ok: oneOf(list),
    value: () => fallback,
    say: (value) =>
      `${name} ${value === undefined ? 'was missing' : `${quoted(value)} is not known`}: set to ${quoted(fallback)}`,
  };
}

function flag(name: string, fallback: boolean): FieldFix {
  return {
    name,
    ok: isBoolean,
    value: () => fallback,
    say: () => `${name} was unreadable: set to ${String(fallback)}`,
  };
}

function stamp(name: string): FieldFix {
  return {
    name,
    ok: (value) => isString(value) && !Number.isNaN(Date.parse(value)),
    value: (_row, context) => context.now,
    say: () => `${name} was unreadable: set to now`,
  };
}

const counter: FieldFix = {
  name: 'sequence',
  ok: isWhole,
  value: () => 0,
  say: () => 'sequence was unreadable: set to 0',
};

const announcementFixes: FieldFix[] = [
  text('title', 'Untitled announcement'),
  text('summary', ''),
  personRef('productOwnerId'),
  personRef('marketingOwnerId'),
  choice('status', ANNOUNCEMENT_STATUSES, 'planned'),
  {
    name: 'launchTime',
    ok: (value) => value === null || (isString(value) && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)),
    value: () => null,
    say: (value) => `launch time ${quoted(value)} was unreadable: the launch is now all day`,
  },
  {
    name: 'timeZone',
    ok: (value) => isString(value) && announcementSchema.shape.timeZone.safeParse(value).success,
    value: (_row, context) => context.settings.timeZone,
    say: (value) => `time zone ${quoted(value)} is not known: set to the plan's zone`,
  },
  {
    name: 'links',
    ok: (value) => announcementSchema.shape.links.safeParse(value).success,
    value: () => ({ pr: '', docs: '', blog: '' }),
    say: () => 'links were unreadable: cleared',
  },
  {
    name: 'templateSetId',
    ok: (value) => isString(value) && value !== '',
    value: (_row, context) => context.settings.activeTemplateSetId,
    say: () => `template set was missing: set to the plan's active set`,
  },
  stamp('createdAt'),
  stamp('updatedAt'),
  counter,
];

/** The smallest tier (rank 3, Minor / Tier 3) of a set: the least work to assume for an unknown tier. */
function smallestTier(set: TemplateSet): { key: string; name: string } | undefined {
  return [...set.tiers].sort((a, b) => b.rank - a.rank)[0];
}

const windowFixes: FieldFix[] = [
  text('title', 'Untitled maintenance window'),
  personRef('ownerId'),
  text('notes', ''),
  choice('disruption', DISRUPTIONS, 'downtime'),
  choice('audience', ['all', 'affected'], 'all'),
  choice('status', MAINTENANCE_STATUSES, 'planned'),
  {
    name: 'timeZone',
    ok: (value) => isString(value) && maintenanceWindowSchema.shape.timeZone.safeParse(value).success,
    value: (_row, context) => context.settings.timeZone,
    say: (value) => `time zone ${quoted(value)} is not known: set to the plan's zone`,
  },
  {
    name: 'services',
    ok: (value) => maintenanceWindowSchema.shape.services.safeParse(value).success,
    value: () => [],
    say: () => 'services were unreadable: cleared',
  },
  {
    name: 'audienceZones',
    ok: (value) => maintenanceWindowSchema.shape.audienceZones.safeParse(value).success,
    value: () => [],
    say: () => 'audience zones were unreadable: cleared',
  },
  stamp('createdAt'),
  stamp('updatedAt'),
  counter,
];

const itemFixes: FieldFix[] = [
  text('title', 'Untitled checklist item'),
  text('team', ''),
  personRef('assigneeId'),
  text('notes', ''),
  choice('channel', CHANNELS, 'other'),
  flag('done', false),
  flag('dueOverridden', false),
  flag('custom', true),
  flag('notInTier', false),
  {
    name: 'order',
    ok: (value) => typeof value === 'number' && Number.isInteger(value),
    value: () => 0,
    say: () => 'order was unreadable: set to 0',
  },
  stamp('updatedAt'),
  counter,
];

function applyFixes(row: Row, fixes: readonly FieldFix[], context: RepairContext): Repair {
  const repaired: Row = { ...row };
  const changes: string[] = [];
  for (const fix of fixes) {
    const value = row[fix.name];
    if (fix.ok(value)) continue;
    repaired[fix.name] = fix.value(repaired, context);
    changes.push(fix.say(value));
  }
  return { row: repaired, changes };
}

function finish(repair: Repair, schema: z.ZodType, what: string): Repair | RepairRefusal {
  const check = schema.safeParse(repair.row);
  if (check.success) return repair;
  const fields = [...new Set(check.error.issues.map((issue) => issue.path.map(String).join('.') || what))];
  return {
    reason: `${fields.join(', ')} can't be guessed: correct it by hand after downloading, delete it, or restore a backup`,
  };
}

function repairAnnouncement(row: Row, context: RepairContext): Repair | RepairRefusal {
  const repair = applyFixes(row, announcementFixes, context);
  const set = context.templateSets.find((candidate) => candidate.id === repair.row.templateSetId);
  if (!set) return { reason: `its template set ${quoted(repair.row.templateSetId)} is not in the plan` };
  const tierKey = repair.row.tierKey;
  if (typeof tierKey !== 'string' || !findTier(set, tierKey)) {
    const tier = smallestTier(set);
    if (!tier) return { reason: `template set ${quoted(set.name)} has no tiers` };
    repair.changes.push(
      `tier ${quoted(repair.row.tierKey)} is not in ${quoted(set.name)}: set to ${tier.name}`,
    );
    repair.row.tierKey = tier.key;
  }
  return finish(repair, announcementSchema, 'announcement');
}

function repairItem(row: Row, context: RepairContext): Repair | RepairRefusal {
  if (typeof row.parentId !== 'string' || !context.parentIds.has(row.parentId))
    return {
      reason: 'the announcement or window it belongs to is not in the plan: delete it or restore a backup',
    };
  return finish(applyFixes(row, itemFixes, context), checklistItemSchema, 'checklist item');
}

function repairSettings(row: Row, context: RepairContext): Repair {
  const repaired: Row = { ...context.settings, ...row, id: 'settings' };
  const changes: string[] = [];
  const defaults = context.settings as unknown as Row;
  for (const [name, schema] of Object.entries(settingsSchema.shape)) {
    if ((schema as z.ZodType).safeParse(repaired[name]).success) continue;
    changes.push(`${name} ${quoted(repaired[name])} was out of bounds: set to ${quoted(defaults[name])}`);
    repaired[name] = defaults[name];
  }
  return { row: repaired, changes };
}

/**
 * Proposes a repair of a damaged record: every field that has a safe default (a missing title, an
 * unknown status, an unreadable time stamp, an unknown tier becoming the set's smallest) gets it,
 * and each change is listed for the planner to see before anything is written. Dates, windows'
 * times and parents are never guessed: such a record is refused with the reason. Pure.
 */
export function proposeRepair(record: DamagedRecord, context: RepairContext): Repair | RepairRefusal {
  const row = record.row;
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    return { reason: 'it is not a record at all: delete it or restore a backup' };
  const fields = row as Row;
  if (typeof fields.id !== 'string' || fields.id === '')
    return { reason: 'it has no id: delete it or restore a backup' };
  switch (record.table) {
    case 'announcements':
      return repairAnnouncement(fields, context);
    case 'checklistItems':
      return repairItem(fields, context);
    case 'maintenanceWindows':
      return finish(applyFixes(fields, windowFixes, context), maintenanceWindowSchema, 'maintenance window');
    case 'settings':
      return repairSettings(fields, context);
    case 'people':
      return {
        reason: 'a person is corrected in Settings → People: delete it here or restore a backup',
      };
    case 'templateSets':
      return {
        reason: 'a template set is repaired in the Templates dialog: delete it here or restore a backup',
      };
    case 'windowOccurrences':
      // Its times and ticks can't be guessed; deleting it puts the occurrence back as the series plans it.
      return {
        reason:
          'a changed occurrence can not be guessed back: delete it (the occurrence returns to its series’ time) or restore a backup',
      };
  }
}

/** True when `proposeRepair` found a repair (rather than a reason it can't). */
export function isRepair(result: Repair | RepairRefusal): result is Repair {
  return 'row' in result;
}
