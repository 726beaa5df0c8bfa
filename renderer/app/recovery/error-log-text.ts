import { readErrorLog } from './error-log';

// Apart from error-log.ts, which every start loads to catch early errors: the report is only
// made from the recovery screen, which loads when something fails (issue 13: the start-up bundle).

/** The log as plain text for a bug report, newest last, with the app's version and browser. */
export function errorLogText(version: string): string {
  const lines = [`Tierline ${version}`, `User agent: ${navigator.userAgent}`, ''];
  for (const entry of readErrorLog()) {
    lines.push(`[${entry.at}] ${entry.where}: ${entry.message}`);
    if (entry.stack) lines.push(entry.stack.replace(/^/gm, '    '));
  }
  return lines.join('\n');
}
