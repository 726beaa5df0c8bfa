// The command line's Node side, bundled with everything it imports into dist/cli.mjs by
// build/build-cli.mjs (users start it through build/tierline.mjs). All logic lives in shared/cli/.
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { runCli } from '../shared/cli/run-cli.ts';

const argv = process.argv.slice(2);

/** Writes next to the target and renames over it: readers see the old file or the new one, never half. */
function writeFileAtomic(path, contents) {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, contents, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

const io = {
  readFile: (path) => readFileSync(path, 'utf8'),
  // Lets the size limit refuse a huge file before it is read into memory.
  fileSize: (path) => statSync(path).size,
  writeFileAtomic,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date().toISOString(),
};

/** `publish` signs in over the network; the CalDAV client is a chunk of its own, loaded only for it. */
async function runPublishCommand(args) {
  const { runPublish } = await import('../shared/cli/run-publish.ts');
  const { connectCalendar } = await import('../electron/main/caldav/connect-calendar.ts');
  return runPublish(args, { ...io, env: (name) => process.env[name], connectCalendar });
}

try {
  process.exitCode = argv[0] === 'publish' ? await runPublishCommand(argv.slice(1)) : runCli(argv, io);
} catch (error) {
  process.stderr.write(`tierline: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
}
