import { describe, expect, it } from 'vitest';
import { checkHourlyRate, KlyngeInputError, ruleCatalogue, specialistCoordinatorFee } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';
import type { ParameterTable } from '../../src/index.js';

describe('checkHourlyRate (fees.consultant-hourly-rate)', () => {
  it('above the recommended rate is a warning', () => {
    expect(checkHourlyRate({ hourlyRate: 1200, date: '2025-02-01' })).toEqual({
      recommended: '1072.02',
      findings: [
        {
          rule: 'fees.consultant-hourly-rate',
          severity: 'warning',
          message: {
            da: 'Timeprisen 1.200,00 kr. er over PLO’s anbefalede konsulenttakst på 1.072,02 kr. pr. time (lørdag 1. februar 2025).',
            en: "The hourly rate 1200.00 kr is above PLO's recommended consultant rate of 1072.02 kr per hour (Saturday 1 February 2025).",
          },
          source: { document: 'kiap-klyngeadministration', section: 'Klyngens økonomi og udbetaling af midler' },
          data: { hourlyRate: '1200.00', recommended: '1072.02', date: '2025-02-01' },
        },
      ],
    });
    expect(ruleCatalogue['fees.consultant-hourly-rate'].kind).toBe('recommendation');
  });
  it('exactly the recommended rate is fine; one øre above is not', () => {
    expect(checkHourlyRate({ hourlyRate: '1072.02', date: '2024-10-01' })).toEqual({ recommended: '1072.02', findings: [] });
    expect(checkHourlyRate({ hourlyRate: '1072.03', date: '2024-10-01' }).findings).toHaveLength(1);
    expect(checkHourlyRate({ hourlyRate: 500, date: '2030-01-01' })).toEqual({ recommended: '1072.02', findings: [] });
  });
  it('no rate published for the date → no findings', () => {
    expect(checkHourlyRate({ hourlyRate: 5000, date: '2024-09-30' })).toEqual({ findings: [] });
  });
  it('takes an override table', () => {
    const rates: ParameterTable<string> = {
      name: 'r',
      unit: 'kr/h',
      description: { da: 'x', en: 'x' },
      values: [{ from: '2020-01-01', value: '900', source: { document: 'design-interpretation', section: 'test' } }],
    };
    const r = checkHourlyRate({ hourlyRate: 1000, date: '2021-01-01' }, { rates });
    expect(r.recommended).toBe('900.00');
    expect(r.findings[0]?.data).toEqual({ hourlyRate: '1000.00', recommended: '900.00', date: '2021-01-01' });
  });
  it('rejects an override table whose rate is not an amount', () => {
    const rates: ParameterTable<string> = {
      name: 'r',
      unit: 'kr/h',
      description: { da: 'x', en: 'x' },
      values: [{ from: '2020-01-01', value: 'many', source: { document: 'design-interpretation', section: 'test' } }],
    };
    expect(issuesOf(() => checkHourlyRate({ hourlyRate: 1, date: '2021-01-01' }, { rates }))[0]!.path).toEqual(['options', 'rates', 'values', 0, 'value']);
  });
  it('rejects bad input', () => {
    expect(() => checkHourlyRate({ hourlyRate: -1, date: '2025-01-01' })).toThrow(KlyngeInputError);
    expect(() => checkHourlyRate({ hourlyRate: 1, date: '2025-13-01' })).toThrow(KlyngeInputError);
  });
});

describe('options are strict', () => {
  it('a misspelt key in the options of checkHourlyRate and specialistCoordinatorFee is an input error naming it', () => {
    const [a] = issuesOf(() => checkHourlyRate({ hourlyRate: 1, date: '2025-01-01' }, { rate: {} } as never));
    expect([a!.path, a!.message.includes('rate')]).toEqual([['options'], true]);
    const [b] = issuesOf(() => specialistCoordinatorFee({ year: 2024, holders: [] }, { fee: {} } as never));
    expect([b!.path, b!.message.includes('fee')]).toEqual([['options'], true]);
  });
});
