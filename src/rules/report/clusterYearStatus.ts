/**
 * The status of a cluster year as of a date, for `klyngeregler status
 * <file> --as-of DATE`: what is overdue, what is unknown and what falls due
 * in the next days. The same report as {@link evaluateClusterYear}, read
 * for its duties.
 */
import { z } from 'zod';
import { addDays, isoDateSchema } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import { parseInput } from '../../core/validate.js';
import type { DutyStatus } from '../duties/state.js';
import { evaluateClusterYear } from './evaluateClusterYear.js';
import type { ClusterYearReport } from './evaluateClusterYear.js';
import type { ClusterYear } from './schema.js';

/**
 * zod schema of the options of {@link clusterYearStatus}: `asOf` is
 * required (no clock is read); `days` (default 30) is how far ahead
 * `dueSoon` looks.
 *
 * @example
 * clusterYearStatusOptionsSchema.safeParse({ asOf: '2025-03-01' }).success // true
 * clusterYearStatusOptionsSchema.safeParse({}).success // false (asOf is required)
 */
export const clusterYearStatusOptionsSchema = z
  .strictObject({
    asOf: isoDateSchema.describe('The day at whose end the status is taken (required: no clock is read)'),
    days: z.number().int().min(0).max(366).optional().describe('How many days ahead `dueSoon` looks; default 30'),
  })
  .describe('Options of the status of a cluster year');

/** Options of {@link clusterYearStatus}. */
export type ClusterYearStatusOptions = z.input<typeof clusterYearStatusOptionsSchema>;

/** The status of a cluster year as of a date. */
export interface ClusterYearStatus {
  readonly asOf: IsoDate;
  /** Duties whose day has passed and that the document says were not done. */
  readonly overdue: DutyStatus[];
  /** Duties whose day has passed and about which the document says nothing. */
  readonly unknown: DutyStatus[];
  /** Duties not done that fall due after `asOf` and at most `days` days later. */
  readonly dueSoon: DutyStatus[];
  /** The whole report as of `asOf` (its findings and summary decide an exit code). */
  readonly report: ClusterYearReport;
}

/**
 * What is overdue, unknown and due within `days` (default 30) days after
 * `asOf`, from the year report as of `asOf`.
 *
 * @throws {KlyngeInputError} for a bad document (paths into it) or bad options (paths under `options`).
 * @example
 * const status = clusterYearStatus({ year: 2025, cluster: { id: 'K1', coordinatorId: 'D1', clinics: [{ id: 'C1', listedPatients: 31000, owners: ['D1'] }], doctors: [{ id: 'D1', role: 'owner', clinicId: 'C1' }] } }, { asOf: '2025-04-15' });
 * status.overdue.map((d) => d.id) // ['2025-agm'] (no AGM recorded by the end of March)
 * status.unknown.map((d) => d.id) // ['2025-registration', '2025-activity-report']
 * status.dueSoon // []
 */
export function clusterYearStatus(input: ClusterYear, options: ClusterYearStatusOptions): ClusterYearStatus {
  const { asOf, days = 30 } = parseInput(clusterYearStatusOptionsSchema, options, ['options']);
  const report = evaluateClusterYear(input, { asOf });
  const horizon = addDays(asOf, days);
  return {
    asOf,
    overdue: report.duties.filter((d) => d.state === 'overdue'),
    unknown: report.duties.filter((d) => d.state === 'unknown'),
    dueSoon: report.duties.filter((d) => d.state === 'upcoming' && d.due > asOf && d.due <= horizon),
    report,
  };
}
