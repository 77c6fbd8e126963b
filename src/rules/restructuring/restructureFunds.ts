/**
 * Rules `restructuring.funds-by-patients` (klyngeregler-2023 §11.2) and
 * `restructuring.pooled-division` (interpretation): several clusters become
 * several new ones, and the savings follow the patients.
 */
import { z } from 'zod';
import { inputError } from '../../core/errors.js';
import type { Finding } from '../../core/findings.js';
import { allocate, amountSchema, formatAmount, sumMoney, toMoney, ZERO, type Money } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { decidedAtSchema, decisionFindings } from './decision.js';
import { patientsSchema, requireUniqueIds, type FundPart } from './splitFunds.js';

/**
 * Input of {@link restructureFunds}.
 *
 * @example
 * restructureFundsInputSchema.parse({ clusters: [{ id: 'A', balance: 1 }], moves: [{ from: 'A', to: 'X', patients: 1 }] }).method // 'pooled'
 */
export const restructureFundsInputSchema = z.strictObject({
  clusters: z
    .array(z.object({ id: z.string().min(1).describe('The old cluster'), balance: amountSchema }))
    .min(1)
    .describe('The old clusters with their savings'),
  moves: z
    .array(z.object({ from: z.string().min(1).describe('The old cluster'), to: z.string().min(1).describe('The new cluster'), patients: patientsSchema }))
    .min(1)
    .describe('Patients moving from an old cluster (id in `clusters`) to a new cluster'),
  method: z
    .enum(['pooled', 'by-origin'])
    .default('pooled')
    .describe("pooled (default): all savings divided by the new clusters' patients; by-origin: each old cluster's savings follow its own patients"),
  decidedAt: decidedAtSchema.optional(),
});

/** Input of {@link restructureFunds}. */
export type RestructureFundsInput = z.input<typeof restructureFundsInputSchema>;

/** Result of {@link restructureFunds}. */
export interface RestructureFundsResult {
  /** The new clusters in order of first appearance as `to` in `moves`, with their patients and savings. */
  readonly clusters: FundPart[];
  /** The sum of the old balances (= the sum of the new amounts). */
  readonly balance: string;
  readonly method: 'pooled' | 'by-origin';
  readonly findings: Finding[];
}

/**
 * Divide the savings of old clusters between the new clusters they become.
 * `pooled` (default): all savings are pooled and divided by the new clusters'
 * patient counts. `by-origin`: each old cluster's savings are divided by where
 * its own patients go, then summed per new cluster. Every division goes
 * through `allocate`, so the new amounts sum exactly to the old balances.
 *
 * @throws {KlyngeInputError} on bad input: a move from an unknown cluster,
 * duplicate old ids, zero patients in total, or (by-origin) an old cluster with
 * savings but no patients moving anywhere.
 * @example
 * restructureFunds({
 *   clusters: [{ id: 'A', balance: 90000 }, { id: 'B', balance: 30000 }],
 *   moves: [{ from: 'A', to: 'X', patients: 20000 }, { from: 'A', to: 'Y', patients: 10000 }, { from: 'B', to: 'Y', patients: 30000 }],
 * }).clusters
 * // [{ id: 'X', patients: 20000, amount: '40000.00' }, { id: 'Y', patients: 40000, amount: '80000.00' }]
 */
export function restructureFunds(input: RestructureFundsInput): RestructureFundsResult {
  const { clusters, moves, method, decidedAt } = parseInput(restructureFundsInputSchema, input);
  requireUniqueIds(clusters, 'clusters');
  const balances = new Map<string, Money>(clusters.map((c) => [c.id, toMoney(c.balance)]));
  moves.forEach((move, index) => {
    if (!balances.has(move.from)) throw inputError(['moves', index, 'from'], `move from '${move.from}', which is not one of the old clusters`);
  });
  const newIds: string[] = [];
  for (const move of moves) if (!newIds.includes(move.to)) newIds.push(move.to);
  const patients = newIds.map((id) => moves.filter((m) => m.to === id).reduce((sum, m) => sum + m.patients, 0));
  if (patients.every((p) => p === 0)) throw inputError(['moves'], 'no patients move to the new clusters; the savings cannot be divided');
  const total = sumMoney(balances.values());

  let amounts: Money[];
  if (method === 'pooled') {
    amounts = allocate(formatAmount(total), patients).map((a) => toMoney(a));
  } else {
    amounts = newIds.map(() => ZERO);
    clusters.forEach((c, index) => {
      const balance = balances.get(c.id)!;
      const weights = newIds.map((id) => moves.filter((m) => m.from === c.id && m.to === id).reduce((sum, m) => sum + m.patients, 0));
      if (weights.every((w) => w === 0)) {
        if (balance.isZero()) return;
        throw inputError(['clusters', index], `no patients move from '${c.id}', so its savings have nowhere to go under by-origin; use the pooled method`);
      }
      allocate(formatAmount(balance), weights).forEach((a, j) => {
        amounts[j] = amounts[j]!.plus(toMoney(a));
      });
    });
  }
  return {
    clusters: newIds.map((id, index) => ({ id, patients: patients[index]!, amount: formatAmount(amounts[index]!) })),
    balance: formatAmount(total),
    method,
    findings: decisionFindings(decidedAt, 'restructure'),
  };
}
