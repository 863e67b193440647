import { defineConfig } from 'vitest/config';

// One runner for every kind of test. Integration tests run on PGlite, and again on a PostgreSQL server
// when TEST_DATABASE_URL is set (.ci/run starts one), so both databases see every query.
const integration = (name: string, db: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['server/test/**/*.int.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    env: { TEST_DB: db },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

export default defineConfig({
  test: {
    // Vitest's default on 2 cores is one worker: every file in turn, while the e2e files mostly wait on the
    // browser and the server (other processes) and the integration files on the database.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'contracts/**/*.test.ts', 'web/src/**/*.test.ts'],
        },
      },
      integration('integration', 'pglite'),
      ...(process.env.TEST_DATABASE_URL ? [integration('integration-pg', 'postgres')] : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
