/**
 * COORDINATOR HOOK (as-of date): the one place the page evaluates a year.
 * `evaluateClusterYear` in this branch takes no `asOf`; when it does, pass
 * it here (`evaluateClusterYear(document, { asOf })`) and the report will say
 * what is overdue and upcoming. Until then the page only sorts the year's
 * calendar into passed and upcoming by the date (see `splitByDate`).
 */
import { evaluateClusterYear } from '../../src/index.js';
import type { ClusterYearReport } from '../../src/index.js';

/**
 * Evaluate a cluster-year document as of a date (the date is not yet passed on).
 *
 * @example
 * evaluateAsOf(doc, '2025-04-01').summary.violations // as evaluateClusterYear(doc)
 */
export function evaluateAsOf(document: unknown, asOf: string | undefined): ClusterYearReport {
  void asOf; // connect here: evaluateClusterYear(document, { asOf })
  return evaluateClusterYear(document as Parameters<typeof evaluateClusterYear>[0]);
}

/**
 * Dated items split at an ISO date: before it (passed) and on or after it (upcoming).
 *
 * @example
 * splitByDate([{ date: '2025-01-31' }, { date: '2025-03-01' }], '2025-02-01').passed.length // 1
 */
export function splitByDate<T extends { readonly date: string }>(items: readonly T[], asOf: string): { passed: T[]; upcoming: T[] } {
  return { passed: items.filter((i) => i.date < asOf), upcoming: items.filter((i) => i.date >= asOf) };
}
