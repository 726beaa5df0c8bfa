import { stableHash } from '../stable-hash';
import type { Instant, Person } from '../types';
import { resolveNames } from './resolve-names';

type Row = Record<string, unknown>;

/** The version-1 rows that held free-text owners, exactly as stored (any row may be damaged). */
export type V1OwnerRows = {
  announcements: readonly unknown[];
  checklistItems: readonly unknown[];
  maintenanceWindows: readonly unknown[];
};

/** The same rows in schema version 2, plus the people their names became. */
export type V2OwnerRows = {
  announcements: unknown[];
  checklistItems: unknown[];
  maintenanceWindows: unknown[];
  people: Person[];
};

/** The id a person made from a free-text name gets: repeatable, so two upgrades of one plan agree. */
export function personIdForKey(key: string): string {
  return `person-${stableHash(key)}`;
}

const OWNER_FIELDS = {
  announcements: [
    ['productOwner', 'productOwnerId'],
    ['marketingOwner', 'marketingOwnerId'],
  ],
  checklistItems: [['assignee', 'assigneeId']],
  maintenanceWindows: [['owner', 'ownerId']],
} as const satisfies Record<keyof V1OwnerRows, readonly (readonly [string, string])[]>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Schema version 1 → 2 (issue 9): every distinct free-text owner and assignee becomes one person
 * per name compared ignoring case and spacing, spelled the way it was written most often (ties:
 * the spelling seen first, reading announcements, then windows, then checklist items, each in the
 * order given). Each row's name fields are replaced by id fields (null where the name was empty or
 * not text) and nothing else changes; every row comes back, including rows that are not records,
 * which are returned untouched for the restore step to report. Pure: the input is not modified.
 */
export function upgradeOwnersToPeople(rows: V1OwnerRows, now: Instant): V2OwnerRows {
  const names: string[] = [];
  const collect = (table: keyof V1OwnerRows) => {
    for (const row of rows[table]) {
      if (!isRow(row)) continue;
      for (const [from] of OWNER_FIELDS[table]) {
        const value = row[from];
        if (typeof value === 'string') names.push(value);
      }
    }
  };
  collect('announcements');
  collect('maintenanceWindows');
  collect('checklistItems');
  const resolution = resolveNames(names, [], personIdForKey, now);
  const convert = (table: keyof V1OwnerRows): unknown[] =>
    rows[table].map((row) => {
      if (!isRow(row)) return row;
      const next: Row = { ...row };
      for (const [from, to] of OWNER_FIELDS[table]) {
        const value = next[from];
        // A row already in the new shape (an idempotent rerun) keeps its id.
        if (!(from in next) && to in next) continue;
        next[to] = typeof value === 'string' ? resolution.idOf(value) : null;
        delete next[from];
      }
      return next;
    });
  return {
    announcements: convert('announcements'),
    checklistItems: convert('checklistItems'),
    maintenanceWindows: convert('maintenanceWindows'),
    people: resolution.created,
  };
}
