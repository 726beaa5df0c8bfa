import { errorMessage } from '../error-message';
import { MAX_OPEN_FILE_BYTES } from '../ipc';
import type { Instant } from '../types';
import { looksBinary, tooLargeMessage, utf8Bytes } from './file-limits';
import { IcsTimeBudgetError, parseIcsForImport } from './ics-import';
import { readIcsTodos } from './ics-todos';
import type { IcsImportResult } from './types';

/**
 * How long reading one calendar may take. A 20 MB file of 50,000 events reads in a few seconds;
 * a minute means something in the file is making the reader work without end.
 */
export const ICS_PREVIEW_TIME_BUDGET_MS = 60_000;

/** What the import dialog sends its worker: the file's text and what reading it needs. */
export type IcsPreviewRequest = {
  text: string;
  name: string;
  timeZone: string;
  now: Instant;
  /** Defaults to ICS_PREVIEW_TIME_BUDGET_MS. */
  budgetMs?: number;
};

/** What the worker answers: progress now and then, then exactly one `done` or `failed`. */
export type IcsPreviewMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: IcsImportResult }
  | { type: 'failed'; message: string };

function grouped(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "Reading events: 1,200 of 5,000", what the progress bar says. */
export function progressText(done: number, total: number): string {
  return `Reading events: ${grouped(done)} of ${grouped(total)}`;
}

/** The message when reading outlasts its budget: the worker is stopped and nothing is written. */
export function timeBudgetMessage(name: string, budgetMs: number): string {
  return `Reading ${name} took longer than ${Math.round(budgetMs / 1000)} seconds, so Tierline stopped. Nothing was imported; your plan is unchanged.`;
}

/**
 * Why a calendar text is refused before a line of it is parsed (over the size limit, binary), or
 * null when it may be read.
 */
export function icsRefusal(text: string, name: string): string | null {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_OPEN_FILE_BYTES) return tooLargeMessage(name, bytes);
  if (looksBinary(text))
    return `${name} is not a text calendar file: it looks like binary data. Nothing was read or changed.`;
  return null;
}

/**
 * Reads a calendar for the import preview and reports through `post`: progress as events are read,
 * then the preview (`done`) or one clear message (`failed`: refused, out of time, or broken). Never
 * throws. `clock` (milliseconds, any origin) measures the time budget.
 */
export function runIcsPreview(
  request: IcsPreviewRequest,
  post: (message: IcsPreviewMessage) => void,
  clock: () => number,
): void {
  const refusal = icsRefusal(request.text, request.name);
  if (refusal !== null) {
    post({ type: 'failed', message: refusal });
    return;
  }
  const budgetMs = request.budgetMs ?? ICS_PREVIEW_TIME_BUDGET_MS;
  try {
    const result = parseIcsForImport(request.text.replace(/^\uFEFF/, ''), {
      timeZoneFallback: request.timeZone,
      now: request.now,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
      deadline: { now: clock, at: clock() + budgetMs },
    });
    // To-dos are read apart from events: only the preview offers them, as checklist items.
    const todos = readIcsTodos(request.text);
    post({ type: 'done', result: todos.length > 0 ? { ...result, todos } : result });
  } catch (error) {
    const message =
      error instanceof IcsTimeBudgetError
        ? timeBudgetMessage(request.name, budgetMs)
        : `${request.name} could not be read (${errorMessage(error)}). Nothing was changed.`;
    post({ type: 'failed', message });
  }
}
