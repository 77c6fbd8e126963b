/**
 * Money at any accepted size is exact: amounts are bounded at
 * 999,999,999,999.99 kr (a larger one is an input error that states the
 * bound), counts at 10,000,000, and decimal.js runs with enough digits for
 * every product and sum of bounded values. Malformed weights and unreadable
 * inputs are input errors, never TypeErrors; kroner are grouped in linear time.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { allocate, closeYear, formatKroner, grantForYear, KlyngeInputError } from '../../src/index.js';
import { MAX_PATIENTS } from '../../src/core/counts.js';
import { MAX_AMOUNT, toMoney } from '../../src/core/money.js';
import { issuesOf } from '../support/inputErrors.js';

const BOUND = '999.999.999.999,99 kr.';

describe('the amount bound', () => {
  it('closeYear with an opening balance above the bound is an input error that names the bound', () => {
    const issues = issuesOf(() => closeYear({ year: 2025, openingBalance: '1000000000000000000.01', grant: 0, spent: 0 }));
    expect(issues.map((i) => i.path)).toEqual([['openingBalance']]);
    expect(issues[0]!.message).toContain(BOUND);
    try {
      closeYear({ year: 2025, openingBalance: '1000000000000000000.01', grant: 0, spent: 0 });
    } catch (error) {
      expect((error as KlyngeInputError).issues[0]!.code).toBe('amount-too-large');
      expect((error as KlyngeInputError).issues[0]!.messages.da).toContain(BOUND);
    }
  });
  it('accepts the bound itself, with leading zeros too, and refuses one øre more', () => {
    expect(toMoney(MAX_AMOUNT).toFixed(2)).toBe('999999999999.99');
    expect(toMoney('000999999999999.99').toFixed(2)).toBe('999999999999.99');
    expect(toMoney(999999999999.99).toFixed(2)).toBe('999999999999.99');
    expect(issuesOf(() => toMoney('1000000000000'))[0]!.message).toContain(BOUND);
    expect(issuesOf(() => toMoney(1e12))[0]!.message).toContain(BOUND);
    expect(issuesOf(() => toMoney(1e21))[0]!.message).toContain(BOUND);
  });
  it('closeYear at the bound is exact', () => {
    const r = closeYear({ year: 2025, openingBalance: MAX_AMOUNT, grant: MAX_AMOUNT, spent: ['0.01', '0.01'] });
    expect(r.closingBalance).toBe('1999999999999.96');
  });
  it('the largest amount allocated into parts sums exactly', () => {
    const parts = allocate(MAX_AMOUNT, [1, 1, 1]);
    expect(parts).toEqual(['333333333333.33', '333333333333.33', '333333333333.33']);
    const uneven = allocate(MAX_AMOUNT, [3, 7, '0.001', 1e20]);
    const sum = uneven.reduce((acc, p) => acc + BigInt(p.replace('.', '')), 0n);
    expect(sum).toBe(99999999999999n);
  });
  test.prop([fc.bigInt({ min: 0n, max: 99999999999999n }), fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0))])(
    'allocate of any bounded amount sums exactly to it',
    (ore, weights) => {
      const total = `${ore / 100n}.${String(ore % 100n).padStart(2, '0')}`;
      const sum = allocate(total, weights).reduce((acc, p) => acc + BigInt(p.replace('.', '')), 0n);
      expect(sum).toBe(ore);
    },
  );
  it('the grant for the most patients at rate 1234.57 is exact', () => {
    expect(MAX_PATIENTS).toBe(10_000_000);
    expect(grantForYear({ year: 2025, patients: MAX_PATIENTS, rate: '1234.57' }).amount).toBe('12345700000.00');
    expect(grantForYear({ year: 2025, patients: 9_999_999, rate: MAX_AMOUNT }).amount).toBe('9999998999999900000.01');
  });
});

describe('allocate refuses malformed weights as input errors', () => {
  it.each([
    ['a hole in a sparse array', [, 1], ['weights', 0]], // eslint-disable-line no-sparse-arrays
    ['NaN', [Number.NaN, 1], ['weights', 0]],
    ['Infinity', [1, Number.POSITIVE_INFINITY], ['weights', 1]],
    ['a negative weight', [1, -1], ['weights', 1]],
    ['an object', [1, {}], ['weights', 1]],
  ])('%s', (_, weights, path) => {
    const issues = issuesOf(() => allocate(1, weights as number[]));
    expect(issues.map((i) => i.path)).toEqual([path]);
  });
  it('a revoked Proxy as weights, total or a weight is an input error, not a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable([1, 2], {});
    revoke();
    expect(() => allocate(1, proxy)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['weights'], code: 'unreadable-input' })] }));
    const inner = Proxy.revocable({}, {});
    inner.revoke();
    expect(() => allocate(inner.proxy as never, [1])).toThrow(KlyngeInputError);
  });
});

describe('formatKroner groups digits in linear time', () => {
  it('formats a 100,000-digit amount with the right groups', () => {
    const text = formatKroner('9'.repeat(100_000) + '.00');
    const [whole, rest] = text.split(',');
    const groups = whole!.split('.');
    expect(groups[0]).toBe('9'.repeat(100_000 % 3 || 3));
    expect(groups.slice(1).every((g) => g === '999')).toBe(true);
    expect(groups.join('')).toBe('9'.repeat(100_000));
    expect(rest).toBe('00 kr.');
  });
  it.each([
    ['0', '0,00 kr.'],
    ['12', '12,00 kr.'],
    ['123', '123,00 kr.'],
    ['1234', '1.234,00 kr.'],
    ['123456.5', '123.456,50 kr.'],
    ['1234567.891', null],
    ['-4400.00', '-4.400,00 kr.'],
    ['-0.00', '0,00 kr.'],
    ['007.5', '7,50 kr.'],
  ])('%s → %s', (amount, expected) => {
    if (expected === null) expect(() => formatKroner(amount)).toThrow(KlyngeInputError);
    else expect(formatKroner(amount)).toBe(expected);
  });
});
