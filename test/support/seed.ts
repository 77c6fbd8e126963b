/**
 * vitest setup file: `FC_SEED=<seed>` fixes the fast-check seed of every
 * property test of the run, to replay a failure from the seed it printed
 * (docs/quality.md). Without it each run draws a new seed. The mutation
 * runs set it (vitest.stryker.config.ts): Stryker picks the tests for a
 * mutant by name, and the seed is part of a property test's name.
 * fast-check is imported only when a seed is given, so that ordinary runs
 * do not load it for test files without property tests.
 */
const given = process.env.FC_SEED;
if (given !== undefined && given !== '') {
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be a whole number, got ${given}`);
  const { fc } = await import('@fast-check/vitest');
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
