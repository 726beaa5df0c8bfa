// `npm start`: build, then open the desktop window; where the Electron runtime cannot be
// obtained (no download access), say so in one line and serve the same app in browser mode.
// `npm run web` (--web) goes straight to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { serveWeb } from './serve-web.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Electron binary's path, or null with the reason it could not be had. */
function findElectronRuntime() {
  // require('electron') downloads the runtime on first use; run it in a child so its download
  // noise and failure stay out of our output.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const path = probe.stdout?.trim();
  if (probe.status === 0 && path && existsSync(path)) return { path };
  const reason =
    probe.error?.message ??
    (probe.stderr ?? '')
      .split('\n')
      .find((line) => line.includes('Error'))
      ?.trim() ??
    'unknown error';
  return { path: null, reason };
}

async function startBrowserMode() {
  try {
    const { url } = await serveWeb();
    console.log(`Tierline is running in browser mode at ${url} (Ctrl+C to stop).`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

async function main() {
  const webOnly = process.argv.includes('--web');
  await buildAll({ quiet: true });
  if (webOnly) return startBrowserMode();
  const runtime = findElectronRuntime();
  if (!runtime.path) {
    console.log(
      `The Electron desktop runtime could not be obtained on this machine (${runtime.reason.slice(0, 120)}), so Tierline runs in browser mode instead.`,
    );
    return startBrowserMode();
  }
  const child = spawn(runtime.path, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
