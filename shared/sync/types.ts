import type { Instant } from '../types';
/** One Tierline item as it would be published: its UID, the object's full text and its SEQUENCE. */
export type LocalObject = { uid: string; text: string; sequence: number };

/** What Tierline last published for one UID, as the server answered it. */
export type SyncedEntry = {
  /** The server's own name for the object; never rebuilt from the UID. */
  href: string;
  /** The ETag the server gave; null when it gave none and none could be learned since. */
  etag: string | null;
  /** publishedHash() of the text last sent. */
  hash: string;
  sequence: number;
};

/** The last-synced state by UID: JSON-safe, so the app and the CLI can store it as they like. */
export type SyncState = Record<string, SyncedEntry>;

/** One object the server lists; `text` is present when it was fetched (changed or unknown ones). */
export type RemoteObject = { href: string; etag: string | null; text?: string };

/** A date or time as an iCalendar DTSTART/DTEND/DUE gives it, made comparable. */
export type IcsTime =
  { kind: 'date'; day: string } | { kind: 'instant'; instant: Instant } | { kind: 'other'; raw: string };

/** An object's dates: DTSTART and DTEND for events, DUE for to-dos. */
export type ObjectDates = { start?: IcsTime; end?: IcsTime; due?: IcsTime };

/** A write to make. A create names a new resource and asks If-None-Match: *; an update has If-Match. */
export type PlannedPut =
  | { kind: 'create'; uid: string; name: string; href?: string; text: string; hash: string; sequence: number }
  | {
      kind: 'update';
      uid: string;
      href: string;
      ifMatch: string | null;
      text: string;
      hash: string;
      sequence: number;
    };

export type PlannedDelete = { uid: string; href: string; ifMatch: string | null };

/** A teammate moved a published item: Tierline moves it the same way (dates only). */
export type RemoteMove = {
  uid: string;
  recordId: string;
  href: string;
  etag: string | null;
  from: ObjectDates;
  to: ObjectDates;
};

export type SyncConflict = {
  uid: string;
  reason: 'both-changed' | 'deleted-here-changed-there';
  message: string;
};

/** The mass-delete guard's answer: the sync stopped before doing anything. */
export type MassDeleteStop = { wouldDelete: number; published: number };

export type SyncPlan = {
  puts: PlannedPut[];
  deletes: PlannedDelete[];
  moves: RemoteMove[];
  conflicts: SyncConflict[];
  /** State entries to change without a request (an adopted ETag after a taken move, a vanished object). */
  stateUpdates: { uid: string; entry: SyncedEntry | null }[];
  stopped?: MassDeleteStop;
};
