/**
 * The general-practice eligibility rules written for json-rules-engine, as a
 * back office would: a JSON rule set (category table, payee-role rules,
 * documentation requirements) over flat facts derived from each claim.
 * The facts are precomputed in JS (no JSONPath), which favours the peer.
 */
import { Decimal } from 'decimal.js';
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Expense } from '../../src/index.js';
import type { PeerResult, Verdict } from './plainLoop.js';

const FEES = ['coordinator-fee', 'board-fee', 'secretary-fee', 'task-fee', 'presenter-fee', 'facilitator-fee', 'consultancy'];
const POST_FEES = ['coordinator-fee', 'board-fee', 'secretary-fee', 'task-fee'];

const is = (fact: string, value: unknown) => ({ fact, operator: 'equal', value });
const oneOf = (fact: string, value: unknown[]) => ({ fact, operator: 'in', value });
const refuse = { type: 'ineligible' };
const review = { type: 'needs-review' };

/** The rule set (plain JSON: could be loaded from a file). */
export const RULES: RuleProperties[] = [
  {
    name: 'refused-categories',
    conditions: { all: [oneOf('category', ['member-equipment', 'clinical-equipment', 'member-compensation', 'member-transport', 'clinic-operations', 'study-trip-abroad'])] },
    event: refuse,
  },
  { name: 'members-unpaid', conditions: { all: [oneOf('category', ['coordinator-fee', 'board-fee', 'secretary-fee']), oneOf('role', ['member', 'clinic'])] }, event: refuse },
  { name: 'clinic-unpaid', conditions: { all: [oneOf('category', ['task-fee', 'presenter-fee', 'facilitator-fee', 'consultancy']), is('role', 'clinic')] }, event: refuse },
  { name: 'conference-leaders-only', conditions: { all: [is('category', 'conference-participation'), oneOf('role', ['member', 'secretary', 'external', 'clinic'])] }, event: refuse },
  { name: 'mileage-leaders-only', conditions: { all: [is('category', 'mileage'), oneOf('role', ['member', 'secretary', 'clinic'])] }, event: refuse },
  { name: 'mileage-in-fee', conditions: { all: [is('category', 'mileage'), is('role', 'external')] }, event: review },
  {
    name: 'payee-role-mismatch',
    conditions: {
      any: [
        { all: [is('category', 'coordinator-fee'), oneOf('role', ['board', 'secretary', 'external'])] },
        { all: [is('category', 'board-fee'), oneOf('role', ['coordinator', 'secretary', 'external'])] },
        { all: [is('category', 'secretary-fee'), oneOf('role', ['coordinator', 'board'])] },
        { all: [is('category', 'consultancy'), oneOf('role', ['member', 'coordinator', 'board', 'secretary'])] },
      ],
    },
    event: review,
  },
  { name: 'judged-by-a-person', conditions: { all: [oneOf('category', ['other', 'continuing-education'])] }, event: review },
  {
    name: 'receipt',
    conditions: { all: [oneOf('category', ['venue-rent', 'catering', 'shared-meeting-equipment', 'conference-participation', 'continuing-education', 'other']), is('receipt', false)] },
    event: review,
  },
  { name: 'contract', conditions: { all: [oneOf('category', FEES), is('contract', false)] }, event: review },
  { name: 'hourly-rate', conditions: { all: [oneOf('category', FEES), is('hourlyBasis', true), is('hourlyRate', false)] }, event: review },
  { name: 'payee-tax-id', conditions: { all: [oneOf('category', [...FEES, 'mileage']), is('taxId', false)] }, event: review },
  { name: 'agm-approval', conditions: { all: [oneOf('category', POST_FEES), is('agmApproval', false)] }, event: review },
  { name: 'payee-role', conditions: { all: [oneOf('category', ['conference-participation', 'mileage']), is('payeeGiven', false)] }, event: review },
];

/** The flat facts of one claim. */
function factsOf(e: Expense): Record<string, unknown> {
  const d = e.documentation;
  const p = e.payee;
  return {
    category: e.category,
    role: p?.role ?? 'none',
    payeeGiven: p !== undefined,
    receipt: d?.receipt === true,
    contract: d?.contract === true,
    hourlyBasis: d?.feeBasis === 'hourly',
    hourlyRate: d?.hourlyRate !== undefined,
    taxId: p?.cvr !== undefined || p?.cpr !== undefined,
    agmApproval: d?.approvedInMinutes === true,
  };
}

/** A reusable engine with the rule set loaded. */
export function createEngine(): Engine {
  return new Engine(RULES);
}

/** The verdict on one claim. */
export async function verdictOf(engine: Engine, e: Expense): Promise<Verdict> {
  const { events } = await engine.run(factsOf(e));
  if (events.some((ev) => ev.type === 'ineligible')) return 'ineligible';
  return events.length > 0 ? 'needs-review' : 'eligible';
}

/** Decide a batch (one claim after another) and sum with decimal.js: approved when eligible, pending while in review. */
export async function jsonRulesEngine(engine: Engine, claims: readonly Expense[]): Promise<PeerResult> {
  const verdicts = new Array<Verdict>(claims.length);
  let claimed = new Decimal(0);
  let approved = new Decimal(0);
  let pending = new Decimal(0);
  for (let i = 0; i < claims.length; i += 1) {
    const e = claims[i]!;
    const verdict = await verdictOf(engine, e);
    const amount = new Decimal(e.amount);
    verdicts[i] = verdict;
    claimed = claimed.plus(amount);
    if (verdict === 'eligible') approved = approved.plus(amount);
    else if (verdict === 'needs-review') pending = pending.plus(amount);
  }
  return { verdicts, claimed: claimed.toFixed(2), approved: approved.toFixed(2), pending: pending.toFixed(2) };
}
