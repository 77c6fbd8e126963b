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

const source = { document: 'kiap-guide', section: 's' } as const;
const table = (values: unknown) => ({ name: 'r', unit: 'DKK', description: { da: 'd', en: 'd' }, values });

describe('a dated-table override must be a table', () => {
  it.each([null, 7, 'table', {}, { values: 'none' }])('rates: %j is refused under options.rates', (rates) => {
    const issues = issuesOf(() => rateForYear(2025, { rates } as never));
    for (const issue of issues) expect(issue.path.slice(0, 2)).toEqual(['options', 'rates']);
  });

  it.each([null, 3, 'x', { until: '2025-12-31' }])('a value %j without a from date is refused at its index', (value) => {
    const rates = table([{ from: '2024-01-01', value: '3.55', source }, value]);
    const issues = issuesOf(() => rateForYear(2025, { rates } as never));
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.path.slice(0, 4)).toEqual(['options', 'rates', 'values', 1]);
  });

  it.each(['2025-01-01x', 'x2025-01-01', '2025-1-01', '20250-01-01', '2024-13-45'])('a from or until date %j that is not a calendar date is refused', (date) => {
    const entry = (extra: object) => table([{ from: '2024-01-01', value: '3.55', source, ...extra }]);
    expect(issuesOf(() => rateForYear(2025, { rates: entry({ from: date }) } as never))[0]!.path).toEqual(['options', 'rates', 'values', 0, 'from']);
    expect(issuesOf(() => rateForYear(2025, { rates: entry({ until: date }) } as never))[0]!.path).toEqual(['options', 'rates', 'values', 0, 'until']);
  });

  it('a well-formed override is used', () => {
    const rates = table([{ from: '2025-01-01', until: '2025-12-31', value: '4.00', source }]);
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
