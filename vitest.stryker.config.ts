/**
 * The vitest configuration Stryker uses (`npm run mutation`,
 * `stryker.config.json`). It differs from `vitest.config.ts` only in what
 * makes mutation runs stable or quicker, never in what is tested:
 *
 * - the CLI tests are left out: they run the built `dist/` in child
 *   processes, so they can never see a mutant of `src/`;
 * - fast-check uses one fixed seed (`FC_SEED`, read by test/support/seed.ts): Stryker
 *   picks the tests for a mutant by name, and @fast-check/vitest puts the
 *   seed in a property test's name;
 * - files run failed first, then quickest first (vitest's default is slowest
 *   first): Stryker stops a run at the first failing test, so a mutant that a
 *   quick example test kills does not wait for the property tests.
 *
 * Each test file keeps its own module graph (vitest's default `isolate`), so
 * a value memoised by the library in one file cannot hide a mutant from the
 * tests of another.
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
    setupFiles: ['test/support/seed.ts'],
    env: { FC_SEED: '20261126' },
    sequence: { sequencer: QuickFirstSequencer },
    // A limit only for a hang: Stryker stops an endless mutant itself (timeoutMS, timeoutFactor), and a busy machine must not fail its initial run.
    testTimeout: 300_000,
  },
});
