/**
 * How evaluateClusterYear passes the document's settings on to the rules it
 * composes, and how it tags each finding with where it arose.
 */
import { describe, expect, it } from 'vitest';
import { evaluateClusterYear } from '../../src/index.js';
import { base, withAgm } from '../support/clusterYear.js';
import { issuesOf } from '../support/inputErrors.js';

describe('evaluateClusterYear passes the settings on', () => {
  it('the calendar options reach the AGM deadlines: a notice date on a Saturday moves to Friday only when asked', () => {
    const agm = { meeting: '2025-03-29' };
    expect(evaluateClusterYear({ ...base, agm }).agm?.deadlines.noticeBy).toBe('2025-03-15');
    expect(evaluateClusterYear({ ...base, agm, calendar: { noticeOnWorkingDay: true } }).agm?.deadlines.noticeBy).toBe('2025-03-14');
    expect(evaluateClusterYear({ ...base, agm, calendar: { extraClosedDays: ['2025-03-14'], noticeOnWorkingDay: true } }).agm?.deadlines.noticeBy).toBe('2025-03-13');
  });

  it('the fee period length reaches the fee split (the agreed fee covers the period)', () => {
    const r = evaluateClusterYear({ ...base, coordinatorFee: { annualFee: 24000, months: 6, holders: [{ id: 'D1', from: '2025-01-01' }] } });
    expect(r.coordinatorFee?.shares).toEqual([{ id: 'D1', months: 6, amount: '24000.00' }]);
  });

  it('says what is missing when general practice gives no agreed fee', () => {
    expect(issuesOf(() => evaluateClusterYear({ ...base, coordinatorFee: { holders: [{ id: 'D1', from: '2025-01-01' }] } }))).toEqual([
      { path: ['coordinatorFee', 'annualFee'], message: 'annualFee (the fee agreed at the AGM) is needed in the almen-praksis scheme' },
    ]);
  });
});

describe('evaluateClusterYear tags each finding with where it arose', () => {
  it('a claim by its index, and its id when it has one', () => {
    const claim = { category: 'catering' as const, amount: 100, date: '2025-02-01' };
    const r = evaluateClusterYear({ ...withAgm(2025), expenses: [claim, { ...claim, id: 'B7' }] });
    expect([...new Set(r.findings.map((f) => f.where))]).toEqual(['expenses[0]', 'expenses[1] B7']);
  });

  it('a long or CPR-shaped claim id is echoed shortened and redacted in `where`', () => {
    const claim = { category: 'catering' as const, amount: 100, date: '2025-02-01' };
    const r = evaluateClusterYear({ ...withAgm(2025), expenses: [{ ...claim, id: 'x'.repeat(60) }, { ...claim, id: '010190-1234' }] });
    const where = [...new Set(r.findings.map((f) => f.where))];
    expect(where).toEqual([`expenses[0] ${'x'.repeat(40)}…`, 'expenses[1] [CPR]']);
  });

  it('the coordinator fee', () => {
    const r = evaluateClusterYear({ ...withAgm(2025), coordinatorFee: { annualFee: 24000, holders: [{ id: null, from: '2025-01-01' }, { id: 'D1', from: '2025-07-01' }] } });
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.map((f) => f.where)).toEqual(r.findings.map(() => 'coordinatorFee'));
  });
});
