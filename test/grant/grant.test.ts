import { describe, expect, it } from 'vitest';
import { annualCalendar, grantForYear, rateForYear, ruleCatalogue } from '../../src/index.js';
import type { ParameterTable } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

describe('rateForYear (grant.rate-per-patient)', () => {
  it('gives the published rates with their sources', () => {
    expect(rateForYear(2022)).toEqual({
      rate: '1.12',
      source: { document: 'kiap-klyngeadministration', section: 'Klyngens økonomi og udbetaling af midler' },
    });
    expect(rateForYear(2023)?.rate).toBe('2.32');
    expect(rateForYear(2024)).toEqual({ rate: '3.55', source: { document: 'kiap-guide', section: 'Klyngens økonomi' } });
    expect(rateForYear(2025)?.rate).toBe('3.65');
  });
  it('has no rate before 2022 or after 2025', () => {
    expect(rateForYear(2021)).toBeUndefined();
    expect(rateForYear(2026)).toBeUndefined();
  });
  it('takes an override table for a new agreement period', () => {
    const rates: ParameterTable<string> = {
      name: 'r',
      unit: 'kr',
      description: { da: 'x', en: 'x' },
      values: [{ from: '2026-01-01', until: '2026-12-31', value: '3.8', source: { document: 'design-interpretation', section: 'test' } }],
    };
    expect(rateForYear(2026, { rates })).toEqual({ rate: '3.80', source: { document: 'design-interpretation', section: 'test' } });
    expect(rateForYear(2025, { rates })).toBeUndefined();
  });
  it('rejects an override table whose rate is not an amount', () => {
    const rates: ParameterTable<string> = {
      name: 'r',
      unit: 'kr',
      description: { da: 'x', en: 'x' },
      values: [{ from: '2026-01-01', value: '3,80', source: { document: 'design-interpretation', section: 'test' } }],
    };
    expect(issuesOf(() => rateForYear(2026, { rates }))[0]!.path).toEqual(['options', 'rates', 'values', 0, 'value']);
  });
  it('rejects a year that is not a whole year', () => {
    expect(issuesOf(() => rateForYear(2024.5))[0]!.path).toEqual(['year']);
    expect(issuesOf(() => rateForYear('2024' as unknown as number))[0]!.path).toEqual(['year']);
  });
  it('is catalogued with the rate table', () => {
    expect(ruleCatalogue['grant.rate-per-patient'].parameters?.[0]?.values).toHaveLength(4);
  });
});

describe('grantForYear', () => {
  it('48,000 patients in 2024 → 170400.00, paid 1 March, registered by 31 January', () => {
    expect(grantForYear({ year: 2024, patients: 48000 })).toEqual({
      year: 2024,
      patients: 48000,
      rate: '3.55',
      amount: '170400.00',
      paymentDate: '2024-03-01',
      registrationDeadline: '2024-01-31',
      findings: [],
    });
  });
  it('grant.payment-date and grant.registration-deadline follow the year', () => {
    const g = grantForYear({ year: 2025, patients: 31234 });
    expect(g.amount).toBe('114004.10');
    expect(g.paymentDate).toBe('2025-03-01');
    expect(g.registrationDeadline).toBe('2025-01-31');
    expect(ruleCatalogue['grant.payment-date'].kind).toBe('requirement');
    expect(ruleCatalogue['grant.registration-deadline'].sources[0]).toEqual({ document: 'klyngeregler-2023', section: '3.1' });
  });
  it('rounds half-up to øre', () => {
    // 1 patient × 1.12 is exact; 12345 × 1.12 = 13826.40; use an override rate with an odd product
    expect(grantForYear({ year: 2030, patients: 3, rate: '0.05' }).amount).toBe('0.15');
    expect(grantForYear({ year: 2022, patients: 12345 }).amount).toBe('13826.40');
  });
  it('zero patients → 0.00', () => {
    expect(grantForYear({ year: 2023, patients: 0 }).amount).toBe('0.00');
  });
  it('a given rate equal to the published one gives no finding', () => {
    expect(grantForYear({ year: 2024, patients: 100, rate: '3.55' }).findings).toEqual([]);
  });
  it('a given rate equal to the published one (as a number) gives no finding', () => {
    expect(grantForYear({ year: 2024, patients: 100, rate: 3.55 }).findings).toEqual([]);
  });
  it('a given rate that differs from the published one is used and gives an info', () => {
    const g = grantForYear({ year: 2024, patients: 48000, rate: '3.6' });
    expect(g.rate).toBe('3.60');
    expect(g.amount).toBe('172800.00');
    expect(g.findings).toEqual([
      {
        rule: 'grant.rate-per-patient',
        severity: 'info',
        message: {
          da: 'Den angivne sats 3,60 kr. pr. patient afviger fra den offentliggjorte sats for 2024 på 3,55 kr.',
          en: 'The given rate of 3.60 kr per patient differs from the published rate for 2024 of 3.55 kr.',
        },
        source: { document: 'klyngeregler-2023', section: '3.1' },
        data: { year: 2024, rate: '3.60', publishedRate: '3.55' },
      },
    ]);
  });
  it('grant.registration-deadline: 31 January, never moved — 2026 (a Saturday) stays 2026-01-31, as in annualCalendar', () => {
    expect(grantForYear({ year: 2026, patients: 1, rate: 1 }).registrationDeadline).toBe('2026-01-31');
    expect(grantForYear({ year: 2026, patients: 1, rate: 1 }).registrationDeadline).toBe(annualCalendar({ year: 2026 })[0]!.date);
  });
  it('a rate for a year without a published rate is used without findings', () => {
    const g = grantForYear({ year: 2026, patients: 40000, rate: 3.75 });
    expect(g).toMatchObject({ rate: '3.75', amount: '150000.00', findings: [] });
  });
  it('a year without a published rate and no rate is an input error asking for `rate`', () => {
    const issues = issuesOf(() => grantForYear({ year: 2026, patients: 40000 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['rate']);
    expect(issues[0]!.message).toContain('no grant rate is published for 2026');
    expect(issues[0]!.message).toBe(
      'no grant rate is published for 2026: fill in `rate` (kroner per patient, e.g. "rate": "3.65") in the input next to `year` and `patients` — the rate follows fee development and is never extrapolated',
    );
    expect(issues[0]!.message).not.toContain('pass');
  });
  it('uses an override table', () => {
    const rates: ParameterTable<string> = {
      name: 'r',
      unit: 'kr',
      description: { da: 'x', en: 'x' },
      values: [{ from: '2026-01-01', value: '4.00', source: { document: 'design-interpretation', section: 'test' } }],
    };
    expect(grantForYear({ year: 2027, patients: 10 }, { rates }).amount).toBe('40.00');
  });
  it('rejects bad input', () => {
    expect(issuesOf(() => grantForYear({ year: 2024, patients: -1 }))[0]!.path).toEqual(['patients']);
    expect(issuesOf(() => grantForYear({ year: 2024, patients: 1.5 }))[0]!.path).toEqual(['patients']);
    expect(issuesOf(() => grantForYear({ year: 2024, patients: 1, rate: -3 }))[0]!.path).toEqual(['rate']);
    expect(issuesOf(() => grantForYear({ year: 2024, patients: 1, rate: '3.555' }))[0]!.path).toEqual(['rate']);
    expect(issuesOf(() => grantForYear({ year: 2024, patients: 1, rat: 3 } as never))[0]!.path).toEqual([]);
    expect(issuesOf(() => grantForYear(null as never))).toHaveLength(1);
  });
});
