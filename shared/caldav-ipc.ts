import type { SyncReport } from './sync/run-sync';
import type { LocalObject, SyncState } from './sync/types';

/*
 * The team-calendar half of the bridge (issue 12). The network side runs only in the main process:
 * the renderer hands over what to publish and the state it stored, and gets back what happened.
 * The password crosses the bridge once, on Connect, and never comes back.
 */

/** A calendar the account may publish to. */
export type CalendarChoice = { url: string; displayName: string };

/** Why a team-calendar call did nothing (or stopped part-way, for a sync). */
export type CalDavFailureReason = 'sign-in' | 'network' | 'refused' | 'no-secure-storage' | 'not-connected';

export type CalDavFailure = { status: 'failed'; reason: CalDavFailureReason; message: string };

export type ConnectRequest = { serverUrl: string; user: string; password: string };

export type ConnectResult = { status: 'connected'; calendars: CalendarChoice[] } | CalDavFailure;

/** An existing calendar of the account (by its URL, as Connect listed it), or a new "Tierline" one. */
export type ChooseCalendarRequest = { kind: 'existing'; url: string } | { kind: 'create' };

export type ChooseCalendarResult = { status: 'chosen'; calendar: CalendarChoice } | CalDavFailure;

/** What to publish, computed by the renderer with the export's choices, and the state it stored. */
export type SyncRequest = { objects: LocalObject[]; state: SyncState; allowMassDelete: boolean };

/** A sync's answer. A failure still carries the state reached, so writes already made are kept. */
export type SyncResult =
  { status: 'synced'; report: SyncReport } | (CalDavFailure & { state: SyncState | null });

/** The largest plan a sync accepts; far above any real plan, low enough to bound the work. */
export const MAX_SYNC_OBJECTS = 50_000;

/** The largest text one published object may have (a long description fits many times over). */
export const MAX_SYNC_OBJECT_CHARS = 256 * 1024;
