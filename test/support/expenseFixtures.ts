/**
 * Test helper: small claims for the eligibility tests (a meeting's catering,
 * an external presenter, a coordinator fee) and the specialist context.
 */
import type { Expense, ExpenseDecision } from '../../src/rules/eligibility/index.js';
import { issuesOf } from './inputErrors.js';

/** The specialist scheme as a context. */
export const S = { scheme: 'speciallaegepraksis' } as const;
/** A valid CVR number (mod-11). */
export const CVR = '10150817';
/** Documentation with a receipt. */
export const receipt = { receipt: true } as const;
/** The findings of a decision as `[rule, severity]` pairs. */
export const rules = (d: ExpenseDecision) => d.findings.map((f) => [f.rule, f.severity]);
/** The first issue of the KlyngeInputError that `fn` throws. */
export const first = (fn: () => unknown) => issuesOf(fn)[0]!;
/** Catering for meeting `id` with `attendees` present. */
export const meal = (id: string, amount: number | string, attendees: number, date = '2025-03-27', extra: Partial<NonNullable<Expense['meeting']>> = {}): Expense => ({
  category: 'catering',
  amount,
  date,
  meeting: { id, attendees, ...extra },
  documentation: receipt,
});
/** An external presenter's fee with a receipt. */
export const talk = (amount: number | string, date = '2025-06-01'): Expense => ({ category: 'presenter-fee', amount, date, payee: { role: 'external', cvr: CVR }, documentation: receipt });
/** A coordinator fee with the payee's CVR. */
export const fee = (amount: number | string, date = '2025-03-31'): Expense => ({ category: 'coordinator-fee', amount, date, payee: { role: 'coordinator', cvr: CVR } });
