import { describe, expect, it } from 'vitest';
import { specialistCoordinatorFee, prorateFee, KlyngeInputError, ruleCatalogue } from '../../src/index.js';
import type { ParameterTable } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

describe('specialistCoordinatorFee (fees.specialist-coordinator-fee)', () => {
  it('50,000 kr for April 2024 – March 2025, paid 31 March 2025 as B-income', () => {
    expect(specialistCoordinatorFee({ year: 2024, holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: '2024-11-01' }] })).toEqual({
      shares: [
        { id: 'A', months: 7, amount: '29166.67' },
        { id: 'B', months: 5, amount: '20833.33' },
      ],
      unallocated: { months: 0, amount: '0.00' },
      findings: [],
      annualFee: '50000.00',
      period: { start: '2024-04-01', end: '2025-03-31' },
      paymentDate: '2025-03-31',
      incomeType: 'B',
    });
    expect(ruleCatalogue['fees.specialist-coordinator-fee'].parameters?.[0]?.values[0]?.value).toBe('50000.00');
  });
  it('pays on 31 March even when it is a weekend (31 March 2024 is a Sunday)', () => {
    expect(specialistCoordinatorFee({ year: 2023, holders: [{ id: 'A', from: '2023-04-01' }] }).paymentDate).toBe('2024-03-31');
  });
  it('passes the method on', () => {
    const holders = [
      { id: 'A', from: '2024-04-01' },
      { id: 'B', from: '2024-11-16' },
    ];
    expect(specialistCoordinatorFee({ year: 2024, holders, method: 'whole-months-only' }).unallocated.months).toBe(1);
    expect(specialistCoordinatorFee({ year: 2024, holders }).unallocated.months).toBe(0);
  });
  it('takes an override fee table and rejects a year without a fee', () => {
    const fees: ParameterTable<string> = {
      name: 'f',
      unit: 'kr',
      description: { da: 'x', en: 'x' },
      values: [{ from: '2026-04-01', value: '60000', source: { document: 'design-interpretation', section: 'test' } }],
    };
    expect(specialistCoordinatorFee({ year: 2026, holders: [{ id: 'A', from: '2026-04-01' }] }, { fees }).shares[0]!.amount).toBe('60000.00');
    expect(issuesOf(() => specialistCoordinatorFee({ year: 2025, holders: [] }, { fees }))).toEqual([
      { path: ['year'], message: 'no specialist coordinator fee is published for the period starting 2025-04-01' },
    ]);
  });
  it('rejects an override fee table whose value is not an amount', () => {
    const fees: ParameterTable<string> = {
      name: 'f',
      unit: 'kr',
      description: { da: 'x', en: 'x' },
      values: [{ from: '2026-04-01', value: '-1', source: { document: 'design-interpretation', section: 'test' } }],
    };
    expect(issuesOf(() => specialistCoordinatorFee({ year: 2026, holders: [] }, { fees }))[0]!.path).toEqual(['options', 'fees', 'values', 0, 'value']);
  });
  it('rejects unsorted holders', () => {
    expect(() => specialistCoordinatorFee({ year: 2024, holders: [{ id: 'A', from: '2024-06-01' }, { id: 'B', from: '2024-05-01' }] })).toThrow(KlyngeInputError);
    expect(() => specialistCoordinatorFee({ year: 2024.5, holders: [] })).toThrow(KlyngeInputError);
  });
});

describe('general-practice fee set at the AGM (fees.agm-sets-fee)', () => {
  it('is prorateFee with the agreed annual fee; the rule cites §3.3, §4.2 and §5.4', () => {
    const agreed = prorateFee({ annualFee: '36000', periodStart: '2025-01-01', holders: [{ id: 'coordinator', from: '2025-01-01' }, { id: 'new', from: '2025-07-01' }] });
    expect(agreed.shares.map((s) => s.amount)).toEqual(['18000.00', '18000.00']);
    expect(ruleCatalogue['fees.agm-sets-fee'].sources.map((s) => s.section)).toEqual(['3.3', '4.2', '5.4']);
    expect(ruleCatalogue['fees.agm-sets-fee'].kind).toBe('requirement');
  });
});
