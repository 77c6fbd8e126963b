import { describe, expect, it } from 'vitest';
import { closeYear, closeYears, ruleCatalogue } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

describe('closeYear (grant.carry-over)', () => {
  it('closing = opening + grant − spent', () => {
    expect(closeYear({ year: 2024, openingBalance: 20000, grant: '170400', spent: [100000, '50000.50'] })).toEqual({
      year: 2024,
      openingBalance: '20000.00',
      grant: '170400.00',
      spent: '150000.50',
      closingBalance: '40399.50',
      findings: [],
    });
    expect(ruleCatalogue['grant.carry-over'].kind).toBe('interpretation');
  });
  it('takes a single spent amount and an empty list', () => {
    expect(closeYear({ year: 2025, openingBalance: '0.01', grant: 0, spent: '0.01' }).closingBalance).toBe('0.00');
    expect(closeYear({ year: 2025, openingBalance: 5, grant: 10, spent: [] })).toMatchObject({ spent: '0.00', closingBalance: '15.00' });
  });
  it('a balance of exactly zero is not overspent', () => {
    expect(closeYear({ year: 2025, openingBalance: 100, grant: 0, spent: 100 })).toMatchObject({ closingBalance: '0.00', findings: [] });
  });
  it('a negative closing balance is a grant.overspent violation, not an error', () => {
    const r = closeYear({ year: 2025, openingBalance: 1000, grant: 0, spent: [1500, 700] });
    expect(r.closingBalance).toBe('-1200.00');
    expect(r.findings).toEqual([
      {
        rule: 'grant.overspent',
        severity: 'violation',
        message: {
          da: 'Klyngen har i 2025 brugt mere end sine midler: formuen ultimo er -1.200,00 kr.',
          en: 'In 2025 the cluster spent more than its funds: the closing balance is -1200.00 kr.',
        },
        source: { document: 'klyngeregler-2023', section: '3.2' },
        data: { year: 2025, closingBalance: '-1200.00' },
      },
    ]);
  });
  it('one øre over is overspent', () => {
    expect(closeYear({ year: 2025, openingBalance: 0, grant: 100, spent: '100.01' }).findings[0]?.severity).toBe('violation');
  });
  it('rejects negative and malformed amounts with their paths', () => {
    expect(issuesOf(() => closeYear({ year: 2025, openingBalance: -1, grant: 0, spent: 0 }))[0]!.path).toEqual(['openingBalance']);
    expect(issuesOf(() => closeYear({ year: 2025, openingBalance: 0, grant: '-5', spent: 0 }))[0]!.path).toEqual(['grant']);
    expect(issuesOf(() => closeYear({ year: 2025, openingBalance: 0, grant: 0, spent: [1, -2] }))[0]!.path).toEqual(['spent', 1]);
    expect(issuesOf(() => closeYear({ year: 20250, openingBalance: 0, grant: 0, spent: 0 }))[0]!.path).toEqual(['year']);
  });
});

describe('closeYears', () => {
  it('carries each closing balance over, also a negative one', () => {
    const r = closeYears({
      openingBalance: 0,
      years: [
        { year: 2024, grant: 170400, spent: 150000 },
        { year: 2025, grant: 175200, spent: 200000 },
        { year: 2026, grant: '10000', spent: [] },
      ],
    });
    expect(r.years.map((y) => [y.openingBalance, y.closingBalance])).toEqual([
      ['0.00', '20400.00'],
      ['20400.00', '-4400.00'],
      ['-4400.00', '5600.00'],
    ]);
    expect(r.closingBalance).toBe('5600.00');
    expect(r.findings.map((f) => [f.rule, f.severity, f.data?.['year']])).toEqual([['grant.overspent', 'violation', 2025]]);
    expect(r.years[1]!.findings).toHaveLength(1);
  });
  it('rejects years that are not consecutive', () => {
    const issues = issuesOf(() =>
      closeYears({ openingBalance: 0, years: [{ year: 2024, grant: 1, spent: 0 }, { year: 2026, grant: 1, spent: 0 }] }),
    );
    expect(issues[0]!.path).toEqual(['years', 1, 'year']);
    expect(issues[0]!.message).toBe('years must be consecutive: 2026 does not follow 2024');
    expect(issuesOf(() => closeYears({ openingBalance: 0, years: [{ year: 2024, grant: 1, spent: 0 }, { year: 2024, grant: 1, spent: 0 }] }))[0]!.path).toEqual([
      'years',
      1,
      'year',
    ]);
  });
  it('rejects an empty list and bad amounts', () => {
    expect(issuesOf(() => closeYears({ openingBalance: 0, years: [] }))[0]!.path).toEqual(['years']);
    expect(issuesOf(() => closeYears({ openingBalance: 0, years: [{ year: 2024, grant: 1, spent: [-1] }] }))[0]!.path).toEqual(['years', 0, 'spent', 0]);
  });
});
