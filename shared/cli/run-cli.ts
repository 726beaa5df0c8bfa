import { plural } from '../plural';
import { isCalendarDay } from '../calendar-day';
import { exportIcs } from '../export/ics-export';
import { ICS_REMINDERS, isIcsReminder, type IcsReminder } from '../export/ics-reminders';
import { arrayDraftMarkdown } from '../export/markdown-array';
import { checklistsMarkdown } from '../export/markdown-checklist';
import { scheduleMarkdown } from '../export/markdown-schedule';
import type { ExportFilters, ExportInput, ExportKind, IcsTaskMode } from '../export/types';
import { EXPORT_KINDS } from '../export/types';
import { validateBackup } from '../backup/validate';
import { planRecordTime, planToRecords } from '../plan-file/to-records';
import { validatePlanFile } from '../plan-file/validate';
import { instantToDay } from '../zoned-time';
import type { CalendarDay } from '../types';
import type { ParsedArgs } from './args';
import { UsageError, list, parseArgs, single } from './args';
import type { CliIo } from './cli-input';
import { InputError, printProblems, readJson } from './cli-input';
import { isPlannableDay, outOfRangeMessage } from '../plannable-range';
import { quoteValue } from '../text-limits';

export type { CliIo } from './cli-input';
import { EXPORT_HELP, MAIN_HELP, PUBLISH_HELP, VALIDATE_HELP } from './help';

const FORMATS = ['ics', 'md-schedule', 'md-checklists', 'md-array'] as const;
type Format = (typeof FORMATS)[number];
const TASK_MODES: readonly IcsTaskMode[] = ['events', 'todos', 'none'];

function dayOption(args: ParsedArgs, name: string): CalendarDay | undefined {
  const value = single(args, name);
  if (value === undefined) return value;
  if (!isCalendarDay(value))
    throw new UsageError(`--${name} must be a date YYYY-MM-DD, got ${quoteValue(value)}`);
  if (!isPlannableDay(value)) throw new UsageError(`--${name}: ${outOfRangeMessage(value)}`);
  return value;
}

/** The filters `export` and `publish` share (--from, --to, --tier, --team, --owner, --kinds). */
export function exportFilters(args: ParsedArgs): ExportFilters {
  const from = dayOption(args, 'from');
  const to = dayOption(args, 'to');
  if (from && to && from > to) throw new UsageError('--from must not be after --to');
  const kinds = list(args, 'kinds');
  const badKind = kinds?.find((kind) => !EXPORT_KINDS.includes(kind as ExportKind));
  if (badKind !== undefined)
    throw new UsageError(`--kinds takes ${EXPORT_KINDS.join(', ')}; got ${quoteValue(badKind)}`);
  const filters: ExportFilters = {};
  if (from) filters.from = from;
  if (to) filters.to = to;
  const tierKeys = list(args, 'tier');
  const teams = list(args, 'team');
  const owner = single(args, 'owner');
  if (tierKeys) filters.tierKeys = tierKeys;
  if (teams) filters.teams = teams;
  if (owner !== undefined) filters.owner = owner;
  if (kinds) filters.kinds = kinds as ExportKind[];
  return filters;
}

/** `--reminders` of `export` and `publish`: a reminder choice, refused when --tasks leaves no items. */
export function reminderOption(args: ParsedArgs, tasks: string): IcsReminder {
  const reminders = single(args, 'reminders') ?? 'none';
  if (!isIcsReminder(reminders))
    throw new UsageError(
      `--reminders must be one of ${ICS_REMINDERS.join(', ')}; got ${quoteValue(reminders)}`,
    );
  if (reminders !== 'none' && tasks === 'none')
    throw new UsageError(
      '--reminders needs checklist items in the calendar, but --tasks none leaves them out',
    );
  return reminders;
}

// The days a schedule covers when no range is given: from the first to the last thing planned.
function dataRange(input: ExportInput, today: CalendarDay): { from: CalendarDay; to: CalendarDay } {
  const days = [
    ...input.announcements.map((a) => a.launchDate),
    ...input.items.map((item) => item.dueDate),
    ...input.windows.flatMap((w) => [
      instantToDay(w.start, input.settings.timeZone),
      instantToDay(w.end, input.settings.timeZone),
    ]),
  ].sort();
  return { from: days[0] ?? today, to: days[days.length - 1] ?? today };
}

function runExport(args: ParsedArgs, io: CliIo): number {
  if (args.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  if (args.positionals.length > 0)
    throw new UsageError(`unexpected argument ${quoteValue(args.positionals[0] as string)}`);
  const planPath = single(args, 'plan');
  if (!planPath) throw new UsageError('--plan FILE is required');
  const format = single(args, 'format');
  if (!format) throw new UsageError(`--format is required (${FORMATS.join(', ')})`);
  if (!FORMATS.includes(format as Format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got ${quoteValue(format)}`);
  const tasks = single(args, 'tasks') ?? 'events';
  if (!TASK_MODES.includes(tasks as IcsTaskMode))
    throw new UsageError(`--tasks must be events, todos or none; got ${quoteValue(tasks)}`);
  const reminders = reminderOption(args, tasks);
  // Said rather than ignored: a planner asking for reminders expects to get them.
  if (reminders !== 'none' && format !== 'ics')
    throw new UsageError('--reminders applies to --format ics only');
  const filters = exportFilters(args);
  let month = single(args, 'month');
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new UsageError(`--month must be YYYY-MM, got ${quoteValue(month)}`);
  if (month !== undefined && !isPlannableDay(`${month}-01`))
    throw new UsageError(`--month: ${outOfRangeMessage(month)}`);
  if (format === 'md-array') {
    month ??= filters.from?.slice(0, 7);
    if (!month) throw new UsageError('md-array needs --month YYYY-MM (or --from, whose month is used)');
  }

  const { input, timeZone } = readPlanInput(io, planPath);
  const now = input.now;
  let output: string;
  switch (format as Format) {
    case 'ics':
      output = exportIcs(input, { filters, tasks: tasks as IcsTaskMode, reminders });
      break;
    case 'md-schedule': {
      const range = dataRange(input, instantToDay(now, timeZone));
      output = scheduleMarkdown(input, {
        ...filters,
        from: filters.from ?? range.from,
        to: filters.to ?? range.to,
      });
      break;
    }
    case 'md-checklists':
      output = checklistsMarkdown(input, filters);
      break;
    case 'md-array':
      output = arrayDraftMarkdown(input, month as string);
      break;
  }
  const out = single(args, 'out');
  if (out === undefined) {
    io.stdout(output);
    return 0;
  }
  try {
    io.writeFileAtomic(out, output);
  } catch (error) {
    throw new InputError(`cannot write ${out}: ${(error as Error).message}`);
  }
  io.stderr(`wrote ${out}\n`);
  return 0;
}

/**
 * Reads and validates a plan file into export input (warnings and problems printed to stderr);
 * throws InputError, naming the file, when it is not a valid plan.
 */
export function readPlanInput(io: CliIo, planPath: string): { input: ExportInput; timeZone: string } {
  const validation = validatePlanFile(readJson(io, planPath));
  printProblems(io, planPath, validation.warnings, 'warning: ');
  if (!validation.ok) {
    printProblems(io, planPath, validation.problems);
    throw new InputError(
      `${planPath} is not a valid plan file (${plural(validation.problems.length, 'problem')}); nothing was written`,
    );
  }
  const plan = validation.plan;
  // Records are stamped with the plan's own time, not the clock, so repeated exports match.
  const records = planToRecords(plan, { now: planRecordTime(plan) });
  return { input: { ...records, now: io.now() }, timeZone: plan.timeZone };
}

function runValidate(args: ParsedArgs, io: CliIo): number {
  if (args.help) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError('validate takes exactly one FILE');
  const path = args.positionals[0] as string;
  const json = readJson(io, path);
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  if (isObject && 'format' in json) {
    const result = validateBackup(json);
    if (!result.ok) {
      printProblems(io, path, result.problems);
      throw new InputError(`${path} is not a valid backup (${plural(result.problems.length, 'problem')})`);
    }
    printProblems(io, path, result.warnings, 'warning: ');
    const { data } = result.backup;
    io.stdout(
      `${path}: valid backup (schema version ${result.backup.schemaVersion}${result.migratedFrom !== result.backup.schemaVersion ? `, migrated from ${result.migratedFrom}` : ''}): ${plural(data.announcements.length, 'announcement')}, ${plural(data.maintenanceWindows.length, 'maintenance window')}, ${plural(data.checklistItems.length, 'checklist item')}, ${plural(data.templateSets.length, 'template set')}\n`,
    );
    return 0;
  }
  if (!isObject || !('tierline' in json)) {
    throw new InputError(
      `${path} is neither a plan file ("tierline": 1) nor a backup ("format": "tierline-backup")`,
    );
  }
  const result = validatePlanFile(json);
  printProblems(io, path, result.warnings, 'warning: ');
  if (!result.ok) {
    printProblems(io, path, result.problems);
    throw new InputError(`${path} is not a valid plan file (${plural(result.problems.length, 'problem')})`);
  }
  io.stdout(
    `${path}: valid plan file: ${plural(result.plan.announcements.length, 'announcement')}, ${plural(result.plan.maintenance.length, 'maintenance window')}\n`,
  );
  return 0;
}

const EXPORT_OPTIONS = [
  'plan',
  'format',
  'out',
  'from',
  'to',
  'month',
  'tasks',
  'reminders',
  'tier',
  'team',
  'owner',
  'kinds',
];

/**
 * The `tierline` command line: `export`, `validate` and `help`. Returns the exit code: 0 on success,
 * 1 on invalid input (the reason on stderr, and no output file written), 2 on usage errors (with a
 * pointer to --help). All effects go through `io`, so it runs the same in Node and in tests.
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        io.stderr(MAIN_HELP);
        return 2;
      case '--help':
      case '-h':
        io.stdout(MAIN_HELP);
        return 0;
      case 'help': {
        const topic = rest[0];
        io.stdout(
          topic === 'export'
            ? EXPORT_HELP
            : topic === 'validate'
              ? VALIDATE_HELP
              : topic === 'publish'
                ? PUBLISH_HELP
                : MAIN_HELP,
        );
        return 0;
      }
      case 'export':
        return runExport(parseArgs(rest, EXPORT_OPTIONS), io);
      case 'validate':
        return runValidate(parseArgs(rest, []), io);
      default:
        throw new UsageError(`unknown command ${quoteValue(command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tierline: ${error.message}\nRun "tierline --help" for usage.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`tierline: ${error.message}\n`);
      return 1;
    }
    // The depth check keeps validators off the stack's end; should input still exhaust it, that is
    // the input's fault, and it gets a sentence, not a stack trace.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      io.stderr('tierline: the input is nested too deeply to read; nothing was written\n');
      return 1;
    }
    throw error;
  }
}
