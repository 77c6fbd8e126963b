import { describe, expect, it } from 'vitest';
import { prorateFee, ruleCatalogue } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

const base = { annualFee: 50000, periodStart: '2024-04-01' };

describe('prorateFee (fees.whole-months)', () => {
  it('50,000 kr, April–March, new holder from 2024-11-01 → 29166.67 and 20833.33', () => {
    expect(prorateFee({ ...base, holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: '2024-11-01' }] })).toEqual({
      shares: [
        { id: 'A', months: 7, amount: '29166.67' },
        { id: 'B', months: 5, amount: '20833.33' },
      ],
      unallocated: { months: 0, amount: '0.00' },
      findings: [],
    });
    expect(ruleCatalogue['fees.whole-months'].sources).toEqual([
      { document: 'ekvis-koordinator', section: 'Funktionsperiode' },
      { document: 'ekvis-koordinator', section: 'Honorering' },
    ]);
  });
  it('three holders with 4 months each → 16666.67, 16666.67, 16666.66', () => {
    const r = prorateFee({
      ...base,
      holders: [
        { id: 'A', from: '2024-04-01' },
        { id: 'B', from: '2024-08-01' },
        { id: 'C', from: '2024-12-01' },
      ],
    });
    expect(r.shares).toEqual([
      { id: 'A', months: 4, amount: '16666.67' },
      { id: 'B', months: 4, amount: '16666.67' },
      { id: 'C', months: 4, amount: '16666.66' },
    ]);
  });
  it('a vacancy (id null) is unallocated and gives a fees.vacant-months info', () => {
    const r = prorateFee({
      ...base,
      holders: [
        { id: 'A', from: '2024-04-01' },
        { id: null, from: '2024-07-01' },
        { id: 'B', from: '2024-09-01' },
      ],
    });
    expect(r.shares).toEqual([
      { id: 'A', months: 3, amount: '12500.00' },
      { id: 'B', months: 7, amount: '29166.67' },
    ]);
    expect(r.unallocated).toEqual({ months: 2, amount: '8333.33' });
    expect(r.findings).toEqual([
      {
        rule: 'fees.vacant-months',
        severity: 'info',
        message: {
          da: '2 af periodens 12 måneder tilfalder ingen indehaver; 8.333,33 kr. udbetales ikke.',
          en: "2 of the period's 12 months fall to no holder; 8333.33 kr is not paid.",
        },
        source: { document: 'design-interpretation', section: 'Coordinator fee by whole months' },
        data: { months: 2, amount: '8333.33' },
      },
    ]);
  });
  it('a person holding the post twice appears once, in first-appearance order', () => {
    const r = prorateFee({
      ...base,
      holders: [
        { id: 'A', from: '2024-04-01' },
        { id: 'B', from: '2024-06-01' },
        { id: 'A', from: '2024-09-01' },
      ],
    });
    expect(r.shares).toEqual([
      { id: 'A', months: 9, amount: '37500.00' },
      { id: 'B', months: 3, amount: '12500.00' },
    ]);
  });
  it('months before the first holder are unallocated', () => {
    const r = prorateFee({ ...base, holders: [{ id: 'B', from: '2024-06-01' }] });
    expect(r.shares).toEqual([{ id: 'B', months: 10, amount: '41666.67' }]);
    expect(r.unallocated).toEqual({ months: 2, amount: '8333.33' });
  });
  it('a holder from before the period holds it from the start; earlier holders get 0 months', () => {
    const r = prorateFee({
      ...base,
      holders: [
        { id: 'X', from: '2022-04-01' },
        { id: 'A', from: '2023-10-15' },
        { id: 'B', from: '2024-11-01' },
      ],
    });
    expect(r.shares).toEqual([
      { id: 'X', months: 0, amount: '0.00' },
      { id: 'A', months: 7, amount: '29166.67' },
      { id: 'B', months: 5, amount: '20833.33' },
    ]);
  });
  it('a holder from after the period gets 0 months', () => {
    const r = prorateFee({ ...base, holders: [{ id: 'A', from: '2024-04-01' }, { id: 'Z', from: '2025-04-01' }] });
    expect(r.shares).toEqual([
      { id: 'A', months: 12, amount: '50000.00' },
      { id: 'Z', months: 0, amount: '0.00' },
    ]);
  });
  it('no holders: everything unallocated', () => {
    expect(prorateFee({ ...base, holders: [] })).toMatchObject({ shares: [], unallocated: { months: 12, amount: '50000.00' } });
  });
  it('periods of any whole number of months (1–120)', () => {
    expect(prorateFee({ annualFee: 1000, periodStart: '2025-01-01', months: 1, holders: [{ id: 'A', from: '2025-01-01' }] }).shares).toEqual([
      { id: 'A', months: 1, amount: '1000.00' },
    ]);
    const long = prorateFee({ annualFee: '100000', periodStart: '2020-01-01', months: 120, holders: [{ id: 'A', from: '2020-01-01' }, { id: 'B', from: '2029-01-01' }] });
    expect(long.shares).toEqual([
      { id: 'A', months: 108, amount: '90000.00' },
      { id: 'B', months: 12, amount: '10000.00' },
    ]);
    const q = prorateFee({ annualFee: 900, periodStart: '2024-12-01', months: 3, holders: [{ id: 'A', from: '2024-12-01' }, { id: 'B', from: '2025-02-01' }] });
    expect(q.shares.map((s) => [s.months, s.amount])).toEqual([
      [2, '600.00'],
      [1, '300.00'],
    ]);
  });
});

describe('prorateFee methods (fees.month-assignment)', () => {
  const midMonth = [
    { id: 'A', from: '2024-04-01' },
    { id: 'B', from: '2024-11-16' }, // November has 30 days: A 15, B 15 → a tie
  ];
  it('first-of-month: the month belongs to the holder on its 1st', () => {
    expect(prorateFee({ ...base, holders: midMonth, method: 'first-of-month' }).shares.map((s) => s.months)).toEqual([8, 4]);
  });
  it('majority-of-days is the default (#17 point 3): A from 2024-04-01, B from 2024-09-03 → A 20833.33, B 29166.67', () => {
    const holders = [
      { id: 'A', from: '2024-04-01' },
      { id: 'B', from: '2024-09-03' }, // A holds 1–2 September, B 28 days: September is B's
    ];
    expect(prorateFee({ ...base, holders }).shares).toEqual([
      { id: 'A', months: 5, amount: '20833.33' },
      { id: 'B', months: 7, amount: '29166.67' },
    ]);
    expect(prorateFee({ ...base, holders, method: 'majority-of-days' })).toEqual(prorateFee({ ...base, holders }));
    // The other two methods stay as options: both give September to A.
    expect(prorateFee({ ...base, holders, method: 'first-of-month' }).shares.map((s) => s.amount)).toEqual(['25000.00', '25000.00']);
    expect(prorateFee({ ...base, holders, method: 'whole-months-only' }).shares.map((s) => s.months)).toEqual([5, 6]);
  });
  it('majority-of-days: a tie goes to the outgoing holder', () => {
    expect(prorateFee({ ...base, holders: midMonth, method: 'majority-of-days' }).shares.map((s) => s.months)).toEqual([8, 4]);
  });
  it('majority-of-days: the incoming holder with more days gets the month', () => {
    const holders = [
      { id: 'A', from: '2024-04-01' },
      { id: 'B', from: '2024-11-15' }, // A 14 days, B 16 days
    ];
    expect(prorateFee({ ...base, holders, method: 'majority-of-days' }).shares.map((s) => s.months)).toEqual([7, 5]);
    expect(prorateFee({ ...base, holders, method: 'first-of-month' }).shares.map((s) => s.months)).toEqual([8, 4]);
  });
  it('majority-of-days: the outgoing holder with more days keeps the month', () => {
    const holders = [
      { id: 'A', from: '2024-04-01' },
      { id: 'B', from: '2024-11-17' }, // A 16, B 14
    ];
    expect(prorateFee({ ...base, holders, method: 'majority-of-days' }).shares.map((s) => s.months)).toEqual([8, 4]);
  });
  it('majority-of-days: days of one person in a month are added up', () => {
    // September 2024: A 1–10, B 11–20, A 21–30 → A 20 days
    const holders = [
      { id: 'A', from: '2024-04-01' },
      { id: 'B', from: '2024-09-11' },
      { id: 'A', from: '2024-09-21' },
    ];
    const r = prorateFee({ ...base, holders, method: 'majority-of-days' });
    expect(r.shares).toEqual([
      { id: 'A', months: 12, amount: '50000.00' },
      { id: 'B', months: 0, amount: '0.00' },
    ]);
  });
  it('majority-of-days: a vacancy with most days leaves the month unallocated', () => {
    const holders = [
      { id: 'A', from: '2024-04-01' },
      { id: null, from: '2024-06-05' },
      { id: 'A', from: '2024-07-20' },
    ];
    const r = prorateFee({ ...base, holders, method: 'majority-of-days' });
    // June: A 4, vacant 26 → unallocated; July: vacant 19, A 12 → unallocated
    expect(r.shares).toEqual([{ id: 'A', months: 10, amount: '41666.67' }]);
    expect(r.unallocated.months).toBe(2);
  });
  it('majority-of-days: days before the first holder count as vacant', () => {
    const r = prorateFee({ ...base, holders: [{ id: 'A', from: '2024-04-16' }], method: 'majority-of-days' });
    expect(r.unallocated.months).toBe(1); // April: 15 days without a holder, 15 with A → tie to the "outgoing" vacancy
    const r2 = prorateFee({ ...base, holders: [{ id: 'A', from: '2024-04-15' }], method: 'majority-of-days' });
    expect(r2.unallocated.months).toBe(0);
  });
  it('whole-months-only: a split month is unallocated', () => {
    const r = prorateFee({ ...base, holders: midMonth, method: 'whole-months-only' });
    expect(r.shares.map((s) => [s.id, s.months, s.amount])).toEqual([
      ['A', 7, '29166.67'],
      ['B', 4, '16666.67'],
    ]);
    expect(r.unallocated).toEqual({ months: 1, amount: '4166.66' });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['fees.vacant-months', 'info']]);
  });
  it('whole-months-only: a change on the 1st splits nothing', () => {
    const r = prorateFee({ ...base, holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: '2024-11-01' }], method: 'whole-months-only' });
    expect(r.shares.map((s) => s.months)).toEqual([7, 5]);
    expect(r.findings).toEqual([]);
  });
  it('whole-months-only: the same person on both sides of a change keeps the month', () => {
    const holders = [
      { id: 'A', from: '2024-04-01' },
      { id: 'A', from: '2024-06-10' },
    ];
    expect(prorateFee({ ...base, holders, method: 'whole-months-only' }).shares).toEqual([{ id: 'A', months: 12, amount: '50000.00' }]);
  });
  it('is catalogued as an interpretation', () => {
    expect(ruleCatalogue['fees.month-assignment'].kind).toBe('interpretation');
    expect(ruleCatalogue['fees.vacant-months'].kind).toBe('interpretation');
  });
});

describe('prorateFee input errors', () => {
  it('periodStart must be the 1st of a month', () => {
    const issues = issuesOf(() => prorateFee({ ...base, periodStart: '2024-04-02', holders: [] }));
    expect(issues).toEqual([{ path: ['periodStart'], message: 'periodStart must be the 1st of a month, received 2024-04-02' }]);
  });
  it('holders must be in strictly increasing `from` order', () => {
    const same = issuesOf(() => prorateFee({ ...base, holders: [{ id: 'A', from: '2024-05-01' }, { id: 'B', from: '2024-05-01' }] }));
    expect(same).toEqual([
      { path: ['holders', 1, 'from'], message: 'holders must be in strictly increasing `from` order: 2024-05-01 does not come after 2024-05-01' },
    ]);
    const back = issuesOf(() =>
      prorateFee({ ...base, holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: '2024-06-01' }, { id: 'C', from: '2024-05-31' }] }),
    );
    expect(back[0]!.path).toEqual(['holders', 2, 'from']);
  });
  it('rejects bad months, fees, dates, ids and methods', () => {
    expect(issuesOf(() => prorateFee({ ...base, months: 0, holders: [] }))[0]!.path).toEqual(['months']);
    expect(issuesOf(() => prorateFee({ ...base, months: 121, holders: [] }))[0]!.path).toEqual(['months']);
    expect(issuesOf(() => prorateFee({ ...base, months: 6.5, holders: [] }))[0]!.path).toEqual(['months']);
    expect(issuesOf(() => prorateFee({ ...base, annualFee: -1, holders: [] }))[0]!.path).toEqual(['annualFee']);
    expect(issuesOf(() => prorateFee({ ...base, periodStart: '2024-02-30', holders: [] }))[0]!.path).toEqual(['periodStart']);
    expect(issuesOf(() => prorateFee({ ...base, holders: [{ id: '', from: '2024-04-01' }] }))[0]!.path).toEqual(['holders', 0, 'id']);
    expect(issuesOf(() => prorateFee({ ...base, holders: [{ id: 'A', from: '1.4.2024' }] }))[0]!.path).toEqual(['holders', 0, 'from']);
    expect(issuesOf(() => prorateFee({ ...base, holders: [], method: 'by-days' as never }))[0]!.path).toEqual(['method']);
  });
});

describe('prorateFee strict input (#16)', () => {
  it('an unknown key on a holder is an input error naming it', () => {
    const [issue] = issuesOf(() => prorateFee({ ...base, holders: [{ id: 'A', from: '2024-04-01', until: '2024-12-31' } as never] }));
    expect(issue!.path).toEqual(['holders', 0]);
    expect(issue!.message).toContain('until');
  });
});
