/**
 * A batch of expense claims: caps applied in date order then input order
 * (rule `eligibility.cap-order`), decisions returned in input order.
 */
import { z } from 'zod';
import type { Finding } from '../../core/findings.js';
import { ZERO, formatAmount, type Money } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { advance, decide, emptyYtd, resolveEnv, toYtd, yearOf } from './decide.js';
import { dateOrder } from './dateOrder.js';
import { surelyValidExpenses } from './fastValidate.js';
import { clusterContextSchema, expenseSchema, type ClusterContext, type Expense, type ExpenseDecision } from './schema.js';

const expensesSchema = z.array(expenseSchema, { message: 'expenses must be an array of expense claims' });

/** Result of {@link checkExpenses}. */
export interface ExpenseBatchResult {
  /** One decision per claim, in input order. */
  readonly decisions: ExpenseDecision[];
  readonly totals: {
    /** Sum of `claimed`. */
    readonly claimed: string;
    /** Sum of `approved` (includes `pending`). */
    readonly approved: string;
    /** claimed − approved: refused or cut by a cap. */
    readonly rejected: string;
    /** The part of `approved` that still needs review (documentation missing or a person must judge). */
    readonly pending: string;
  };
  /** Every violation and warning of the decisions, in input order, with `data.index` (and `data.id`) naming the claim. */
  readonly findings: Finding[];
}

/** A finding of one claim, for the batch list: its data also names the claim (`index`, and `id` when it has one). */
function withClaim(f: Finding, index: number, id: string | undefined): Finding {
  const data = id === undefined ? { ...f.data, index } : { ...f.data, index, id };
  return { rule: f.rule, severity: f.severity, message: f.message, source: f.source, data };
}

/**
 * Check a batch of expense claims. Claims are decided in date order and, on
 * the same date, in input order, so an earlier claim uses a specialist cap
 * first; the result does not otherwise depend on the order given.
 * `context.yearToDate` is the state before the earliest claim (used when it
 * is for that claim's year); each new calendar year starts empty.
 *
 * @throws {KlyngeInputError} for any malformed claim, with its path (`['expenses', 3, 'amount']`),
 * or a malformed context (`['context', …]`). The whole batch is validated before anything is decided.
 * @example
 * const { totals } = checkExpenses(
 *   [{ category: 'presenter-fee', amount: 6000, date: '2025-02-01', documentation: { receipt: true } },
 *    { category: 'presenter-fee', amount: 6000, date: '2025-05-01', documentation: { receipt: true } }],
 *   { scheme: 'speciallaegepraksis' },
 * );
 * totals.approved // '10000.00'
 */
export function checkExpenses(expenses: Expense[], context: ClusterContext = {}): ExpenseBatchResult {
  const list = surelyValidExpenses(expenses) ?? parseInput(expensesSchema, expenses, ['expenses']);
  const ctx = parseInput(clusterContextSchema, context, ['context']);
  const env = resolveEnv(ctx);
  const n = list.length;
  const order = dateOrder(list);
  // Stryker disable next-line ArrayDeclaration: equivalent — the length only preallocates; every index is written below
  const decisions = new Array<ExpenseDecision>(n);
  let ytd = toYtd(ctx.yearToDate, n === 0 ? 0 : yearOf(list[order[0]!]!.date));
  let claimed: Money = ZERO;
  let approved: Money = ZERO;
  let pending: Money = ZERO;
  for (const index of order) {
    const e = list[index]!;
    const year = yearOf(e.date);
    if (ytd.year !== year) ytd = emptyYtd(year);
    const result = decide(e, env, ytd, ['expenses', index]);
    advance(ytd, e, result.approved);
    decisions[index] = result.decision;
    claimed = claimed.plus(result.claimed);
    approved = approved.plus(result.approved);
    if (result.decision.verdict === 'needs-review') pending = pending.plus(result.approved);
  }
  const findings: Finding[] = [];
  for (let index = 0; index < n; index += 1) {
    const d = decisions[index]!;
    for (const f of d.findings) {
      if (f.severity !== 'info') findings.push(withClaim(f, index, d.id));
    }
  }
  return {
    decisions,
    totals: {
      claimed: formatAmount(claimed),
      approved: formatAmount(approved),
      rejected: formatAmount(claimed.minus(approved)),
      pending: formatAmount(pending),
    },
    findings,
  };
}
