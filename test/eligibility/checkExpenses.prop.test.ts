import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toMoney, sumMoney, formatAmount } from '../../src/core/money.js';
import { isRuleId, KlyngeInputError } from '../../src/index.js';
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

const batchArb = fc.array(expenseArb, { maxLength: 40 });

const money = (s: string) => toMoney(s);

function sortedIndices(expenses: readonly Expense[]): number[] {
  return expenses.map((_, i) => i).sort((a, b) => (expenses[a]!.date < expenses[b]!.date ? -1 : expenses[a]!.date > expenses[b]!.date ? 1 : a - b));
}

describe('checkExpense / checkExpenses properties', () => {
  test.prop([batchArb, contextArb])('0 ≤ approved ≤ claimed; an ineligible claim approves 0; rule ids are in the catalogue', (expenses, context) => {
    for (const d of checkExpenses(expenses, context).decisions) {
      expect(money(d.approved).greaterThanOrEqualTo(0)).toBe(true);
      expect(money(d.approved).lessThanOrEqualTo(money(d.claimed))).toBe(true);
      if (d.verdict === 'ineligible') {
        expect(d.approved).toBe('0.00');
        expect(d.requiredDocuments).toEqual([]);
      }
      if (d.requiredDocuments.length > 0) expect(d.verdict).toBe('needs-review');
      for (const f of d.findings) expect(isRuleId(f.rule)).toBe(true);
    }
  });

  test.prop([batchArb, contextArb])('totals equal the sums of the decisions', (expenses, context) => {
    const { decisions, totals } = checkExpenses(expenses, context);
    const claimed = sumMoney(decisions.map((d) => money(d.claimed)));
    const approved = sumMoney(decisions.map((d) => money(d.approved)));
    const pending = sumMoney(decisions.filter((d) => d.verdict === 'needs-review').map((d) => money(d.approved)));
    expect(totals).toEqual({
      claimed: formatAmount(claimed),
      approved: formatAmount(approved),
      rejected: formatAmount(claimed.minus(approved)),
      pending: formatAmount(pending),
    });
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

  test.prop([batchArb])('specialist caps are never exceeded', (expenses) => {
    const { decisions } = checkExpenses(expenses, { scheme: 'speciallaegepraksis' });
    const presenters = new Map<string, ReturnType<typeof money>>();
    const coordinator = new Map<string, ReturnType<typeof money>>();
    const meetings = new Map<string, { total: ReturnType<typeof money>; cap: ReturnType<typeof money> }>();
    expenses.forEach((e, i) => {
      const approved = money(decisions[i]!.approved);
      const year = e.date.slice(0, 4);
      if (['presenter-fee', 'facilitator-fee', 'consultancy'].includes(e.category)) presenters.set(year, (presenters.get(year) ?? toMoney(0)).plus(approved));
      if (e.category === 'coordinator-fee') coordinator.set(year, (coordinator.get(year) ?? toMoney(0)).plus(approved));
      if (e.category === 'venue-rent' || e.category === 'catering') {
        if (e.meeting?.attendees === undefined) {
          expect(approved.isZero()).toBe(true);
          return;
        }
        const key = `${year}|${e.meeting.id}`;
        const cap = toMoney(e.meeting.externalVenue ? 750 : 500).times(e.meeting.attendees);
        const m = meetings.get(key) ?? { total: toMoney(0), cap };
        meetings.set(key, { total: m.total.plus(approved), cap: cap.greaterThan(m.cap) ? cap : m.cap });
      }
    });
    for (const total of presenters.values()) expect(total.lessThanOrEqualTo(10000)).toBe(true);
    for (const total of coordinator.values()) expect(total.lessThanOrEqualTo(50000)).toBe(true);
    const paidMeetings = new Map<string, number>();
    for (const [key, m] of meetings) {
      expect(m.total.lessThanOrEqualTo(m.cap)).toBe(true);
      if (m.total.greaterThan(0)) paidMeetings.set(key.slice(0, 4), (paidMeetings.get(key.slice(0, 4)) ?? 0) + 1);
    }
    for (const count of paidMeetings.values()) expect(count).toBeLessThanOrEqual(4);
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
      let caught: unknown;
      try {
        checkExpenses([e, { ...e, [key]: value } as Expense]);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(KlyngeInputError);
      const path = key === 'meeting' ? ['expenses', 1, 'meeting', 'attendees'] : ['expenses', 1, key];
      expect((caught as KlyngeInputError).issues.map((i) => i.path)).toContainEqual(path);
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
