/**
 * For mutation runs only (vitest.stryker.config.ts): every test starts from
 * empty per-year tables. Test files share one module graph there, so a
 * table built by an earlier test (or an earlier mutant run) would otherwise
 * skip the code that builds it: a mutant in that code would survive or be
 * killed depending on the order the tests happened to run in.
 */
import { beforeEach } from 'vitest';
import { clearCaches } from '../../src/core/caches.js';

beforeEach(() => {
  clearCaches();
});
