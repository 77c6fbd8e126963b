/**
 * The batch fast paths of checkExpenses are optimisations only:
 * - `isSurelyValidExpense` never accepts a claim that `expenseSchema` refuses
 *   or would return changed (then the batch is used without zod's copy);
 * - `dateOrder` is the stable sort by date (rule `eligibility.cap-order`);
 * - `formatGivenAmount` prints what `formatAmount` prints.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatGivenAmount, toMoney } from '../../src/core/money.js';
import { dateOrder } from '../../src/rules/eligibility/dateOrder.js';
import { isSurelyValidExpense, surelyValidExpenses } from '../../src/rules/eligibility/fastValidate.js';
import { EXPENSE_CATEGORIES, PAYEE_ROLES, expenseSchema } from '../../src/rules/eligibility/index.js';

const valid = { category: 'catering', amount: '1200.00', date: '2025-03-27' };

/** Values that are sometimes right and often wrong for any field. */
const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, true, false, 0, 1, -1, 1.5, 0.001, 1e21, Number.NaN, Infinity, '', 'x', '1200', '1200.5', '1200.505', '-5', ' 5', '0x10'),
  fc.constantFrom('2025-03-27', '2025-02-29', '2024-02-29', '25-03-27', '2025-3-27', '2025-03-27T00:00', '1899-12-31', '2300-01-01', '２０２５-03-27'),
  fc.constantFrom('10150817', '10150818', '010190-1234', '0101901234', '300290-1234', '01019o-1234'),
  fc.constantFrom(...EXPENSE_CATEGORIES, ...PAYEE_ROLES, 'Catering', 'venue'),
  fc.constantFrom([], {}, [1], { role: 'board' }, { id: 'm1' }, { id: '' }, { receipt: true }, Object.create(null) as object),
  fc.integer({ min: -3, max: 40 }),
  fc.string({ maxLength: 6 }),
);

const NESTED = {
  payee: ['role', 'name', 'cvr', 'cpr', 'other'],
  meeting: ['id', 'attendees', 'externalVenue', 'overnight', 'other'],
  documentation: ['receipt', 'contract', 'timeStatement', 'hourlyRate', 'approvedInMinutes', 'other'],
} as const;

const nestedArb = (keys: readonly string[]) => fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 4 });

/** Random claims: each key absent, well-formed-ish or wrong, nested objects too. */
const claimArb = fc.record(
  {
    id: anyValue,
    category: fc.oneof(fc.constantFrom(...EXPENSE_CATEGORIES), anyValue),
    amount: fc.oneof(fc.constantFrom(1200, '99.5', 0, '0.00', 12.34), anyValue),
    date: fc.oneof(fc.constant('2025-06-30'), anyValue),
    description: anyValue,
    payee: fc.oneof(nestedArb(NESTED.payee), anyValue),
    meeting: fc.oneof(nestedArb(NESTED.meeting), anyValue),
    documentation: fc.oneof(nestedArb(NESTED.documentation), anyValue),
    other: anyValue,
  },
  { requiredKeys: [] },
);

describe('isSurelyValidExpense (fast path in front of expenseSchema)', () => {
  test.prop([claimArb], { numRuns: 2000 })('accepts only what zod accepts and returns unchanged', (claim) => {
    if (isSurelyValidExpense(claim)) {
      const parsed = expenseSchema.safeParse(claim);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toStrictEqual(claim);
    }
  });

  it('accepts plain claims and refuses what it cannot vouch for (zod decides those)', () => {
    expect(isSurelyValidExpense(valid)).toBe(true);
    expect(isSurelyValidExpense({ ...valid, amount: 1200, id: 'e1', description: 'x', payee: { role: 'board', name: 'B', cvr: '10150817', cpr: '010190-1234' } })).toBe(true);
    expect(isSurelyValidExpense({ ...valid, meeting: { id: 'm1', attendees: 3, externalVenue: false, overnight: true }, documentation: { receipt: true, contract: false, timeStatement: true, hourlyRate: '900', approvedInMinutes: true } })).toBe(true);
    for (const claim of [
      null,
      Object.assign(Object.create(null) as object, valid),
      [valid],
      'claim',
      new (class Claim {
        category = 'catering';
        amount = 1;
        date = '2025-01-01';
      })(),
      { category: 'catering', amount: 1 },
      { amount: 1, date: '2025-01-01' },
      { category: 'catering', date: '2025-01-01' },
      { ...valid, id: undefined },
      { ...valid, id: 5 },
      { ...valid, description: null },
      { ...valid, category: 'Catering' },
      { ...valid, amount: '12.345' },
      { ...valid, date: '2025-02-29' },
      { ...valid, extra: 1 },
      // Keys that a field table with a prototype would find.
      { ...valid, constructor: Object },
      { ...valid, toString: 'x' },
      { ...valid, ['__proto__']: {} },
      { ...valid, payee: { role: 'board', hasOwnProperty: 1 } },
      { ...valid, payee: { name: 'no role' } },
      { ...valid, payee: { role: 'boss' } },
      { ...valid, payee: { role: 'board', name: 1 } },
      { ...valid, payee: { role: 'board', cvr: '10150818' } },
      { ...valid, payee: { role: 'board', cpr: '300290-1234' } },
      { ...valid, payee: { role: 'board', iban: 'x' } },
      { ...valid, payee: 'board' },
      { ...valid, meeting: { attendees: 3 } },
      { ...valid, meeting: { id: '' } },
      { ...valid, meeting: { id: 'm', attendees: 0 } },
      { ...valid, meeting: { id: 'm', attendees: 2.5 } },
      { ...valid, meeting: { id: 'm', externalVenue: 'yes' } },
      { ...valid, meeting: { id: 'm', overnight: 1 } },
      { ...valid, meeting: { id: 'm', room: 'A' } },
      { ...valid, meeting: [] },
      { ...valid, documentation: { receipt: 'yes' } },
      { ...valid, documentation: { contract: 1 } },
      { ...valid, documentation: { timeStatement: null } },
      { ...valid, documentation: { approvedInMinutes: 'true' } },
      { ...valid, documentation: { hourlyRate: -1 } },
      { ...valid, documentation: { invoice: true } },
      { ...valid, documentation: null },
    ]) {
      expect(isSurelyValidExpense(claim), JSON.stringify(claim)).toBe(false);
    }
  });

  it('a batch is used as given only when every claim passes', () => {
    const batch = [valid, { ...valid, amount: 5 }];
    expect(surelyValidExpenses(batch)).toBe(batch);
    expect(surelyValidExpenses([valid, { ...valid, amount: -5 }])).toBeUndefined();
    expect(surelyValidExpenses([{ ...valid, amount: -5 }, valid])).toBeUndefined();
    expect(surelyValidExpenses({ 0: valid, length: 1 })).toBeUndefined();
    expect(surelyValidExpenses([])).toEqual([]);
  });
});

const isoDay = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));

describe('dateOrder (rule eligibility.cap-order: by date, then input order)', () => {
  test.prop([fc.array(isoDay, { maxLength: 60 })])('is the stable sort by date', (dates) => {
    const claims = dates.map((date) => ({ date }));
    const expected = dates.map((_, i) => i).sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : a - b));
    expect(dateOrder(claims)).toEqual(expected);
  });

  it('keeps input order on equal dates and sorts dates centuries apart', () => {
    expect(dateOrder([{ date: '2025-03-01' }, { date: '2025-01-01' }, { date: '2025-03-01' }])).toEqual([1, 0, 2]);
    expect(dateOrder([{ date: '2025-01-01' }, { date: '2025-01-01' }])).toEqual([0, 1]);
    expect(dateOrder([{ date: '2299-12-31' }, { date: '1900-01-01' }, { date: '2299-12-31' }, { date: '1900-01-01' }])).toEqual([1, 3, 0, 2]);
    expect(dateOrder([{ date: '2025-01-02' }, { date: '2025-01-01' }, { date: '2025-01-03' }, { date: '2025-01-01' }])).toEqual([1, 3, 0, 2]);
    expect(dateOrder([])).toEqual([]);
  });
});

describe('formatGivenAmount prints what formatAmount prints', () => {
  const amount = fc.oneof(
    fc.tuple(fc.nat({ max: 10_000_000 }), fc.nat({ max: 99 }), fc.constantFrom(0, 1, 2)).map(([kr, ore, decimals]) => (decimals === 0 ? `${kr}` : decimals === 1 ? `${kr}.${ore % 10}` : `${kr}.${String(ore).padStart(2, '0')}`)),
    fc.nat({ max: 10_000_000 }),
    fc.nat({ max: 1_000_000_000 }).map((ore) => ore / 100),
    fc.constantFrom('007.5', '00.00', '0', '0.1', 0, Number.MAX_SAFE_INTEGER, '123456789012345678901234.99'),
  );
  test.prop([amount])('same text for strings and numbers', (value) => {
    expect(formatGivenAmount(value, toMoney(value))).toBe(formatAmount(toMoney(value)));
  });
});
