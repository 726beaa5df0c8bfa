import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// One policy for the desktop app (sent by the app:// handler), browser mode (sent by the web
// server) and the page itself (this meta tag): build/csp.json is the single source.
function contentSecurityPolicy(): Plugin {
  const { contentSecurityPolicy: policy } = JSON.parse(
    readFileSync(new URL('./build/csp.json', import.meta.url), 'utf8'),
  ) as {
    contentSecurityPolicy: string;
  };
  // Browsers ignore frame-ancestors in a meta tag (and warn about it); the headers carry it.
  const metaPolicy = policy
    .split(';')
    .filter((directive) => !directive.trim().startsWith('frame-ancestors'))
    .join(';');
  return {
    name: 'tierline-csp',
    transformIndexHtml: (html) => html.replace('%TIERLINE_CSP%', metaPolicy),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  resolve: {
    alias: [
      // Dexie's package entry (import-wrapper.mjs) wraps its ES5 build, which Chromium does not
      // need: the ES2018 build is the same Dexie in 1.3 KiB less gzip at start (issue 13). Every
      // import of 'dexie' (ours and dexie-react-hooks') resolves here, so there is still one Dexie.
      {
        find: /^dexie$/,
        replacement: fileURLToPath(new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Maps are written beside the files for reading a crash's stack, but not linked from them: the
    // window never fetches them, and the start-up bundle is what the build test measures (issue 13).
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        // The libraries in chunks of their own, so each chunk stays under Vite's size warning
        // (issue 13 turned it back on) and an app update does not re-download the calendar.
        codeSplitting: {
          groups: [
            // Entries-aware: the parts only the week/day/list views use (loaded when one is first
            // shown, renderer/features/calendar/view-plugins.tsx) stay out of the start-up chunk.
            {
              name: 'fullcalendar',
              test: /node_modules[\\/](@fullcalendar|temporal-polyfill)[\\/]/,
              entriesAware: true,
              entriesAwareMergeThreshold: 20_000,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/ },
            // Everything else the entry imports statically is needed for the first month view: one
            // chunk, not a dozen small ones that rolldown split off to share with the late parts.
            // Each small chunk cost a request and compressed on its own (issue 13: 2.2 KiB of gzip).
            { name: 'start', tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
