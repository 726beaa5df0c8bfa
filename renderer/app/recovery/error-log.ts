import { instantOf } from '../../../shared/zoned-time';
/*
 * A small local log of every error the window meets, for the planner to copy into a bug report.
 * It lives in localStorage, not in the plan's IndexedDB: when the database is what failed, the log
 * must still be writable and readable. It holds the newest entries only and never leaves the machine.
 */

const KEY = 'tierline-error-log';
const MAX_ENTRIES = 100;
const MAX_TEXT = 4000;

export type ErrorLogEntry = { at: string; where: string; message: string; stack: string };

function describe(error: unknown): { message: string; stack: string } {
  if (error instanceof Error) return { message: `${error.name}: ${error.message}`, stack: error.stack ?? '' };
  return { message: String(error), stack: '' };
}

/** Every entry, oldest first; an unreadable log reads as empty rather than failing its reader. */
export function readErrorLog(): ErrorLogEntry[] {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as ErrorLogEntry[]) : [];
  } catch {
    return [];
  }
}

/** Adds an error to the log. Never throws: logging must not become the next failure. */
export function logError(where: string, error: unknown): void {
  try {
    const { message, stack } = describe(error);
    const entry: ErrorLogEntry = {
      at: instantOf(new Date()),
      where,
      message: message.slice(0, MAX_TEXT),
      stack: stack.slice(0, MAX_TEXT),
    };
    const entries = [...readErrorLog(), entry].slice(-MAX_ENTRIES);
    window.localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage full or disabled: the console still has it.
  }
  console.error(`Tierline (${where}):`, error);
}

export function clearErrorLog(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear then.
  }
}

/** Catches what no boundary sees: errors in event handlers, timers and promises nobody awaited. */
export function installGlobalErrorLogging(): void {
  window.addEventListener('error', (event) => logError('window', event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => logError('promise', event.reason));
}
