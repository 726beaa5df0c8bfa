import { existsSync } from 'node:fs';
import { chromiumPath } from './browser';

/** Fails early, with the fix in the message, when the browser tests cannot run at all. */
export default function setup(): void {
  if (!existsSync(new URL('../../dist/renderer/index.html', import.meta.url))) {
    throw new Error('dist/renderer is missing: run `npm run build` first (npm test does it for you).');
  }
  if (!existsSync(chromiumPath())) {
    throw new Error(
      `No Chromium at ${chromiumPath()}: run \`apt-get install -y chromium\` (as root) or set CHROME_PATH.`,
    );
  }
}
