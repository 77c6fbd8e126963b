import { describe, expect, it } from 'vitest';
import { evaluateClusterYear } from '../../src/index.js';
import type { ClusterYear } from '../../src/index.js';
import { base, cluster } from '../support/clusterYear.js';
import { pathsOf } from '../support/inputErrors.js';

/** The paths of the issues of the KlyngeInputError that `fn` throws. */

describe('evaluateClusterYear', () => {
  it('composes a minimal year: grant from the clinics, zero opening balance, no expenses', () => {
    const r = evaluateClusterYear(base);
    expect(r.cluster).toEqual({ id: 'K1' });
    expect(r.grant?.amount).toBe('113150.00'); // 31,000 × 3.65
    expect(r.ledger).toMatchObject({ openingBalance: '0.00', spent: '0.00', closingBalance: '113150.00', pendingReview: '0.00' });
    expect(r.expenses.decisions).toEqual([]);
    expect(r.coordinatorFee).toBeUndefined();
    expect(r.agm).toBeUndefined();
    expect(r.findings.map((f) => `${f.severity} ${f.where} ${f.rule}`)).toEqual(['violation agm agm.annual-meeting']); // no AGM recorded
    expect(r.summary).toEqual({ violations: 1, warnings: 0, infos: 0 });
    expect(r.calendar.map((e) => e.rule)).not.toContain('agm.notice-period');
  });

  it('uses patients and rate overrides, and shows the cluster name', () => {
    const r = evaluateClusterYear({ ...base, cluster: { ...cluster, name: 'Klynge 1' }, patients: 40000, rate: '4.00', openingBalance: 1000 });
    expect(r.cluster).toEqual({ id: 'K1', name: 'Klynge 1' });
    expect(r.grant).toMatchObject({ patients: 40000, rate: '4.00', amount: '160000.00' });
    expect(r.ledger?.closingBalance).toBe('161000.00');
    expect(r.findings.map((f) => f.where)).toContain('grant'); // the rate differs from the published 3.65
  });

  it('reports a bad rate at its path in the document', () => {
    expect(pathsOf(() => evaluateClusterYear({ ...base, year: 2031, rate: '-1' }))).toEqual([['rate']]);
  });

  it('marks an overspent year as a violation from the ledger', () => {
    const r = evaluateClusterYear({
      ...base,
      patients: 0,
      expenses: [{ category: 'venue-rent', amount: 500, date: '2025-02-01', documentation: { receipt: true } }],
    });
    expect(r.ledger?.closingBalance).toBe('-500.00');
    expect(r.findings.filter((f) => f.where === 'ledger').map((f) => f.severity)).toEqual(['violation']);
  });

  it('divides the AGM-agreed fee over the given period, months and method', () => {
    const r = evaluateClusterYear({
      ...base,
      coordinatorFee: { annualFee: 24000, periodStart: '2025-04-01', months: 12, method: 'whole-months-only', holders: [{ id: 'D1', from: '2025-04-01' }, { id: 'D2', from: '2025-10-15' }] },
    });
    expect(r.coordinatorFee?.shares).toEqual([
      { id: 'D1', months: 6, amount: '12000.00' },
      { id: 'D2', months: 5, amount: '10000.00' },
    ]);
    expect(r.coordinatorFee?.unallocated).toEqual({ months: 1, amount: '2000.00' });
  });

  it('needs the agreed fee in general practice, with the path in the document', () => {
    expect(pathsOf(() => evaluateClusterYear({ ...base, coordinatorFee: { holders: [{ id: 'D1', from: '2025-01-01' }] } }))).toEqual([['coordinatorFee', 'annualFee']]);
  });

  it('reports bad fee holders at their path in the document', () => {
    const paths = pathsOf(() =>
      evaluateClusterYear({ ...base, coordinatorFee: { annualFee: 100, holders: [{ id: 'B', from: '2025-06-01' }, { id: 'A', from: '2025-02-01' }] } }),
    );
    expect(paths.every((p) => p[0] === 'coordinatorFee' && p[1] === 'holders')).toBe(true);
  });

  it('uses the eKVIS preset in the specialist scheme, with or without a method', () => {
    const specialist = { ...cluster, scheme: 'speciallaegepraksis' as const };
    const holders = [{ id: 'D1', from: '2025-04-01' }, { id: 'D2', from: '2025-11-15' }];
    const a = evaluateClusterYear({ year: 2025, cluster: specialist, coordinatorFee: { holders } });
    const b = evaluateClusterYear({ year: 2025, cluster: specialist, coordinatorFee: { holders, method: 'first-of-month' } });
    // November: D1 held 14 days, D2 16 → majority-of-days (the default) gives it to D2; first-of-month to D1
    expect(a.coordinatorFee?.shares.map((s) => s.months)).toEqual([7, 5]);
    expect(b.coordinatorFee?.shares.map((s) => s.months)).toEqual([8, 4]);
    expect(a.grant).toBeUndefined();
    expect(a.ledger).toBeUndefined();
  });

  it('checks the AGM with the document’s calendar options; an extraordinary meeting is not put in the calendar', () => {
    const ordinary = evaluateClusterYear({ ...base, agm: { meeting: '2025-03-20', noticeSentOn: '2025-03-07' }, calendar: { noticeOnWorkingDay: true } });
    expect(ordinary.agm?.deadlines.noticeBy).toBe('2025-03-06');
    expect(ordinary.findings.map((f) => `${f.where} ${f.rule}`)).toEqual(['agm agm.notice-period']);
    expect(ordinary.calendar.some((e) => e.date === '2025-03-20')).toBe(true);
    const extra = evaluateClusterYear({ ...base, agm: { meeting: '2025-06-12', kind: 'extraordinary' } });
    expect(extra.agm?.findings).toEqual([]);
    expect(extra.calendar.some((e) => e.date === '2025-06-12')).toBe(false);
  });

  it('reports bad AGM facts and bad cluster data at their document paths', () => {
    expect(pathsOf(() => evaluateClusterYear({ ...base, agm: { meeting: '2025-02-30' } }))).toEqual([['agm', 'meeting']]);
    expect(pathsOf(() => evaluateClusterYear({ ...base, cluster: { ...cluster, clinics: [{ id: 'C1', listedPatients: -1, owners: ['D1'] }] } }))).toEqual([
      ['cluster', 'clinics', 0, 'listedPatients'],
    ]);
    expect(pathsOf(() => evaluateClusterYear({ ...base, membership: { minimumPatients: -5 } }))[0]?.[0]).toBe('membership');
  });

  it('reports every bad claim by its index, and rejects unknown keys', () => {
    const paths = pathsOf(() =>
      evaluateClusterYear({
        ...base,
        expenses: [
          { category: 'catering', amount: 1, date: '2025-01-01' },
          { category: 'bowling' as 'catering', amount: '1.001', date: '2025-01-01' },
        ],
      }),
    );
    expect(paths).toContainEqual(['expenses', 1, 'category']);
    expect(paths).toContainEqual(['expenses', 1, 'amount']);
    expect(pathsOf(() => evaluateClusterYear({ ...base, colour: 'blue' } as ClusterYear))).toEqual([[]]);
  });

  it('does not mutate its input and gives the same answer twice', () => {
    const doc: ClusterYear = { ...base, expenses: [{ category: 'catering', amount: 100, date: '2025-02-01', documentation: { receipt: true } }] };
    const copy = structuredClone(doc);
    const a = evaluateClusterYear(doc);
    expect(doc).toEqual(copy);
    expect(evaluateClusterYear(doc)).toEqual(a);
  });
});
