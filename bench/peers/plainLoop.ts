/**
 * The fair plain loop: the general-practice verdicts as a hand-written loop
 * with a switch on the category, after validating the batch with the
 * library's own zod schema (`expenseSchema`), and with the same output
 * shape as `checkExpenses`: a decision per claim with its amounts as
 * two-decimal text (`approved` only when eligible, `pending` while in
 * review), and the batch totals, summed with decimal.js. General practice
 * has no caps, so every claim is decided on its own. What it leaves out is
 * what the library adds for people: findings with bilingual messages
 * (warnings such as a contract without time records or a rate above PLO's
 * change no verdict) and the list of required documents.
 */
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { expenseSchema, type Expense } from '../../src/index.js';

export type Verdict = 'eligible' | 'ineligible' | 'needs-review';

/** Verdicts in input order and the batch totals (two-decimal strings): what every peer returns. */
export interface PeerResult {
  readonly verdicts: Verdict[];
  readonly claimed: string;
  readonly approved: string;
  readonly pending: string;
}

/** One claim's decision, shaped like `checkExpenses`' decisions (without findings and documents). */
export interface PlainDecision {
  readonly id?: string;
  readonly verdict: Verdict;
  readonly claimed: string;
  readonly approved: string;
  readonly pending: string;
}

/** The plain loop's result, shaped like `checkExpenses`' result. */
export interface PlainLoopResult {
  readonly decisions: PlainDecision[];
  readonly totals: { readonly claimed: string; readonly approved: string; readonly pending: string; readonly rejected: string };
}

/** A fee's papers: the contract, the rate when paid by the hour, the payee's CVR or CPR, and (for the cluster's own posts) the AGM's approval. */
function feeDocsMissing(e: Expense, agm: boolean): boolean {
  const d = e.documentation;
  const p = e.payee;
  return (
    d?.contract !== true ||
    (d.feeBasis === 'hourly' && d.hourlyRate === undefined) ||
    (p?.cvr === undefined && p?.cpr === undefined) ||
    (agm && d.approvedInMinutes !== true)
  );
}

/** The verdict on one claim in the general-practice scheme. */
export function verdictOf(e: Expense): Verdict {
  const role = e.payee?.role;
  const receipt = e.documentation?.receipt === true;
  switch (e.category) {
    case 'venue-rent':
    case 'catering':
    case 'shared-meeting-equipment':
      return receipt ? 'eligible' : 'needs-review';
    case 'continuing-education':
    case 'other':
      return 'needs-review';
    case 'coordinator-fee':
    case 'board-fee':
    case 'secretary-fee': {
      if (role === 'member' || role === 'clinic') return 'ineligible';
      const own = e.category === 'coordinator-fee' ? 'coordinator' : e.category === 'board-fee' ? 'board' : 'secretary';
      const mismatch = role !== undefined && role !== own && !(e.category === 'secretary-fee' && role === 'external');
      return mismatch || feeDocsMissing(e, true) ? 'needs-review' : 'eligible';
    }
    case 'task-fee':
      if (role === 'clinic') return 'ineligible';
      return feeDocsMissing(e, true) ? 'needs-review' : 'eligible';
    case 'presenter-fee':
    case 'facilitator-fee':
      if (role === 'clinic') return 'ineligible';
      return feeDocsMissing(e, false) ? 'needs-review' : 'eligible';
    case 'consultancy':
      if (role === 'clinic') return 'ineligible';
      return (role !== undefined && role !== 'external') || feeDocsMissing(e, false) ? 'needs-review' : 'eligible';
    case 'conference-participation':
      if (role === undefined) return 'needs-review';
      if (role !== 'coordinator' && role !== 'board') return 'ineligible';
      return receipt ? 'eligible' : 'needs-review';
    case 'mileage':
      if (role === undefined) return 'needs-review';
      if (role === 'member' || role === 'secretary' || role === 'clinic') return 'ineligible';
      return role === 'external' || (e.payee?.cvr === undefined && e.payee?.cpr === undefined) ? 'needs-review' : 'eligible';
    default:
      return 'ineligible';
  }
}

const batchSchema = z.array(expenseSchema);

/** Validate the batch with the library's schema, decide each claim, and sum with decimal.js. */
export function plainLoop(claims: readonly Expense[]): PlainLoopResult {
  const parsed = batchSchema.parse(claims);
  const decisions = new Array<PlainDecision>(parsed.length);
  let claimed = new Decimal(0);
  let approved = new Decimal(0);
  let pending = new Decimal(0);
  for (let i = 0; i < parsed.length; i += 1) {
    const e = parsed[i]!;
    const verdict = verdictOf(e);
    const amount = new Decimal(e.amount);
    const text = amount.toFixed(2);
    decisions[i] = {
      ...(e.id === undefined ? {} : { id: e.id }),
      verdict,
      claimed: text,
      approved: verdict === 'eligible' ? text : '0.00',
      pending: verdict === 'needs-review' ? text : '0.00',
    };
    claimed = claimed.plus(amount);
    if (verdict === 'eligible') approved = approved.plus(amount);
    else if (verdict === 'needs-review') pending = pending.plus(amount);
  }
  return {
    decisions,
    totals: { claimed: claimed.toFixed(2), approved: approved.toFixed(2), pending: pending.toFixed(2), rejected: claimed.minus(approved).minus(pending).toFixed(2) },
  };
}
