import { quoteValue } from '../text-limits';

/** A problem found in a JSON document, located by a JSON path such as `$.announcements[0].launch`. */
export type JsonProblem = { path: string; message: string };

// A key is quoted in a path; a pasted megabyte of key is cut for the message (never for the data).
const MAX_KEY_SHOWN = 60;

/** The JSON path (`$`, `.key`, `[index]`) for a list of keys as zod reports them; long keys are cut. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      continue;
    }
    const name = String(key);
    const shown = name.length > MAX_KEY_SHOWN ? `${name.slice(0, MAX_KEY_SHOWN)}…` : name;
    if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(shown)) out += `.${shown}`;
    else out += `[${JSON.stringify(shown)}]`;
  }
  return out;
}

/** Problems for keys of `value` that are not in `known`, e.g. a misspelt field. */
export function unknownKeys(
  value: unknown,
  known: readonly string[],
  path: readonly PropertyKey[],
): JsonProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => ({
      path: jsonPath([...path, key]),
      message: `unknown field ${quoteValue(key)} is ignored`,
    }));
}

/** zod issues as JSON problems, in document order. */
export function issuesToProblems(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): JsonProblem[] {
  return issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}
