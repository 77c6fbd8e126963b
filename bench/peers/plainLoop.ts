/**
 * The floor: the general-practice verdicts as a hand-written loop with a
 * switch on the category and decimal.js sums. No validation, no findings,
 * no messages — only what a back office needs to pay or hold a claim.
 */
import { Decimal } from 'decimal.js';
import type { Expense } from '../../src/index.js';

export type Verdict = 'eligible' | 'ineligible' | 'needs-review';

/** Verdicts in input order and the batch totals (two-decimal strings). */
export interface PeerResult {
  readonly verdicts: Verdict[];
  readonly claimed: string;
  readonly approved: string;
  readonly pending: string;
}

function feeDocsMissing(e: Expense, agm: boolean): boolean {
  const d = e.documentation;
  const p = e.payee;
  return (
    !(d?.contract === true || d?.timeStatement === true) ||
    d.hourlyRate === undefined ||
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
    case 'continuing-education':
      return receipt ? 'eligible' : 'needs-review';
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
    case 'other':
      return 'needs-review';
    default:
      return 'ineligible';
  }
}

/** Decide a batch and sum claimed, approved and pending with decimal.js. */
export function plainLoop(claims: readonly Expense[]): PeerResult {
  const verdicts = new Array<Verdict>(claims.length);
  let claimed = new Decimal(0);
  let approved = new Decimal(0);
  let pending = new Decimal(0);
  for (let i = 0; i < claims.length; i += 1) {
    const e = claims[i]!;
    const verdict = verdictOf(e);
    const amount = new Decimal(e.amount);
    verdicts[i] = verdict;
    claimed = claimed.plus(amount);
    if (verdict !== 'ineligible') approved = approved.plus(amount);
    if (verdict === 'needs-review') pending = pending.plus(amount);
  }
  return { verdicts, claimed: claimed.toFixed(2), approved: approved.toFixed(2), pending: pending.toFixed(2) };
}
