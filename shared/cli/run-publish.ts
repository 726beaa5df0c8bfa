import { plural } from '../plural';
import { localObjects } from '../sync/local-objects';
import { objectSummary } from '../sync/object-fields';
import { planSync } from '../sync/plan-sync';
import { stateFromServer } from '../sync/derive-state';
import { runSync } from '../sync/run-sync';
import type { CalendarTransport } from '../sync/transport';
import { SyncAuthError, SyncNetworkError } from '../sync/transport';
import { calendarUrlProblem } from '../sync/url-policy';
import type { LocalObject, RemoteObject, SyncPlan } from '../sync/types';
import type { IcsTaskMode } from '../export/types';
import { quoteValue } from '../text-limits';
import type { ParsedArgs } from './args';
import { UsageError, parseArgs, single } from './args';
import type { CliIo } from './cli-input';
import { InputError } from './cli-input';
import { PUBLISH_HELP } from './help';
import { exportFilters, readPlanInput, reminderOption } from './run-cli';

/** The environment variable the CalDAV password is read from; it is never taken on the command line. */
export const PASSWORD_VARIABLE = 'TIERLINE_CALDAV_PASSWORD';

/** Exit code for a server that cannot be reached or refuses the sign-in (0/1/2 as the other commands). */
export const EXIT_NETWORK = 3;

/** What `publish` needs beyond the other commands: the environment and a CalDAV connection. */
export type PublishIo = CliIo & {
  env(name: string): string | undefined;
  /**
   * Signs in, discovers the calendar home and finds the calendar by display name, creating it when
   * `create` is set; null when it does not exist and may not be created. Throws SyncAuthError or
   * SyncNetworkError.
   */
  connectCalendar(request: {
    serverUrl: string;
    user: string;
    password: string;
    calendarName: string;
    create: boolean;
  }): Promise<{ calendarUrl: string; transport: CalendarTransport } | null>;
};

const OPTIONS = [
  'plan',
  'caldav',
  'user',
  'calendar',
  'from',
  'to',
  'tasks',
  'reminders',
  'tier',
  'team',
  'owner',
  'kinds',
];
const FLAGS = ['dry-run', 'allow-mass-delete'];

function required(args: ParsedArgs, name: string, what: string): string {
  const value = single(args, name);
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} ${what} is required`);
  return value;
}

async function listEverything(transport: CalendarTransport): Promise<RemoteObject[]> {
  const listed = await transport.list();
  return transport.fetch(listed.map((object) => object.href));
}

function printPlan(
  io: PublishIo,
  plan: SyncPlan,
  local: readonly LocalObject[],
  remote: readonly RemoteObject[],
): void {
  const summaries = new Map(local.map((object) => [object.uid, objectSummary(object.text)]));
  for (const object of remote)
    if (object.text) summaries.set(`href:${object.href}`, objectSummary(object.text));
  const creates = plan.puts.filter((put) => put.kind === 'create');
  const updates = plan.puts.filter((put) => put.kind === 'update');
  const unchanged = local.length - plan.puts.length;
  io.stdout(
    `Would create ${creates.length}, update ${updates.length}, delete ${plan.deletes.length} (${unchanged} unchanged)\n`,
  );
  for (const put of creates) io.stdout(`create  ${put.uid}  ${summaries.get(put.uid) ?? ''}\n`);
  for (const put of updates) io.stdout(`update  ${put.uid}  ${summaries.get(put.uid) ?? ''}\n`);
  for (const gone of plan.deletes)
    io.stdout(`delete  ${gone.uid}  ${summaries.get(`href:${gone.href}`) ?? ''}\n`);
}

function massDeleteError(stopped: { wouldDelete: number; published: number }): InputError {
  return new InputError(
    `this publish would delete ${stopped.wouldDelete} of the ${stopped.published} objects Tierline published (more than a quarter, or more than 20); nothing was changed. Check the plan and the filters, then run again with --allow-mass-delete if this is meant`,
  );
}

async function publish(args: ParsedArgs, io: PublishIo): Promise<number> {
  if (args.help) {
    io.stdout(PUBLISH_HELP);
    return 0;
  }
  if (args.positionals.length > 0)
    throw new UsageError(`unexpected argument ${quoteValue(args.positionals[0] as string)}`);
  const planPath = required(args, 'plan', 'FILE');
  const serverUrl = required(args, 'caldav', 'URL');
  const urlProblem = calendarUrlProblem(serverUrl);
  if (urlProblem) throw new UsageError(`--caldav: ${urlProblem}`);
  const user = required(args, 'user', 'NAME');
  const calendarName = single(args, 'calendar') ?? 'Tierline';
  const tasks = single(args, 'tasks') ?? 'events';
  if (!['events', 'todos', 'none'].includes(tasks))
    throw new UsageError(`--tasks must be events, todos or none; got ${quoteValue(tasks)}`);
  const reminders = reminderOption(args, tasks);
  const filters = exportFilters(args);
  const password = io.env(PASSWORD_VARIABLE);
  if (password === undefined || password === '')
    throw new UsageError(
      `set the password (an app password) in the environment variable ${PASSWORD_VARIABLE}`,
    );
  const dryRun = args.options.has('dry-run');
  const allowMassDelete = args.options.has('allow-mass-delete');

  const { input } = readPlanInput(io, planPath);
  const local = localObjects(input, { filters, tasks: tasks as IcsTaskMode, reminders });
  const connection = await io.connectCalendar({ serverUrl, user, password, calendarName, create: !dryRun });
  if (!connection) {
    io.stdout(`The calendar "${calendarName}" does not exist yet and would be created.\n`);
    printPlan(io, planSync({ local, state: {}, remote: [], takeRemoteMoves: false }), local, []);
    return 0;
  }
  const remote = await listEverything(connection.transport);
  // The plan file is the truth in a pipeline: teammates' moves are published over, not taken.
  const state = stateFromServer(remote, local);
  if (dryRun) {
    const plan = planSync({ local, state, remote, takeRemoteMoves: false, allowMassDelete });
    if (plan.stopped) throw massDeleteError(plan.stopped);
    printPlan(io, plan, local, remote);
    return 0;
  }
  const report = await runSync({
    transport: connection.transport,
    local,
    state,
    takeRemoteMoves: false,
    allowMassDelete,
  });
  if (report.stopped) throw massDeleteError(report.stopped);
  const unchanged = local.length - report.created.length - report.updated.length - report.refused.length;
  io.stdout(
    `Published ${planPath} to ${connection.calendarUrl}: ${report.created.length} created, ${report.updated.length} updated, ${report.deleted.length} deleted, ${Math.max(0, unchanged)} unchanged\n`,
  );
  for (const refused of report.refused) io.stderr(`tierline: ${refused.uid}: ${refused.message}; skipped\n`);
  if (report.refused.length > 0)
    throw new InputError(`${plural(report.refused.length, 'item')} could not be published; the others were`);
  return 0;
}

/**
 * `tierline publish`: publishes a plan file to a CalDAV calendar, one object per item, sending only
 * what changed. Exit codes: 0 success, 1 invalid input or a refused item, 2 usage error, 3 the
 * server cannot be reached or refuses the sign-in. The password comes only from the environment.
 */
export async function runPublish(argv: readonly string[], io: PublishIo): Promise<number> {
  try {
    const passwordFlag = argv.find((arg) => /^(--password|--pass|--pw|-p)(=|$)/.test(arg));
    if (passwordFlag !== undefined)
      throw new UsageError(
        `there is no password option: set ${PASSWORD_VARIABLE} instead (a password on the command line shows in the process list and the shell history)`,
      );
    return await publish(parseArgs(argv, OPTIONS, FLAGS), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tierline: ${error.message}\nRun "tierline publish --help" for usage.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`tierline: ${error.message}\n`);
      return 1;
    }
    if (error instanceof SyncAuthError || error instanceof SyncNetworkError) {
      io.stderr(`tierline: ${error.message}\n`);
      return EXIT_NETWORK;
    }
    throw error;
  }
}
