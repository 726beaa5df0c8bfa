#!/usr/bin/env node
// `npx tierline`: runs the bundled command line, dist/cli.mjs (build/build-cli.mjs), so it starts as plain
// JavaScript. `npm install` builds the bundle (prepare); when it is missing or older than any of its
// sources (after a pull or an edit) it is rebuilt here first. All logic lives in shared/cli/.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bundle = new URL('dist/cli.mjs', root);

/** True when the bundle exists and none of the project files it was built from changed since. */
function bundleIsCurrent() {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(new URL('dist/cli.inputs.json', root), 'utf8'));
    statSync(bundle);
    return inputs.every((input) => statSync(new URL(input, root)).mtimeMs < builtAt);
  } catch {
    return false;
  }
}

if (!bundleIsCurrent()) {
  try {
    const { buildCli } = await import('./build-cli.mjs');
    await buildCli();
  } catch (error) {
    // esbuild is a dev dependency: without it, say how to get a bundle instead of a stack trace.
    process.stderr.write(
      `tierline: could not build dist/cli.mjs (${error instanceof Error ? error.message : String(error)}); run \`npm install\` in the Tierline folder\n`,
    );
    process.exit(1);
  }
}
await import(bundle.href);
