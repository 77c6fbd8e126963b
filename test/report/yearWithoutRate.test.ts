/**
 * Issue #17 point 12: a year without a published grant rate does not stop
 * the report; the grant and the closing balance are unknown (null, never 0)
 * and a warning names the field to fill in.
 */
import { describe, expect, it } from 'vitest';
import { evaluateClusterYear, hasViolations, rateForYear } from '../../src/index.js';
import { base, withAgm } from '../support/clusterYear.js';

describe('a year without a published grant rate (grant.rate-per-patient)', () => {
  const year2026 = { ...withAgm(2026), expenses: [{ category: 'catering' as const, amount: 2500, date: '2026-02-10', documentation: { receipt: true } }] };

  it('2026 has no published rate today (the premise of these tests)', () => {
    expect(rateForYear(2026)).toBeUndefined();
  });

  it('reports everything else, with the grant and the closing balance unknown', () => {
    const r = evaluateClusterYear({ ...year2026, openingBalance: '1000.00' });
    expect(r.grant).toBeNull();
    expect(r.ledger).toEqual({ year: 2026, openingBalance: '1000.00', grant: null, spent: '2500.00', closingBalance: null, pendingReview: '0.00', findings: [] });
    expect(r.expenses.totals.approved).toBe('2500.00');
    expect(r.calendar.length).toBeGreaterThan(0);
  });

  it('gives a warning that names the field `rate`, and no violation of its own', () => {
    const r = evaluateClusterYear(year2026);
    const grant = r.findings.filter((f) => f.where === 'grant');
    expect(grant.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning grant.rate-per-patient']);
    expect(grant[0]?.message.en).toContain('`rate`');
    expect(grant[0]?.message.da).toContain('`rate`');
    expect(grant[0]?.data).toMatchObject({ year: 2026, field: 'rate' });
    expect(hasViolations(r.findings)).toBe(false); // so the CLI exits 0 here, by the other findings
  });

  it('the violations still decide: an overspending claim without a rate is judged as before', () => {
    const r = evaluateClusterYear({ ...year2026, expenses: [{ category: 'study-trip-abroad', amount: 9000, date: '2026-05-01' }] });
    expect(r.grant).toBeNull();
    expect(r.summary.violations).toBeGreaterThan(0);
  });

  it('with `rate` in the document the grant and the balance are computed', () => {
    const r = evaluateClusterYear({ ...year2026, rate: '3.80' });
    expect(r.grant?.amount).toBe('117800.00'); // 31,000 × 3.80
    expect(r.ledger).toMatchObject({ grant: '117800.00', spent: '2500.00', closingBalance: '115300.00' });
    expect(r.findings.filter((f) => f.where === 'grant')).toEqual([]);
  });

  it('a year with a published rate is unchanged', () => {
    expect(evaluateClusterYear(base).grant?.rate).toBe('3.65');
  });
});
