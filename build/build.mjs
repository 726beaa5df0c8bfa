// Builds everything `npm start`, the browser tests and `tierline` run: the renderer with Vite into
// dist/renderer, then the main process and preload with esbuild into dist/electron, and the command
// line into dist/cli.mjs.
import { build as viteBuild } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the renderer, the command line and, when its build script exists, the Electron main and preload. */
export async function buildAll({ quiet = false } = {}) {
  await viteBuild({
    root: `${root}renderer`,
    configFile: `${root}vite.config.ts`,
    logLevel: quiet ? 'warn' : 'info',
  });
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
  const electronBuild = new URL('./build-electron.mjs', import.meta.url);
  if (existsSync(electronBuild)) {
    const { buildElectron } = await import(electronBuild.href);
    await buildElectron();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
