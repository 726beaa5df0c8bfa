import { defineConfig } from 'vitest/config';

// CI reads a JSON report to print its closing `N passed, N failed` line (.ci/run).
const reporters = process.env.CI ? ['default', 'json'] : ['default'];
const outputFile = process.env.CI ? { json: 'test-results/vitest.json' } : undefined;

export default defineConfig({
  test: {
    reporters,
    outputFile,
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/shared/**/*.test.ts',
            'test/renderer/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/build/**/*.test.ts',
          ],
          environment: 'node',
          // A hang guard, not a speed target: the command-line tests start real Node processes,
          // which on a busy two-core machine can take longer than vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // Real CalDAV servers (Radicale, Xandikos) on 127.0.0.1, started and stopped by each file.
          name: 'caldav',
          include: ['test/caldav/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
