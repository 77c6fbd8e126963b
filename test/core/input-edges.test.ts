/**
 * Input checks of the core that every public function relies on, each seen
 * through a public function: a dated-table override that is not a table,
 * findings that are not a list, an amount of the wrong type, and weights of
 * allocate that are zero or negative.
 */
import { describe, expect, it } from 'vitest';
import { allocate, amountSchema, hasViolations, rateForYear, sortFindings } from '../../src/index.js';
import type { Finding } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

const TABLE_MESSAGE = 'rates must be a dated table { name, unit, description, values: [{ from, value, source }] }';
const ENTRY_MESSAGE = "each value needs a 'from' date (and optionally an 'until' date) as YYYY-MM-DD";

describe('a dated-table override must be a table', () => {
  it.each([null, 7, 'table', {}, { values: 'none' }])('rates: %j is refused at options.rates', (rates) => {
    expect(issuesOf(() => rateForYear(2025, { rates } as never))).toEqual([{ path: ['options', 'rates'], message: TABLE_MESSAGE }]);
  });

  it.each([null, 3, 'x', { until: '2025-12-31' }])('a value %j without a from date is refused at its index', (value) => {
    const rates = { name: 'r', unit: 'DKK', description: 'd', values: [{ from: '2024-01-01', value: '3.55', source: { document: 'kiap-guide', section: 's' } }, value] };
    expect(issuesOf(() => rateForYear(2025, { rates } as never))).toEqual([{ path: ['options', 'rates', 'values', 1], message: ENTRY_MESSAGE }]);
  });

  it.each(['2025-01-01x', 'x2025-01-01', '2025-1-01', '20250-01-01'])('a from or until date %j that is not exactly YYYY-MM-DD is refused', (date) => {
    const entry = (extra: object) => ({ name: 'r', unit: 'DKK', description: 'd', values: [{ from: '2024-01-01', value: '3.55', source: { document: 'kiap-guide', section: 's' }, ...extra }] });
    expect(issuesOf(() => rateForYear(2025, { rates: entry({ from: date }) } as never))[0]!.path).toEqual(['options', 'rates', 'values', 0]);
    expect(issuesOf(() => rateForYear(2025, { rates: entry({ until: date }) } as never))[0]!.path).toEqual(['options', 'rates', 'values', 0]);
  });

  it('a well-formed override is used', () => {
    const rates = { name: 'r', unit: 'DKK', description: 'd', values: [{ from: '2025-01-01', until: '2025-12-31', value: '4.00', source: { document: 'kiap-guide', section: 's' } }] };
    expect(rateForYear(2025, { rates } as never)?.rate).toBe('4.00');
  });
});

describe('findings must be a list', () => {
  it.each([null, 'violation', { severity: 'violation' }])('%j is refused at findings', (findings) => {
    const expected = [{ path: ['findings'], message: 'findings must be a list of findings' }];
    expect(issuesOf(() => sortFindings(findings as unknown as Finding[]))).toEqual(expected);
    expect(issuesOf(() => hasViolations(findings as unknown as Finding[]))).toEqual(expected);
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
