// Bundles the command line (build/cli-entry.mjs and the shared/ code it imports) into dist/cli.mjs with
// esbuild, so `tierline` starts as plain JavaScript instead of compiling TypeScript on every call (issue 13:
// tsx cost ~440 ms a call). Run by `npm install` (the prepare script), by `npm run build`, and by
// build/tierline.mjs when the bundle is missing or older than its sources.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the launcher looks; keep in step with build/tierline.mjs. */
export const CLI_BUNDLE = path.join(root, 'dist', 'cli.mjs');
/** The project sources the bundle was built from and when: the launcher's freshness check. */
export const CLI_MANIFEST = path.join(root, 'dist', 'cli.inputs.json');

/** Replaces a file in one rename, so a second build running at the same time never leaves half a file. */
function writeAtomic(file, contents) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
}

/**
 * Builds dist/cli.mjs (ES module, Node 20) plus one chunk for `publish` (the CalDAV client) in
 * dist/cli-chunks/, then dist/cli.inputs.json listing the project files it was built from.
 * @returns {Promise<string>} the bundle's path
 */
export async function buildCli() {
  // Taken before reading any source, so an edit made during the build still counts as newer.
  const builtAt = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: path.join(root, 'build', 'cli-entry.mjs') },
    outdir: path.join(root, 'dist'),
    entryNames: '[name]',
    chunkNames: 'cli-chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Some CommonJS dependencies of the CalDAV client call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);",
    },
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const chunks = new Set();
  for (const file of result.outputFiles) {
    writeAtomic(file.path, file.contents);
    if (path.dirname(file.path).endsWith('cli-chunks')) chunks.add(path.basename(file.path));
  }
  // Chunk names carry a content hash: drop the ones an older build left behind.
  const chunkDir = path.join(root, 'dist', 'cli-chunks');
  for (const name of readdirSync(chunkDir))
    if (!chunks.has(name)) rmSync(path.join(chunkDir, name), { force: true });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules'));
  writeAtomic(CLI_MANIFEST, JSON.stringify({ builtAt, inputs: ['package.json', ...inputs] }));
  return CLI_BUNDLE;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildCli().then(
    (bundle) => console.log(`Built ${path.relative(root, bundle)}`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
