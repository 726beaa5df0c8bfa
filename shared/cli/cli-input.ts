import { MAX_OPEN_FILE_BYTES } from '../ipc';
import { utf8ByteLength } from '../ipc-validation';
import type { JsonProblem } from '../plan-file/json-path';
import { plural } from '../plural';
import { formatCount } from '../text-limits';
import type { Instant } from '../types';

/** Everything the command line touches outside itself; Node supplies real files, tests supply memory. */
export type CliIo = {
  /** Throws when the file cannot be read. */
  readFile(path: string): string;
  /** The file's size in bytes, when the platform can tell without reading it (Node can). */
  fileSize?(path: string): number;
  /** Replaces the file in one step (temp file + rename), or throws leaving it as it was. */
  writeFileAtomic(path: string, contents: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Instant;
};

/** Invalid input (unreadable, too large or bad JSON, an invalid plan): exit code 1. */
export class InputError extends Error {}

/** How many problems the command line prints before summing up the rest in one line. */
export const MAX_PROBLEMS_SHOWN = 50;

function tooLarge(path: string, bytes: number): InputError {
  const limit = MAX_OPEN_FILE_BYTES / (1024 * 1024);
  return new InputError(
    `${path} is ${formatCount(bytes)} bytes; Tierline reads files up to ${limit} MB (${formatCount(MAX_OPEN_FILE_BYTES)} bytes, the same limit as the app); nothing was written`,
  );
}

/**
 * Reads and parses a JSON file, refusing one larger than the app's MAX_OPEN_FILE_BYTES before
 * parsing it, with a message naming the file. Throws InputError for every way it can fail.
 */
export function readJson(io: CliIo, path: string): unknown {
  let text: string;
  try {
    const size = io.fileSize?.(path);
    if (size !== undefined && size > MAX_OPEN_FILE_BYTES) throw tooLarge(path, size);
    text = io.readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_OPEN_FILE_BYTES) throw tooLarge(path, bytes);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new InputError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Prints problems one a line with their JSON paths: the first MAX_PROBLEMS_SHOWN, then one line
 * saying how many more there are, so a file with 100,000 bad rows does not flood the terminal.
 */
export function printProblems(io: CliIo, path: string, problems: JsonProblem[], label = ''): void {
  for (const problem of problems.slice(0, MAX_PROBLEMS_SHOWN))
    io.stderr(`${path}: ${label}${problem.path}: ${problem.message}\n`);
  const rest = problems.length - MAX_PROBLEMS_SHOWN;
  if (rest > 0) io.stderr(`${path}: … and ${plural(rest, label === '' ? 'more problem' : 'more warning')}\n`);
}
