/**
 * Internal: the library keeps a few per-year tables (holidays, closed-day
 * flags, AGM year tables) once computed. Each registers how to empty itself
 * here, so a test run can start every test from empty tables: the mutation
 * run (vitest.stryker.config.ts) shares one module graph between test files,
 * and without this a table built by an earlier test would hide a change in
 * the code that builds it. Not exported from the package.
 */

const resets: (() => void)[] = [];

/**
 * Internal: register how to empty one cache.
 *
 * @example
 * const built = new Map([[2025, 'table of 2025']]);
 * registerCache(() => built.clear());
 * clearCaches();
 * built.size // 0
 */
export function registerCache(reset: () => void): void {
  resets.push(reset);
}

/**
 * Internal: empty every registered cache. Results do not change; only the
 * next call of each cached computation is slower.
 *
 * @example
 * const built = new Set([2024, 2025]);
 * registerCache(() => built.clear());
 * clearCaches();
 * built.has(2025) // false
 */
export function clearCaches(): void {
  for (const reset of resets) reset();
}
