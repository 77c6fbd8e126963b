/**
 * Rule `eligibility.cap-order`: the year-to-date state the specialist caps
 * read, advanced one decided claim at a time.
 */
import { z } from 'zod';
import { amountSchema, validMoney } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { advance, fromYtd, toYtd, yearOf } from './decide.js';
import { expenseSchema, yearToDateSchema, type Expense, type ExpenseDecision, type YearToDate, type YearToDateState } from './schema.js';

/** The part of a decision that is read: `approved`. */
const decisionSchema = z.object({ approved: amountSchema }, { message: 'expected the decision from checkExpense (an object with `approved`)' });

/**
 * Fold a decided claim into the year-to-date state: the approved amount is
 * added to the presenter or coordinator total, or to its meeting's venue and
 * catering (a meeting is counted from its first claim that approves money).
 * State for another year than the claim's starts over empty. Folding
 * {@link checkExpense} and this function over claims sorted by date (then
 * input order) gives exactly what {@link checkExpenses} gives.
 *
 * @param state - the state before the claim (`undefined` or `null` → empty).
 * @param expense - the claim that was decided.
 * @param decision - its decision from {@link checkExpense} (only `approved` is read).
 * @throws {KlyngeInputError} when the state, the claim or `decision.approved` is malformed.
 * @example
 * const claim = { category: 'presenter-fee', amount: 6000, date: '2025-02-01', documentation: { receipt: true } };
 * const state = advanceYearToDate(undefined, claim, checkExpense(claim, { scheme: 'speciallaegepraksis' }));
 * state.presenterFees // '6000.00'
 * checkExpense({ ...claim, date: '2025-05-01' }, { scheme: 'speciallaegepraksis', yearToDate: state }).approved // '4000.00'
 */
export function advanceYearToDate(
  state: YearToDate | null | undefined,
  expense: Expense,
  decision: Pick<ExpenseDecision, 'approved'>,
): YearToDateState {
  const before = state === undefined || state === null ? undefined : parseInput(yearToDateSchema, state, ['state']);
  const parsed = parseInput(expenseSchema, expense, ['expense']);
  const approved = validMoney(parseInput(decisionSchema, decision, ['decision']).approved);
  const ytd = toYtd(before, yearOf(parsed.date));
  advance(ytd, parsed, approved);
  return fromYtd(ytd);
}
