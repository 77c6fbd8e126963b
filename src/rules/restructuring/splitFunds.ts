/**
 * Rule `restructuring.funds-by-patients` (klyngeregler-2023 §11.2): a cluster
 * split into several divides its savings by the new clusters' patients.
 */
import { z } from 'zod';
import { inputError } from '../../core/errors.js';
import type { Finding } from '../../core/findings.js';
import { allocate, amountSchema } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { decidedAtSchema, decisionFindings } from './decision.js';
import { patientsSchema } from '../../core/counts.js';

export { patientsSchema };

/**
 * Input of {@link splitFunds}.
 *
 * @example
 * splitFundsInputSchema.safeParse({ balance: 100, parts: [{ id: 'A', patients: 1 }] }).success // true
 */
export const splitFundsInputSchema = z.strictObject({
  balance: amountSchema.describe('The savings of the cluster being split'),
  parts: z
    .array(z.object({ id: z.string().min(1).describe('The new cluster'), patients: patientsSchema }))
    .min(1)
    .describe('The new clusters with their patients'),
  decidedAt: decidedAtSchema.optional(),
});

/** Input of {@link splitFunds}. */
export type SplitFundsInput = z.input<typeof splitFundsInputSchema>;

/** One new cluster's part of the savings. */
export interface FundPart {
  readonly id: string;
  readonly patients: number;
  readonly amount: string;
}

/** Result of {@link splitFunds}. */
export interface SplitFundsResult {
  /** The new clusters in input order; the amounts sum exactly to the balance. */
  readonly parts: FundPart[];
  readonly findings: Finding[];
}

/** Throw when an id occurs twice in a list. */
export function requireUniqueIds(items: readonly { id: string }[], key: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) throw inputError([key, index, 'id'], `id '${item.id}' occurs more than once`);
    seen.add(item.id);
  });
}

/**
 * Divide a cluster's savings between the clusters it is split into, in
 * proportion to their patients (via `allocate`, so the parts sum exactly).
 * A `decidedAt` of kind `other` gives a violation (§11.1).
 *
 * @throws {KlyngeInputError} on bad input: negative or non-integer patients, no parts, duplicate ids, zero patients in total.
 * @example
 * splitFunds({ balance: 100000, parts: [{ id: 'A', patients: 30000 }, { id: 'B', patients: 20000 }, { id: 'C', patients: 10000 }] }).parts
 * // [{ id: 'A', amount: '50000.00', … }, { id: 'B', amount: '33333.33', … }, { id: 'C', amount: '16666.67', … }]
 */
export function splitFunds(input: SplitFundsInput): SplitFundsResult {
  const { balance, parts, decidedAt } = parseInput(splitFundsInputSchema, input);
  requireUniqueIds(parts, 'parts');
  if (parts.every((p) => p.patients === 0)) throw inputError(['parts'], 'the new clusters have no patients in total; the savings cannot be divided');
  const amounts = allocate(balance, parts.map((p) => p.patients));
  return {
    parts: parts.map((p, index) => ({ id: p.id, patients: p.patients, amount: amounts[index]! })),
    findings: decisionFindings(decidedAt, 'split'),
  };
}
