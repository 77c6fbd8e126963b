/**
 * One expense claim against the eligibility rules of its scheme
 * (`retningslinjer-2021`, `kiap-guide` "Brug af klyngemidler",
 * `klyngeregler-2023` §3.3, `ekvis-koordinator` "Møder"/"Honorering").
 */
import { parseInput } from '../../core/validate.js';
import { decide } from './decide.js';
import { clusterContextSchema, expenseSchema, type ClusterContext, type Expense, type ExpenseDecision } from './schema.js';
import { toYtd } from './yearToDate.js';

/**
 * Decide whether one expense can be paid from the cluster's funds, how much,
 * and what is missing. In the specialist scheme the caps use
 * `context.yearToDate` (what earlier claims of the same calendar year, and
 * for the coordinator fee of the same fee year April–March, approved or hold
 * pending); fold the decision into it with {@link advanceYearToDate} before
 * the next claim.
 *
 * `verdict`: `eligible` (`approved` is what the rules approve), `ineligible`
 * (nothing), or `needs-review` (documentation or a fact is missing, or a
 * person must judge: `approved` is `"0.00"` and `pending` is what a reviewer
 * can approve, caps applied).
 *
 * @param expense - the claim; errors are reported at its own paths (`['amount']`).
 * @param context - scheme, year-to-date state and options; errors at `['context', …]`.
 * @throws {KlyngeInputError} on an unknown category, a negative or 3-decimal
 * amount, attendees < 1, an invalid CVR or CPR (never echoed), or unknown keys.
 * @example
 * checkExpense(
 *   { category: 'venue-rent', amount: 10000, date: '2025-03-27', meeting: { id: 'm1', attendees: 12, externalVenue: true }, documentation: { receipt: true } },
 *   { scheme: 'speciallaegepraksis' },
 * ).approved // '9000.00'
 */
export function checkExpense(expense: Expense, context: ClusterContext = {}): ExpenseDecision {
  const parsed = parseInput(expenseSchema, expense);
  const ctx = parseInput(clusterContextSchema, context, ['context']);
  return decide(parsed, ctx, toYtd(ctx.yearToDate, parsed.date), []).decision;
}
