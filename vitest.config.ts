import { defineConfig } from 'vitest/config';

// CI reads a JSON report to print its closing `N passed, N failed` line (.ci/run).
const reporters: NonNullable<import('vitest/node').UserConfig['reporters']> = process.env.CI
  ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
  : ['default'];

export default defineConfig({
  test: {
    reporters,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/shared/**/*.test.ts', 'test/renderer/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/cli/**/*.test.ts'],
          environment: 'node',
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
