import { describe, expect, it } from 'vitest';
import { allocate, formatKroner, KlyngeInputError } from '../../src/index.js';
import { amountSchema, entryAmount, formatAmount, minMoney, multiplyMoney, roundToOre, sumMoney, toMoney } from '../../src/core/money.js';
import { issuesOf } from '../support/inputErrors.js';

describe('money.allocate', () => {
  it('splits 100,000 kr by 30,000 / 20,000 / 10,000 patients (design figure)', () => {
    expect(allocate(100000, [30000, 20000, 10000])).toEqual(['50000.00', '33333.33', '16666.67']);
  });
  it('gives the leftover øre of three equal parts to the earliest (design figure)', () => {
    expect(allocate(50000, [4, 4, 4])).toEqual(['16666.67', '16666.67', '16666.66']);
  });
  it('splits 50,000 kr as 7 and 5 months (design figure)', () => {
    expect(allocate('50000', [7, 5])).toEqual(['29166.67', '20833.33']);
  });
  it('ties go to the larger weight before the earlier input', () => {
    // 1 øre over weights 1 and 3 of 4: exact shares 0.25 and 0.75 øre → the larger remainder wins.
    expect(allocate('0.01', [1, 3])).toEqual(['0.00', '0.01']);
    // equal remainders (0.5 øre each) with different weights: weights 1 and 3 of 0.02 kr → 0.5 and 1.5 øre
    expect(allocate('0.02', [1, 3])).toEqual(['0.00', '0.02']);
    expect(allocate('0.02', [3, 1])).toEqual(['0.02', '0.00']);
  });
  it('equal remainders and equal weights go to the earlier input', () => {
    expect(allocate('0.01', [1, 1])).toEqual(['0.01', '0.00']);
    expect(allocate('0.02', [1, 1, 1])).toEqual(['0.01', '0.01', '0.00']);
  });
  it('gives zero weights nothing, even when øre are left over', () => {
    expect(allocate('0.05', [0, 1, 1])).toEqual(['0.00', '0.03', '0.02']);
    expect(allocate(10, [0, 0, 5])).toEqual(['0.00', '0.00', '10.00']);
  });
  it('accepts decimal weights given as numbers or strings', () => {
    expect(allocate(10, ['0.5', '1.5'])).toEqual(['2.50', '7.50']);
    expect(allocate(10, [0.5, 1.5])).toEqual(['2.50', '7.50']);
    expect(allocate(1, [1, '0.001'])).toEqual(['1.00', '0.00']);
  });
  it('handles a zero total and huge totals exactly', () => {
    expect(allocate(0, [1, 2])).toEqual(['0.00', '0.00']);
    expect(allocate('999999999999.99', [1, 1])).toEqual(['500000000000.00', '499999999999.99']);
  });
  it('rejects empty, all-zero, negative and non-numeric weights', () => {
    expect(issuesOf(() => allocate(10, []))).toEqual([{ path: ['weights'], message: 'weights must not be empty' }]);
    expect(issuesOf(() => allocate(10, [0, 0]))[0]?.path).toEqual(['weights']);
    expect(issuesOf(() => allocate(10, [1, -1]))).toEqual([{ path: ['weights', 1], message: 'weight must not be negative' }]);
    expect(issuesOf(() => allocate(10, [1, Number.NaN]))[0]?.path).toEqual(['weights', 1]);
    expect(issuesOf(() => allocate(10, [Number.POSITIVE_INFINITY]))[0]?.message).toBe('weight must be a finite number');
    expect(issuesOf(() => allocate(10, ['-1']))[0]?.path).toEqual(['weights', 0]);
    expect(issuesOf(() => allocate(10, ['1e3']))[0]?.path).toEqual(['weights', 0]);
    expect(issuesOf(() => allocate(10, 'abc' as unknown as number[]))[0]?.path).toEqual(['weights']);
  });
  it('rejects a bad total with the path "total"', () => {
    expect(issuesOf(() => allocate('1.005', [1]))[0]?.path).toEqual(['total']);
    expect(issuesOf(() => allocate(-1, [1]))[0]?.message).toContain('negative');
  });
});

describe('money.rounding', () => {
  it('parses amounts with at most two decimals, as numbers or strings', () => {
    expect(toMoney('1234.5').toFixed(2)).toBe('1234.50');
    expect(toMoney(1234.5).toFixed(2)).toBe('1234.50');
    expect(toMoney('0').toFixed(2)).toBe('0.00');
    expect(toMoney(0.1).plus(toMoney(0.2)).toFixed(2)).toBe('0.30');
  });
  it('rejects negative, 3-decimal, non-finite, malformed and non-string amounts with a clear message', () => {
    expect(issuesOf(() => toMoney('1.005', ['amount']))).toEqual([{ path: ['amount'], message: expect.stringContaining('kroner like') }]);
    expect(issuesOf(() => toMoney(1.005))[0]?.message).toBe('amount must have at most 2 decimals (øre)');
    expect(issuesOf(() => toMoney(-5))[0]?.message).toBe('amount must not be negative (a credit is not an expense)');
    expect(issuesOf(() => toMoney('-5'))[0]?.message).toBe('amount must not be negative (a credit is not an expense)');
    expect(issuesOf(() => toMoney(Number.NaN))[0]?.message).toBe('amount must be a finite number');
    expect(issuesOf(() => toMoney('1,5'))[0]?.message).toContain('kroner like');
    expect(issuesOf(() => toMoney(' 1'))[0]?.message).toContain('kroner like');
    expect(issuesOf(() => toMoney('1.'))[0]?.message).toContain('kroner like');
    expect(issuesOf(() => toMoney(null))[0]?.message).toBe('amount must be a string or a number, received null');
    expect(issuesOf(() => toMoney(true))[0]?.message).toBe('amount must be a string or a number, received boolean');
  });
  it('rounds half-up to øre', () => {
    expect(multiplyMoney(48000, '3.55')).toBe('170400.00');
    expect(multiplyMoney(1, toMoney('0.05').dividedBy(2))).toBe('0.03');
    expect(formatAmount(toMoney('0.01').dividedBy(2))).toBe('0.01');
    expect(formatAmount(toMoney('0.01').dividedBy(3))).toBe('0.00');
    expect(roundToOre(toMoney('2').dividedBy(3)).toFixed(2)).toBe('0.67');
    expect(formatAmount(toMoney('0.05').times(-1).dividedBy(2))).toBe('-0.03');
  });
  it('sums and compares exactly', () => {
    expect(sumMoney([toMoney('0.10'), toMoney('0.20'), toMoney(0.3)]).toFixed(2)).toBe('0.60');
    expect(sumMoney([]).toFixed(2)).toBe('0.00');
    expect(minMoney(toMoney(5), toMoney(3)).toFixed(2)).toBe('3.00');
    expect(minMoney(toMoney(3), toMoney(5)).toFixed(2)).toBe('3.00');
    expect(minMoney(toMoney(3), toMoney('3.00')).toFixed(2)).toBe('3.00');
  });
  it('formats kroner in Danish display form', () => {
    expect(formatKroner('29166.67')).toBe('29.166,67 kr.');
    expect(formatKroner(50000)).toBe('50.000,00 kr.');
    expect(formatKroner(0)).toBe('0,00 kr.');
    expect(formatKroner('999.5')).toBe('999,50 kr.');
    expect(formatKroner('1000')).toBe('1.000,00 kr.');
    expect(formatKroner('1234567.89')).toBe('1.234.567,89 kr.');
    expect(formatKroner('-1200.5')).toBe('-1.200,50 kr.');
    expect(formatKroner('-0')).toBe('0,00 kr.');
    expect(formatKroner('-2')).toBe('-2,00 kr.');
    // A decimal.js value is not an amount: decimal.js is not part of the public API.
    expect(() => formatKroner(toMoney(5) as never)).toThrow('amount must be a string or a number, received object');
    expect(() => formatKroner('12.345')).toThrow(KlyngeInputError);
  });
  it('amountSchema accepts amounts and reports problems once', () => {
    expect(amountSchema.safeParse('1.50').success).toBe(true);
    expect(amountSchema.safeParse(2).success).toBe(true);
    const bad = amountSchema.safeParse('1.505');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues).toHaveLength(1);
    expect(amountSchema.safeParse(-1).success).toBe(false);
    expect(amountSchema.safeParse({}).success).toBe(false);
  });
});

describe('money.rounding: numbers as JavaScript prints them', () => {
  it('accepts two-decimal numbers that floating point cannot hold exactly', () => {
    expect(toMoney(0.29).toFixed(2)).toBe('0.29');
    expect(toMoney(1234.56).toFixed(2)).toBe('1234.56');
    expect(toMoney(1e11).toFixed(0)).toBe('100000000000');
  });
  it('rejects numbers with more decimals or printed with an exponent', () => {
    expect(() => toMoney(1e-7)).toThrow('at most 2 decimals');
    expect(() => toMoney(1e21)).toThrow('amount is too large');
    expect(() => toMoney(0.001)).toThrow('at most 2 decimals');
  });
});

describe('money.entryAmount: the amount of a dated table entry', () => {
  it('gives money and two-decimal text', () => {
    const entry = { from: '2025-01-01', value: '1072.5' };
    const first = entryAmount(entry, ['options', 'rates']);
    expect(first.text).toBe('1072.50');
    expect(first.money.toFixed(2)).toBe('1072.50');
    expect(entryAmount(entry, ['other']).text).toBe('1072.50');
  });
  it('a malformed value is an input error at the given path', () => {
    const entry = { value: '-5' };
    expect(issuesOf(() => entryAmount(entry, ['options', 'rates']))).toEqual([{ path: ['options', 'rates'], message: 'amount must not be negative (a credit is not an expense)' }]);
    expect(issuesOf(() => entryAmount(entry, ['again']))[0]!.path).toEqual(['again']);
  });
});

describe('money: exactness and messages', () => {
  it('divides exactly where 20 significant digits would not be enough', () => {
    const total = '999999999999.99';
    const weights = [999_999_937, 999_999_929, 3];
    const parts = allocate(total, weights);
    const ore = 99_999_999_999_999n;
    const sum = 1_999_999_869n;
    const floors = weights.map((w) => (ore * BigInt(w)) / sum);
    const rem = weights.map((w, i) => ore * BigInt(w) - floors[i]! * sum);
    let left = ore - floors.reduce((a, b) => a + b, 0n);
    const order = [0, 1, 2].sort((a, b) => (rem[b]! > rem[a]! ? 1 : rem[b]! < rem[a]! ? -1 : weights[b]! - weights[a]! || a - b));
    for (const i of order) if (left > 0n) (floors[i] = floors[i]! + 1n), (left -= 1n);
    expect(parts).toEqual(floors.map((f) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`));
  });
  it('gives the øre left over to the earliest of many equal parts', () => {
    expect(allocate('0.10', Array.from({ length: 15 }, () => 1))).toEqual([...Array.from({ length: 10 }, () => '0.01'), ...Array.from({ length: 5 }, () => '0.00')]);
  });
  it('accepts weights written with several digits, with or without decimals', () => {
    expect(allocate(10, ['12', '8'])).toEqual(['6.00', '4.00']);
    expect(allocate(10, ['3', '1.0'])).toEqual(['7.50', '2.50']);
    expect(issuesOf(() => allocate(10, ['1.']))).toEqual([{ path: ['weights', 0], message: 'weight must be a non-negative number or a decimal string like "2.5"' }]);
  });
  it('names each problem with the weights', () => {
    expect(issuesOf(() => allocate(10, 'x' as unknown as number[]))).toEqual([{ path: ['weights'], message: 'weights must be an array' }]);
    expect(issuesOf(() => allocate(10, [0, 0]))).toEqual([{ path: ['weights'], message: 'at least one weight must be greater than zero' }]);
  });
  it('reports bad amounts at the path given, or at the top', () => {
    expect(issuesOf(() => toMoney('x'))[0]?.path).toEqual([]);
    expect(issuesOf(() => formatKroner('-1.005'))[0]?.path).toEqual([]);
    expect(issuesOf(() => formatKroner('x'))[0]?.path).toEqual([]);
  });
});

describe('amountSchema names the accepted types', () => {
  it.each([true, null, [12], { kroner: 12 }])('%j: a string or a number', (value) => {
    const result = amountSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['amount must be a string or a number']);
  });
});

describe('allocate: zero and negative weights', () => {
  it('a zero weight next to a decimal weight gets nothing', () => {
    expect(allocate(100, [0, 1.5])).toEqual(['0.00', '100.00']);
    expect(allocate(100, ['0', '2.5', 2.5])).toEqual(['0.00', '50.00', '50.00']);
  });

  it('negative weights are refused, whole or decimal, one or all', () => {
    expect(issuesOf(() => allocate(100, [-1, -2]))).toEqual([{ path: ['weights', 0], message: 'weight must not be negative' }]);
    expect(issuesOf(() => allocate(100, [2, -1]))).toEqual([{ path: ['weights', 1], message: 'weight must not be negative' }]);
    expect(issuesOf(() => allocate(100, [1.5, -0.5]))).toEqual([{ path: ['weights', 1], message: 'weight must not be negative' }]);
  });
});
