// Bundles the main process and the preload into dist/electron/*.cjs with esbuild.
// Imported by build/build.mjs after the renderer build; also runs on its own: `node build/build-electron.mjs`.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The only module a sandboxed preload may require at run time. */
const PRELOAD_ALLOWED_REQUIRES = new Set(['electron']);

/**
 * Builds dist/electron/main.cjs and dist/electron/preload.cjs (with source maps).
 * Fails if the preload bundle would require anything but 'electron', which a sandboxed preload cannot
 * (electron/preload/tsconfig.json already refuses it at compile time; this checks the bundle).
 * @param {{ outDir?: string, minify?: boolean }} [options]
 * @returns {Promise<{ main: string, preload: string }>} the written bundle paths
 */
export async function buildElectron(options = {}) {
  const outDir = options.outDir ?? path.join(root, 'dist', 'electron');
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    minify: options.minify ?? false,
    logLevel: 'warning',
    absWorkingDir: root,
  };
  const main = path.join(outDir, 'main.cjs');
  const preload = path.join(outDir, 'preload.cjs');
  await build({ ...common, entryPoints: [path.join(root, 'electron', 'main', 'main.ts')], outfile: main });
  const preloadResult = await build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'preload', 'preload.ts')],
    outfile: preload,
    metafile: true,
  });
  const requires = Object.values(preloadResult.metafile.outputs).flatMap((output) =>
    output.imports.filter((entry) => entry.external).map((entry) => entry.path),
  );
  const forbidden = requires.filter((name) => !PRELOAD_ALLOWED_REQUIRES.has(name));
  if (forbidden.length > 0) {
    throw new Error(
      `The sandboxed preload cannot require ${forbidden.join(', ')}; keep it to 'electron' and shared/ipc.ts.`,
    );
  }
  return { main, preload };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildElectron().then(
    ({ main, preload }) =>
      console.log(`Built ${path.relative(root, main)} and ${path.relative(root, preload)}`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
