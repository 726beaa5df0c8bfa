import type { TierlineKind } from '../export/ics-identity';
import type { SeriesExceptions } from '../recurrence/import-exceptions';
import type { Instant } from '../types';
import type { ImportedTodo } from './ics-todos';

/** One event (or one occurrence of a recurring event) ready for the import preview. */
export type ImportedEvent = {
  /** Unique within one import: the UID, plus `#` and the occurrence start for recurrences. */
  key: string;
  uid: string;
  /** The occurrence start (day or instant) for expanded or overriding occurrences, else null. */
  recurrenceId: string | null;
  title: string;
  description: string;
  location: string;
  url: string;
  categories: string[];
  allDay: boolean;
  /** A CalendarDay when `allDay`, else an Instant. */
  start: string;
  /** Exclusive: the day after the last day when `allDay`, else an Instant not before `start`. */
  end: string;
  /** The IANA zone the event was written in (the fallback for floating times, dates and unknown zones). */
  timeZone: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  sequence: number;
  /** The line its BEGIN:VEVENT is on. */
  line: number;
  /**
   * What a Tierline export says the event was (shared/export/ics-identity.ts), unchecked: the record is
   * whatever JSON the file holds, and is validated before it is used. Absent for other producers' files.
   */
  tierline?: { kind: TierlineKind; record: unknown; parentUid: string | null };
  /** On a repeating window Tierline exported: its EXDATEs and RECURRENCE-ID overrides (issue 11). */
  exceptions?: SeriesExceptions;
  /**
   * Set by the reader on an override of such a series (the series' UID) until it is folded into the
   * series' `exceptions`; never on an event the reader returns.
   */
  overrideOf?: string;
};

export type ImportProblem = { reason: string; line: number; uid?: string };

export type IcsImportOptions = {
  /** Zone for floating times and TZIDs nobody can resolve: the planner's zone. */
  timeZoneFallback: string;
  /** Per recurring event. */
  maxOccurrences?: number;
  /** Occurrences after now + this many years are not expanded. */
  horizonYears?: number;
  /** Whole-file safety cap. */
  maxEvents?: number;
  /** Candidate dates a repeat rule may try between two occurrences (see RECURRENCE_STEP_BUDGET). */
  stepBudget?: number;
  /** Told how many of the file's events have been read, now and then, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** A time budget: once `now()` passes `at`, reading stops with an IcsTimeBudgetError. */
  deadline?: { now: () => number; at: number };
  now: Instant;
};

export type IcsImportResult = {
  events: ImportedEvent[];
  skipped: ImportProblem[];
  warnings: ImportProblem[];
  /** The file's to-dos, when it has any (read for the preview; see shared/import/ics-todos.ts). */
  todos?: ImportedTodo[];
};
