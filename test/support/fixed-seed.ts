/**
 * For mutation runs only (vitest.stryker.config.ts): one fixed fast-check
 * seed. @fast-check/vitest puts the seed in every property test's name
 * ("… (with seed=…)"); Stryker picks the tests to run against a mutant by
 * name, so a seed that changed between its first run and a mutant run would
 * select no test at all and report the mutant as survived. A fixed seed also
 * keeps the names stable for incremental runs. Ordinary test runs keep
 * random seeds.
 */
import { fc } from '@fast-check/vitest';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20_261_126 });
