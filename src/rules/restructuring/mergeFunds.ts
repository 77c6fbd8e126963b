/**
 * Rule `restructuring.funds-by-patients` (klyngeregler-2023 §11.2): clusters
 * merged into one pool their savings and patients.
 */
import { z } from 'zod';
import type { Finding } from '../../core/findings.js';
import { amountSchema, formatAmount, sumMoney, toMoney } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { decidedAtSchema, decisionFindings } from './decision.js';
import { patientsSchema, requireUniqueIds } from './splitFunds.js';

/**
 * Input of {@link mergeFunds}.
 *
 * @example
 * mergeFundsInputSchema.safeParse({ clusters: [] }).success // false (at least one cluster)
 */
export const mergeFundsInputSchema = z.strictObject({
  clusters: z
    .array(z.object({ id: z.string().min(1).describe('The cluster'), balance: amountSchema, patients: patientsSchema }))
    .min(1)
    .describe('The clusters being merged'),
  decidedAt: decidedAtSchema.optional(),
});

/** Input of {@link mergeFunds}. */
export type MergeFundsInput = z.input<typeof mergeFundsInputSchema>;

/** Result of {@link mergeFunds}. */
export interface MergeFundsResult {
  /** The sum of the balances. */
  readonly balance: string;
  /** The sum of the patients. */
  readonly patients: number;
  readonly findings: Finding[];
}

/**
 * Merge clusters: the new cluster's savings are the sum of their balances and
 * its patients the sum of theirs. A `decidedAt` of kind `other` gives a violation (§11.1).
 *
 * @throws {KlyngeInputError} on bad input: no clusters, duplicate ids, negative amounts or counts.
 * @example
 * mergeFunds({ clusters: [{ id: 'A', balance: 60000, patients: 25000 }, { id: 'B', balance: '40000.50', patients: 15000 }] })
 * // { balance: '100000.50', patients: 40000, findings: [] }
 */
export function mergeFunds(input: MergeFundsInput): MergeFundsResult {
  const { clusters, decidedAt } = parseInput(mergeFundsInputSchema, input);
  requireUniqueIds(clusters, 'clusters');
  return {
    balance: formatAmount(sumMoney(clusters.map((c) => toMoney(c.balance)))),
    patients: clusters.reduce((sum, c) => sum + c.patients, 0),
    findings: decisionFindings(decidedAt, 'merge'),
  };
}
