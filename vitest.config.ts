import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/build-if-stale.ts'],
    setupFiles: ['test/support/seed.ts'],
    // One worker per core: vitest's default in run mode is one fewer than the cores, a single worker on the
    // 2-core CI machine.
    maxWorkers: availableParallelism(),
    // Test files share each worker's module graph: the library is imported once per worker instead of once per
    // file (about three times faster). Safe because the library keeps no state that changes a result and no test
    // changes global state (test/sharedState.test.ts).
    isolate: false,
    // Time limits only catch a hang: no test may fail because the machine is busy (docs/quality.md).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**'],
      thresholds: {
        lines: 95,
        branches: 90,
        functions: 95,
        statements: 95,
        'src/rules/**': { lines: 100, branches: 100, functions: 100, statements: 100 },
      },
    },
  },
});
