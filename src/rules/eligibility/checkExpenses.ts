/**
 * A batch of expense claims: caps applied in date order then input order
 * (rule `eligibility.cap-order`), decisions returned in input order.
 */
import { z } from 'zod';
import { echo, inputError } from '../../core/errors.js';
import type { Finding } from '../../core/findings.js';
import { ZERO, formatAmount, type Money } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { dateOrder } from './dateOrder.js';
import { decide } from './decide.js';
import { clusterContextSchema, expenseSchema, type ClusterContext, type Expense, type ExpenseDecision, type ParsedExpense } from './schema.js';
import { advance, rollTo, toYtd, yearOf } from './yearToDate.js';

const expensesSchema = z.array(expenseSchema, { message: 'expenses must be an array of expense claims' });

/** Result of {@link checkExpenses}. */
export interface ExpenseBatchResult {
  /** One decision per claim, in input order. */
  readonly decisions: ExpenseDecision[];
  /** `claimed` = `approved` + `pending` + `rejected`. */
  readonly totals: {
    /** Sum of `claimed`. */
    readonly claimed: string;
    /** Sum of `approved`: what the rules approve now. */
    readonly approved: string;
    /** Sum of `pending`: what awaits review (documentation missing or a person must judge). */
    readonly pending: string;
    /** claimed − approved − pending: refused or cut by a cap. */
    readonly rejected: string;
  };
  /** Every violation and warning of the decisions, in input order, with `data.index` (and `data.id`) naming the claim. */
  readonly findings: Finding[];
}

/** A finding of one claim, for the batch list: its data also names the claim (`index`, and `id` when it has one). */
function withClaim(f: Finding, index: number, id: string | undefined): Finding {
  const data = id === undefined ? { ...f.data, index } : { ...f.data, index, id };
  return { rule: f.rule, severity: f.severity, message: f.message, source: f.source, data };
}

/** How a claim is named in an error message: its index, and its id when it has one. */
function claimName(list: readonly ParsedExpense[], index: number): string {
  const id = list[index]!.id;
  return id === undefined ? `claim ${index}` : `claim ${index} ("${echo(id)}")`;
}

/**
 * Claims of one meeting (same id in the same calendar year) must agree on the
 * meeting's facts: a different attendee count (both given) or venue flag is
 * contradictory input, reported at the later claim naming both.
 */
function checkMeetingFacts(list: readonly ParsedExpense[]): void {
  const first = new Map<string, number>();
  list.forEach((e, index) => {
    if (e.meeting === undefined) return;
    const key = `${yearOf(e.date)}|${e.meeting.id}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, index);
      return;
    }
    const a = list[earlier]!.meeting!;
    const b = e.meeting;
    const meeting = `meeting "${echo(b.id)}"`;
    const both = `${claimName(list, earlier)} and ${claimName(list, index)}`;
    if (a.attendees !== undefined && b.attendees !== undefined && a.attendees !== b.attendees) {
      throw inputError(['expenses', index, 'meeting', 'attendees'], `${both} give ${meeting} different attendee counts (${a.attendees} and ${b.attendees})`);
    }
    if ((a.externalVenue === true) !== (b.externalVenue === true)) {
      throw inputError(['expenses', index, 'meeting', 'externalVenue'], `${both} disagree on whether ${meeting} is held at an outside venue`);
    }
    if (a.attendees === undefined && b.attendees !== undefined) first.set(key, index);
  });
}

/**
 * Check a batch of expense claims. Claims are decided in date order and, on
 * the same date, in input order, so an earlier claim uses a specialist cap
 * first (a claim in review holds its place too); the result does not
 * otherwise depend on the order given. `context.yearToDate` is the state
 * before the earliest claim; each new calendar year (fee year for the
 * coordinator fee) starts empty.
 *
 * @throws {KlyngeInputError} for any malformed claim, with its path (`['expenses', 3, 'amount']`),
 * a malformed context (`['context', …]`), or two claims that give one meeting different
 * attendee counts or venue flags. The whole batch is validated before anything is
 * decided, and only the validated copy is read.
 * @example
 * const { totals } = checkExpenses(
 *   [{ category: 'presenter-fee', amount: 6000, date: '2025-02-01', documentation: { receipt: true } },
 *    { category: 'presenter-fee', amount: 6000, date: '2025-05-01', documentation: { receipt: true } }],
 *   { scheme: 'speciallaegepraksis' },
 * );
 * totals.approved // '10000.00'
 */
export function checkExpenses(expenses: Expense[], context: ClusterContext = {}): ExpenseBatchResult {
  const list = parseInput(expensesSchema, expenses, ['expenses']);
  const ctx = parseInput(clusterContextSchema, context, ['context']);
  checkMeetingFacts(list);
  const order = dateOrder(list);
  const decisions: ExpenseDecision[] = [];
  let ytd = toYtd(ctx.yearToDate, list[order[0]!]?.date ?? '2000-01-01');
  let claimed: Money = ZERO;
  let approved: Money = ZERO;
  let pending: Money = ZERO;
  for (const index of order) {
    const e = list[index]!;
    ytd = rollTo(ytd, e.date);
    const result = decide(e, ctx, ytd, ['expenses', index]);
    advance(ytd, e, result.placed);
    decisions[index] = result.decision;
    claimed = claimed.plus(result.claimed);
    approved = approved.plus(result.approved);
    pending = pending.plus(result.pending);
  }
  const findings: Finding[] = [];
  decisions.forEach((d, index) => {
    for (const f of d.findings) if (f.severity !== 'info') findings.push(withClaim(f, index, d.id));
  });
  return {
    decisions,
    totals: {
      claimed: formatAmount(claimed),
      approved: formatAmount(approved),
      pending: formatAmount(pending),
      rejected: formatAmount(claimed.minus(approved).minus(pending)),
    },
    findings,
  };
}
