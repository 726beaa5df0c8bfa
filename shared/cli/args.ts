/** Thrown for anything the user typed wrong on the command line: exit code 2. */
export class UsageError extends Error {}

export type ParsedArgs = { options: Map<string, string[]>; positionals: string[]; help: boolean };

/**
 * Splits arguments into `--name value` / `--name=value` options (repeatable) and positionals.
 * Only names in `known` are accepted; `flags` take no value. `--` ends option parsing.
 */
export function parseArgs(
  argv: readonly string[],
  known: readonly string[],
  flags: readonly string[] = [],
): ParsedArgs {
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  let help = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    if (flags.includes(name)) {
      options.set(name, [...(options.get(name) ?? []), 'true']);
      continue;
    }
    if (!known.includes(name))
      throw new UsageError(`unknown option --${name.length > 60 ? `${name.slice(0, 60)}…` : name}`);
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else {
      value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      index++;
    }
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  return { options, positionals, help };
}

/** The last value given for an option (later ones win), or undefined. */
export function single(args: ParsedArgs, name: string): string | undefined {
  const values = args.options.get(name);
  return values?.[values.length - 1];
}

/** All values of a repeatable option, each also split on commas. */
export function list(args: ParsedArgs, name: string): string[] | undefined {
  const values = args.options.get(name);
  if (!values) return undefined;
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
