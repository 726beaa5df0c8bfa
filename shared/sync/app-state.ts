import type { IcsExportOptions } from '../export/ics-export';
import type { ExportInput, ExportKind, IcsTaskMode } from '../export/types';
import { EXPORT_KINDS } from '../export/types';
import { publishedHash } from './hash';
import type { LocalObject, SyncState, SyncedEntry } from './types';
import { entryOf } from './state-entries';

/** One row of the app's sync state: what was last published for one item UID. */
export type SyncedRow = SyncedEntry & { uid: string };

/**
 * A UID Tierline published and then deleted locally: the delete was sent, or the team calendar had
 * changed the object meanwhile and it was left there and reported.
 */
export type Tombstone = { uid: string; deletedAt: string; outcome: 'deleted' | 'changed-there' };

/** What is published: the ICS export's choices (unticked kinds, tiers and teams; checklist items as). */
export type PublishChoices = {
  tasks: IcsTaskMode;
  hiddenKinds: ExportKind[];
  hiddenTiers: string[];
  hiddenTeams: string[];
  /** Only what this person owns or is assigned; empty for everyone. */
  owner: string;
};

/** The account's settings that are not secret; the password lives only in the desktop app's data folder. */
export type TeamCalendarAccount = {
  id: 'account';
  serverUrl: string;
  user: string;
  calendarUrl: string | null;
  calendarName: string | null;
  choices: PublishChoices;
  lastSyncAt: string | null;
};

/** The choices a new account starts with: everything, checklist items as all-day events (as the export). */
export const DEFAULT_PUBLISH_CHOICES: PublishChoices = {
  tasks: 'events',
  hiddenKinds: [],
  hiddenTiers: [],
  hiddenTeams: [],
  owner: '',
};

/**
 * The ICS export options that publish what the choices keep. Choices list what is left out, so a
 * tier or team that appears later is published (as the export dialog starts with everything ticked).
 */
export function publishOptions(choices: PublishChoices, input: ExportInput): IcsExportOptions {
  const tiers = new Set(input.announcements.map((announcement) => announcement.tierKey));
  for (const set of input.templateSets) for (const tier of set.tiers) tiers.add(tier.key);
  const teams = new Set(input.items.map((item) => item.team.trim()).filter((team) => team !== ''));
  const keep = <T>(all: Iterable<T>, hidden: readonly T[]): T[] | undefined =>
    hidden.length === 0 ? undefined : [...all].filter((entry) => !hidden.includes(entry));
  const tierKeys = keep(tiers, choices.hiddenTiers);
  const teamNames = keep(teams, choices.hiddenTeams);
  const kinds = keep(EXPORT_KINDS, choices.hiddenKinds);
  const owner = choices.owner.trim();
  return {
    tasks: choices.tasks,
    filters: {
      ...(tierKeys ? { tierKeys } : {}),
      ...(teamNames ? { teams: teamNames } : {}),
      ...(kinds ? { kinds } : {}),
      ...(owner !== '' ? { owner } : {}),
    },
  };
}

/** The sync engine's state from stored rows (a later row for the same UID wins). */
export function stateFromRows(rows: readonly SyncedRow[]): SyncState {
  const entries = new Map<string, SyncState[string]>();
  for (const { uid, href, etag, hash, sequence } of rows) entries.set(uid, { href, etag, hash, sequence });
  // fromEntries defines own properties: a UID such as "__proto__" is stored, not taken as the prototype.
  return Object.fromEntries(entries);
}

/** The rows that store a state, one per UID. */
export function rowsFromState(state: SyncState): SyncedRow[] {
  return Object.entries(state).map(([uid, entry]) => ({ uid, ...entry }));
}

/**
 * How many changes wait to be published: items never published or changed since, plus published
 * items the plan no longer has. The state diff is the queue, so an offline change is counted (and
 * sent) without being recorded anywhere else.
 */
export function pendingChanges(local: readonly LocalObject[], state: SyncState): number {
  let count = 0;
  const uids = new Set<string>();
  for (const object of local) {
    uids.add(object.uid);
    const entry = entryOf(state, object.uid);
    if (!entry || entry.hash !== publishedHash(object.text)) count++;
  }
  for (const uid of Object.keys(state)) if (!uids.has(uid)) count++;
  return count;
}
