/**
 * The vitest configuration Stryker uses (`stryker.config.json`). It differs
 * from `vitest.config.ts` only in what makes mutation runs faster or stable,
 * never in what is tested:
 *
 * - the CLI tests are left out: they run the built `dist/` in child
 *   processes, so they can never see a mutant of `src/`;
 * - test files share one module graph (`isolate: false`), so a run imports
 *   the library once instead of once per test file. Stryker activates a
 *   static mutant (module-level tables and texts) before that first import,
 *   so static mutants are still applied; see docs/quality.md;
 * - fast-check uses one fixed seed (test/support/fixed-seed.ts), so property
 *   tests keep the same names between Stryker's first run and its mutant runs;
 * - every test starts from empty per-year tables
 *   (test/support/fresh-caches.ts): with a shared module graph a table cached
 *   by an earlier test would skip the code that builds it, and the result of
 *   a mutant in that code would depend on the test order;
 * - files run failed first, then quickest first (vitest's default is slowest
 *   first): Stryker stops a run at the first failing test, so a mutant that a
 *   quick example test kills no longer waits for the property tests.
 */
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer } from 'vitest/node';
import type { TestSpecification } from 'vitest/node';

class QuickFirstSequencer extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cached = (file: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`);
    const rank = (file: TestSpecification): [number, number] => {
      const result = cached(file);
      return result === undefined ? [1, 0] : [result.failed ? 0 : 1, result.duration];
    };
    return Promise.resolve(
      [...files].sort((a, b) => {
        const [failedA, durationA] = rank(a);
        const [failedB, durationB] = rank(b);
        return failedA - failedB || durationA - durationB;
      }),
    );
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/cli/**'],
    environment: 'node',
    isolate: false,
    setupFiles: ['test/support/fixed-seed.ts', 'test/support/fresh-caches.ts'],
    sequence: { sequencer: QuickFirstSequencer },
    testTimeout: 30_000,
  },
});
