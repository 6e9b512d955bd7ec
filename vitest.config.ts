import { defineConfig } from 'vitest/config';

const testRoots = ['packages/*/test', 'services/*/test', 'test'];

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here: integration files each clone a database and open Redis connections.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: testRoots.map((root) => `${root}/**/*.test.ts`),
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: testRoots.flatMap((root) => [`${root}/**/*.int.test.ts`, `${root}/**/*.e2e.test.ts`]),
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
    ],
  },
});
