import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toMoney, sumMoney, formatAmount } from '../../src/core/money.js';
import type { Money } from '../../src/core/money.js';
import { isRuleId, KlyngeInputError } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';
import {
  advanceYearToDate,
  checkExpense,
  checkExpenses,
  EXPENSE_CATEGORIES,
  PAYEE_ROLES,
  type ClusterContext,
  type Expense,
  type ExpenseDecision,
  type YearToDate,
} from '../../src/rules/eligibility/index.js';

const amountArb = fc
  .tuple(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([kr, ore, asNumber]) => {
    const text = `${kr}.${String(ore).padStart(2, '0')}`;
    return asNumber ? Number(text) : text;
  });

const dateArb = fc
  .tuple(fc.integer({ min: 2024, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const expenseArb: fc.Arbitrary<Expense> = fc.record(
  {
    id: fc.string({ maxLength: 4 }),
    category: fc.constantFrom(...EXPENSE_CATEGORIES),
    amount: amountArb,
    date: dateArb,
    payee: fc.record(
      { role: fc.constantFrom(...PAYEE_ROLES), cvr: fc.constant('10150817'), cpr: fc.constant('010190-1234') },
      { requiredKeys: ['role'] },
    ),
    meeting: fc.record(
      {
        id: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5', 'm6'),
        attendees: fc.integer({ min: 1, max: 30 }),
        externalVenue: fc.boolean(),
        overnight: fc.boolean(),
      },
      { requiredKeys: ['id'] },
    ),
    documentation: fc.record(
      { receipt: fc.boolean(), contract: fc.boolean(), timeStatement: fc.boolean(), hourlyRate: fc.constantFrom(800, '1072.02', 1500), approvedInMinutes: fc.boolean() },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['category', 'amount', 'date'] },
);

const contextArb: fc.Arbitrary<ClusterContext> = fc.record(
  {
    scheme: fc.constantFrom<'almen-praksis' | 'speciallaegepraksis'>('almen-praksis', 'speciallaegepraksis'),
    costlyVenuePerAttendee: fc.constantFrom<false | number | string>(false, 500, '750'),
  },
  { requiredKeys: ['scheme'] },
);

/**
 * Batches whose claims agree on each meeting's facts (contradictory facts are
 * an input error, tested in checkExpenses.test.ts): attendees and venue come
 * from one table per meeting id.
 */
const batchArb = fc
  .tuple(
    fc.array(expenseArb, { maxLength: 40 }),
    fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 6, maxLength: 6 }),
    fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  )
  .map(([list, attendees, external]) =>
    list.map((e) => {
      if (e.meeting === undefined) return e;
      const k = Number(e.meeting.id.slice(1)) - 1;
      const meeting = { ...e.meeting, externalVenue: external[k]! };
      return { ...e, meeting: e.meeting.attendees === undefined ? meeting : { ...meeting, attendees: attendees[k]! } };
    }),
  );

const money = (s: string) => toMoney(s);

function sortedIndices(expenses: readonly Expense[]): number[] {
  return expenses.map((_, i) => i).sort((a, b) => (expenses[a]!.date < expenses[b]!.date ? -1 : expenses[a]!.date > expenses[b]!.date ? 1 : a - b));
}

describe('checkExpense / checkExpenses properties', () => {
  test.prop([batchArb, contextArb])('approved and pending are never negative and never more than claimed; the verdict says which is used', (expenses, context) => {
    for (const d of checkExpenses(expenses, context).decisions) {
      const approved = money(d.approved);
      const pending = money(d.pending);
      expect(approved.greaterThanOrEqualTo(0) && pending.greaterThanOrEqualTo(0)).toBe(true);
      // claimed = approved + pending + rejected, with the rejected part never negative
      expect(approved.plus(pending).lessThanOrEqualTo(money(d.claimed))).toBe(true);
      if (d.verdict === 'ineligible') {
        expect([d.approved, d.pending]).toEqual(['0.00', '0.00']);
        expect(d.requiredDocuments).toEqual([]);
      }
      if (d.verdict === 'eligible') expect(d.pending).toBe('0.00');
      if (d.verdict === 'needs-review') expect(d.approved).toBe('0.00');
      if (d.requiredDocuments.length > 0) expect(d.verdict).toBe('needs-review');
      for (const f of d.findings) expect(isRuleId(f.rule)).toBe(true);
    }
  });

  test.prop([batchArb, contextArb])('totals equal the sums of the decisions, and approved + pending + rejected = claimed', (expenses, context) => {
    const { decisions, totals } = checkExpenses(expenses, context);
    const claimed = sumMoney(decisions.map((d) => money(d.claimed)));
    const approved = sumMoney(decisions.map((d) => money(d.approved)));
    const pending = sumMoney(decisions.map((d) => money(d.pending)));
    expect(totals).toEqual({
      claimed: formatAmount(claimed),
      approved: formatAmount(approved),
      pending: formatAmount(pending),
      rejected: formatAmount(claimed.minus(approved).minus(pending)),
    });
    expect(money(totals.approved).plus(money(totals.pending)).plus(money(totals.rejected)).equals(money(totals.claimed))).toBe(true);
    expect(money(totals.rejected).greaterThanOrEqualTo(0)).toBe(true);
    expect(decisions.map((d) => d.claimed)).toEqual(expenses.map((e) => formatAmount(toMoney(e.amount))));
  });

  test.prop([batchArb, contextArb])('the batch equals folding checkExpense and advanceYearToDate over the sorted claims', (expenses, context) => {
    const batch = checkExpenses(expenses, context);
    const folded: ExpenseDecision[] = new Array(expenses.length);
    let state: YearToDate | undefined;
    for (const i of sortedIndices(expenses)) {
      const e = expenses[i]!;
      const d = checkExpense(e, state === undefined ? context : { ...context, yearToDate: state });
      state = advanceYearToDate(state, e, d);
      folded[i] = d;
    }
    expect(batch.decisions).toEqual(folded);
  });

  test.prop([batchArb])('specialist caps are never exceeded: other expenses 10,000 kr a calendar year, coordinator fees 50,000 kr a fee year, each meeting its cap, 4 meetings a year', (expenses) => {
    const { decisions } = checkExpenses(expenses, { scheme: 'speciallaegepraksis' });
    const add = (map: Map<string, Money>, key: string, value: Money) => map.set(key, (map.get(key) ?? toMoney(0)).plus(value));
    const otherApproved = new Map<string, Money>();
    const otherPlaced = new Map<string, Money>();
    const feesApproved = new Map<string, Money>();
    const feesPlaced = new Map<string, Money>();
    const meetings = new Map<string, { total: Money; cap: Money }>();
    const counted = new Map<string, Set<string>>();
    expenses.forEach((e, i) => {
      const approved = money(decisions[i]!.approved);
      const placed = approved.plus(money(decisions[i]!.pending));
      const year = e.date.slice(0, 4);
      const month = Number(e.date.slice(5, 7));
      const feeYear = String(month >= 4 ? Number(year) : Number(year) - 1);
      if (e.category === 'coordinator-fee') {
        add(feesApproved, feeYear, approved);
        add(feesPlaced, feeYear, placed);
      } else if (e.category === 'venue-rent' || e.category === 'catering') {
        if (e.meeting === undefined) return;
        if (placed.greaterThan(0)) counted.set(year, (counted.get(year) ?? new Set()).add(e.meeting.id));
        if (e.meeting.attendees === undefined) return;
        const key = `${year}|${e.meeting.id}`;
        const cap = toMoney(e.meeting.externalVenue ? 750 : 500).times(e.meeting.attendees);
        meetings.set(key, { total: (meetings.get(key)?.total ?? toMoney(0)).plus(placed), cap });
      } else {
        add(otherApproved, year, approved);
        add(otherPlaced, year, placed);
      }
    });
    for (const total of [...otherApproved.values(), ...otherPlaced.values()]) expect(total.lessThanOrEqualTo(10000)).toBe(true);
    for (const total of [...feesApproved.values(), ...feesPlaced.values()]) expect(total.lessThanOrEqualTo(50000)).toBe(true);
    for (const m of meetings.values()) expect(m.total.lessThanOrEqualTo(m.cap)).toBe(true);
    for (const ids of counted.values()) expect(ids.size).toBeLessThanOrEqual(4);
  });

  const capClaimArb: fc.Arbitrary<Expense> = fc.record(
    {
      category: fc.constantFrom<Expense['category']>('coordinator-fee', 'presenter-fee', 'facilitator-fee', 'consultancy', 'shared-meeting-equipment', 'board-fee', 'other'),
      amount: fc.integer({ min: 0, max: 3_000_000 }).map((ore) => (ore / 100).toFixed(2)),
      date: dateArb,
      payee: fc.constant({ role: 'coordinator' as const, cvr: '10150817' }),
      documentation: fc.record({ receipt: fc.boolean() }, { requiredKeys: [] }),
    },
    { requiredKeys: ['category', 'amount', 'date'] },
  );

  test.prop([fc.array(capClaimArb, { maxLength: 30 })])('pots under pressure: other expenses ≤ 10,000 kr a calendar year, coordinator fees ≤ 50,000 kr a fee year (approved, and approved + pending)', (expenses) => {
    const { decisions } = checkExpenses(expenses, { scheme: 'speciallaegepraksis' });
    const sums = new Map<string, Money>();
    expenses.forEach((e, i) => {
      const d = decisions[i]!;
      const month = Number(e.date.slice(5, 7));
      const year = Number(e.date.slice(0, 4));
      const key = e.category === 'coordinator-fee' ? `fee ${month >= 4 ? year : year - 1}` : `other ${year}`;
      for (const [suffix, value] of [['approved', money(d.approved)], ['placed', money(d.approved).plus(money(d.pending))]] as const) {
        sums.set(`${key} ${suffix}`, (sums.get(`${key} ${suffix}`) ?? toMoney(0)).plus(value));
      }
    });
    for (const [key, total] of sums) expect(total.lessThanOrEqualTo(key.startsWith('fee') ? 50000 : 10000), key).toBe(true);
  });

  test.prop([batchArb, contextArb, fc.infiniteStream(fc.nat())])(
    'permuting the claims while keeping the (date, original index) order gives the same per-claim decisions',
    (expenses, context, randoms) => {
      const tagged = expenses.map((e, i) => ({ e, i }));
      // Shuffle, then restore the original relative order inside each date.
      const it = randoms[Symbol.iterator]();
      const shuffled = [...tagged];
      for (let k = shuffled.length - 1; k > 0; k -= 1) {
        const j = it.next().value! % (k + 1);
        [shuffled[k], shuffled[j]] = [shuffled[j]!, shuffled[k]!];
      }
      const byDate = new Map<string, typeof tagged>();
      for (const t of tagged) byDate.set(t.e.date, [...(byDate.get(t.e.date) ?? []), t]);
      const taken = new Map<string, number>();
      const permuted = shuffled.map((t) => {
        const n = taken.get(t.e.date) ?? 0;
        taken.set(t.e.date, n + 1);
        return byDate.get(t.e.date)![n]!;
      });
      const original = checkExpenses(expenses, context).decisions;
      const again = checkExpenses(
        permuted.map((t) => t.e),
        context,
      ).decisions;
      permuted.forEach((t, k) => expect(again[k]).toEqual(original[t.i]));
    },
  );

  test.prop([expenseArb, contextArb])('pure: same input, same output; the input is not mutated; numbers and strings agree', (e, context) => {
    const before = structuredClone(e);
    const a = checkExpense(e, context);
    expect(e).toEqual(before);
    expect(checkExpense(e, context)).toEqual(a);
    expect(checkExpense({ ...e, amount: formatAmount(toMoney(e.amount)) }, context)).toEqual(a);
  });

  test.prop([expenseArb, fc.constantFrom(['amount', -1], ['amount', '1.001'], ['category', 'yacht'], ['date', '2025-02-30'], ['meeting', { id: 'm', attendees: 0 }])])(
    'malformed claims throw KlyngeInputError with the path',
    (e, [key, value]) => {
      const path = key === 'meeting' ? ['expenses', 1, 'meeting', 'attendees'] : ['expenses', 1, key];
      expect(issuesOf(() => checkExpenses([e, { ...e, [key]: value } as Expense])).map((i) => i.path)).toContainEqual(path);
    },
  );

  test.prop([fc.stringMatching(/^\d{6}-?\d{4}$/), expenseArb])('a CPR is never echoed, valid or not', (cpr, e) => {
    try {
      const d = checkExpense({ ...e, payee: { role: 'board', cpr } });
      expect(JSON.stringify(d)).not.toContain(cpr);
    } catch (error) {
      expect(error).toBeInstanceOf(KlyngeInputError);
      expect(JSON.stringify((error as KlyngeInputError).issues) + (error as Error).message).not.toContain(cpr);
    }
  });
});
