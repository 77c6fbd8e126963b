/**
 * The vitest configuration Stryker uses (`stryker.config.json`). It differs
 * from `vitest.config.ts` in two ways, both about speed, neither about what
 * is tested:
 *
 * - the CLI tests are left out: they run the built `dist/` in child
 *   processes, so they can never see a mutant of `src/`;
 * - test files share one module graph (`isolate: false`), so a run imports
 *   the library once instead of once per test file. Stryker activates a
 *   static mutant (module-level tables and texts) before that first import,
 *   so static mutants are still applied; see docs/quality.md;
 * - fast-check uses one fixed seed (test/support/fixed-seed.ts), so property
 *   tests keep the same names between Stryker's first run and its mutant runs.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/cli/**'],
    environment: 'node',
    isolate: false,
    setupFiles: ['test/support/fixed-seed.ts'],
    testTimeout: 30_000,
  },
});
