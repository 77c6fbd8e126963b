/**
 * Rule `eligibility.cap-order`: the year-to-date state the specialist caps
 * read, advanced one decided claim at a time.
 */
import { z } from 'zod';
import { amountSchema, validMoney } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { expenseSchema, yearToDateSchema, type Expense, type ExpenseDecision, type YearToDate, type YearToDateState } from './schema.js';
import { advance, fromYtd, toYtd } from './yearToDate.js';

/**
 * A decision from `checkExpense`: only `approved` and `pending` are read; the
 * other keys of a decision are allowed, anything else is refused (strict).
 */
const decisionSchema = z.strictObject(
  {
    id: z.unknown().optional(),
    verdict: z.unknown().optional(),
    claimed: z.unknown().optional(),
    approved: amountSchema,
    pending: amountSchema,
    findings: z.unknown().optional(),
    requiredDocuments: z.unknown().optional(),
  },
  { message: 'expected the decision from checkExpense (an object with `approved` and `pending`)' },
);

/**
 * Fold a decided claim into the year-to-date state: what it approved or holds
 * pending is added to the other-expenses pot or the coordinator fees, or to
 * its meeting's venue and catering (a meeting is counted from its first claim
 * that approves or holds money). Figures for another calendar year (fee year
 * for the coordinator fees) than the claim's start over empty. Folding
 * {@link checkExpense} and this function over claims sorted by date (then
 * input order) gives exactly what {@link checkExpenses} gives.
 *
 * @param state - the state before the claim (`undefined` or `null` → empty).
 * @param expense - the claim that was decided.
 * @param decision - its decision from {@link checkExpense} (only `approved` and `pending` are read).
 * @throws {KlyngeInputError} when the state, the claim or the decision's amounts are malformed.
 * @example
 * const claim = { category: 'presenter-fee', amount: 6000, date: '2025-02-01', documentation: { receipt: true } };
 * const state = advanceYearToDate(undefined, claim, checkExpense(claim, { scheme: 'speciallaegepraksis' }));
 * state.otherExpenses // '6000.00'
 * checkExpense({ ...claim, date: '2025-05-01' }, { scheme: 'speciallaegepraksis', yearToDate: state }).approved // '4000.00'
 */
export function advanceYearToDate(
  state: YearToDate | null | undefined,
  expense: Expense,
  decision: Pick<ExpenseDecision, 'approved' | 'pending'>,
): YearToDateState {
  const before = state === undefined || state === null ? undefined : parseInput(yearToDateSchema, state, ['state']);
  const parsed = parseInput(expenseSchema, expense, ['expense']);
  const amounts = parseInput(decisionSchema, decision, ['decision']);
  const ytd = toYtd(before, parsed.date);
  advance(ytd, parsed, validMoney(amounts.approved).plus(validMoney(amounts.pending)));
  return fromYtd(ytd);
}
