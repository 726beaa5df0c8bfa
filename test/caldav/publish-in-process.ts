import { readFileSync } from 'node:fs';
import type { PublishIo } from '../../shared/cli/run-publish';
import { runPublish } from '../../shared/cli/run-publish';
import { connectCalendar } from '../../electron/main/caldav/connect-calendar';
import { instantOf } from '../../shared/zoned-time';

/**
 * `tierline publish` run in this process with the real CalDAV connection and real files: the same
 * code as build/tierline.mjs without the cost of starting Node (a few end-to-end runs spawn it).
 */
export async function publishInProcess(args: string[], password: string) {
  const out = { stdout: '', stderr: '', status: 0 };
  const io: PublishIo = {
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFileAtomic: () => {
      throw new Error('publish writes no files');
    },
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    now: () => instantOf(new Date()),
    env: (name) => (name === 'TIERLINE_CALDAV_PASSWORD' ? password : undefined),
    connectCalendar,
  };
  out.status = await runPublish(args, io);
  return out;
}
