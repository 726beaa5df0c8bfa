/*
 * One reading of a caught value, for every place that tells the planner (or a log) why something
 * failed. A thrown Error carries its own sentence; anything else thrown (a string, a DOMException
 * from an old engine, an object) is turned into text rather than dropped.
 */

/**
 * The sentence to show for `error`: its message when it is an Error, else `fallback` when given
 * (a plain sentence for the action that failed), else the value as text.
 */
export function errorMessage(error: unknown, fallback?: string): string {
  if (error instanceof Error) return error.message;
  return fallback ?? String(error);
}

/**
 * `error` for a log or a diagnostic: "Name: message" when it is an Error (the name tells a
 * QuotaExceededError from a VersionError), else the value as text.
 */
export function errorDetail(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
