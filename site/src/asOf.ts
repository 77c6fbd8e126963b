/**
 * The one place the page evaluates a year: as of the end of a date when one
 * is given (duties not yet due are never violations), else the whole year.
 */
import { evaluateClusterYear } from '../../src/index.js';
import type { ClusterYear, ClusterYearReport } from '../../src/index.js';

/**
 * Evaluate a cluster-year document, as of `asOf` when given.
 *
 * @example
 * evaluateAsOf(doc, '2025-04-01').asOf // '2025-04-01'
 */
export function evaluateAsOf(document: unknown, asOf: string | undefined): ClusterYearReport {
  return evaluateClusterYear(document as ClusterYear, asOf === undefined ? {} : { asOf });
}

/** The four states of a duty, in the order the page lists them. */
export const DUTY_STATES = ['overdue', 'unknown', 'upcoming', 'done'] as const;

/**
 * The report's duties grouped by state.
 *
 * @example
 * dutiesByState(report).overdue.map((d) => d.id)
 */
export function dutiesByState(report: ClusterYearReport): Record<(typeof DUTY_STATES)[number], ClusterYearReport['duties']> {
  const groups = { overdue: [], unknown: [], upcoming: [], done: [] } as Record<(typeof DUTY_STATES)[number], ClusterYearReport['duties']>;
  for (const duty of report.duties) groups[duty.state].push(duty);
  return groups;
}
