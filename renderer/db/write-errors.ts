/*
 * What a failed write means, in words a planner can act on. IndexedDB and Dexie report storage
 * trouble by error name (sometimes wrapped: Dexie's AbortError carries the real cause as `inner`);
 * the planner should read "the disk is full", not "QuotaExceededError: …".
 */

function names(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  // Dexie nests the browser's error one or two levels deep.
  for (let depth = 0; depth < 4 && current instanceof Object; depth++) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
    current = (current as { inner?: unknown }).inner;
  }
  return out;
}

const STORAGE_FAILURES: Record<string, string> = {
  QuotaExceededError:
    'There is no room left for Tierline on this computer, so the change was not saved. Free some disk space and try again.',
  DatabaseClosedError:
    'This window has stopped saving, so the change was not saved: Tierline was updated or closed in another window. Reload to carry on.',
  UnknownError:
    'The browser could not write to its storage, so the change was not saved. Try again; if it keeps failing, export a backup and restart Tierline.',
};

/**
 * A failed write as the planner should read it: storage failures (a full disk, a database closed
 * by another window, the browser's storage refusing) become one plain sentence, with the original
 * kept as `cause` for the error log. Any other error (a rule refusing bad input, say) already
 * speaks to the planner and is returned as it is.
 */
export function translateWriteError(error: unknown): unknown {
  for (const name of names(error)) {
    const sentence = STORAGE_FAILURES[name];
    if (sentence) return new Error(sentence, { cause: error });
  }
  return error;
}
