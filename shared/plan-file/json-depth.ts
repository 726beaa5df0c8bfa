import type { JsonProblem } from './json-path';

/**
 * How deep a plan file or backup may nest. The deepest real one is a backup's template offsets at
 * six levels; 32 leaves room while keeping recursive validators far from the stack's end (a
 * 100,000-level backup used to crash the command line with "Maximum call stack size exceeded").
 */
export const MAX_JSON_DEPTH = 32;

/**
 * A problem when a parsed JSON value nests objects or arrays deeper than `limit`, naming the path
 * where it does; null otherwise. Walks with its own stack, so it never overflows whatever it reads.
 */
export function jsonDepthProblem(json: unknown, limit: number = MAX_JSON_DEPTH): JsonProblem | null {
  const stack: { value: unknown; depth: number }[] = [{ value: json, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) {
      return {
        path: '$',
        message: `nested more than ${limit} levels deep; no plan file or backup is, so this one was not read`,
      };
    }
    for (const child of Array.isArray(value) ? value : Object.values(value))
      stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}
