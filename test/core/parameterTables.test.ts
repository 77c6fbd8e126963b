/**
 * Dated parameter tables: every built-in table under src/params and every
 * override a caller passes is checked by the one schema
 * (`parameterTableSchema`), entries in order without overlaps or gaps.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkHourlyRate, rateForYear, regionsOn, specialistCoordinatorFee } from '../../src/index.js';
import type { KlyngeInputError } from '../../src/index.js';
import { amountSchema } from '../../src/core/money.js';
import { parameterTableSchema, tableValueSchema, valueOn, type ParameterTable } from '../../src/core/parameterTable.js';
import * as agm from '../../src/params/agm.js';
import * as eligibility from '../../src/params/eligibility.js';
import * as fees from '../../src/params/fees.js';
import * as holidays from '../../src/params/holidays.js';
import * as membership from '../../src/params/membership.js';
import * as rates from '../../src/params/rates.js';
import * as regions from '../../src/params/regions.js';
import * as specialist from '../../src/params/specialist.js';
import { issuesOf } from '../support/inputErrors.js';

const source = { document: 'design-interpretation', section: 'test' } as const;
const table = (values: unknown[]) => ({ name: 't', unit: 'kr', description: { da: 't', en: 't' }, values });

/** Every exported table of src/params (an object with `values`), by module and name. */
const builtIn = Object.entries({ agm, eligibility, fees, holidays, membership, rates, regions, specialist }).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === 'object' && value !== null && !Array.isArray(value) && 'values' in value)
    .map(([name, value]) => [`${module}.${name}`, value as ParameterTable<unknown>] as const),
);

/** The value schema of each built-in table; a table missing here fails the test below. */
const VALUE_SCHEMAS: Record<string, z.ZodType> = {
  'agm.agmNoticeDaysTable': z.number().int().min(0),
  'agm.agmProposalWorkingDaysTable': z.number().int().min(0),
  'agm.agmMinutesDaysTable': z.number().int().min(0),
  'eligibility.costlyVenuePerAttendeeTable': amountSchema,
  'fees.specialistCoordinatorFeeTable': amountSchema,
  'fees.consultantHourlyRateTable': amountSchema,
  'holidays.storeBededagTable': z.boolean(),
  'membership.minimumListedPatientsTable': z.number().int().min(0),
  'rates.grantRateTable': amountSchema,
  'regions.regionsTable': z.array(z.enum(regions.REGIONS)),
  'specialist.specialistMeetingPerSpecialistTable': amountSchema,
  'specialist.specialistExternalVenuePerSpecialistTable': amountSchema,
  'specialist.specialistMeetingsPerYearTable': z.number().int().min(0),
  'specialist.specialistPresentersPerYearTable': amountSchema,
};

describe('built-in parameter tables', () => {
  it('are all listed with a value schema', () => {
    expect(builtIn.map(([name]) => name).sort()).toEqual(Object.keys(VALUE_SCHEMAS).sort());
  });
  it.each(builtIn)('%s passes the one table schema', (name, t) => {
    const result = parameterTableSchema(VALUE_SCHEMAS[name]!).safeParse(t);
    expect(result.error?.issues ?? []).toEqual([]);
  });
  it.each(builtIn.filter(([name]) => !name.startsWith('agm.') && !name.startsWith('membership.')))('%s is declared with its value schema, which overrides are checked against', (_, t) => {
    const schema = tableValueSchema(t);
    for (const entry of t.values) expect(schema.safeParse(entry.value).success).toBe(true);
    expect(schema.safeParse({ not: 'a value' }).success).toBe(false);
  });
  it('the eKVIS tables (coordinator fee and specialist caps) start on the same day', () => {
    const starts = [fees.specialistCoordinatorFeeTable, ...Object.values(specialist)].map((t) => (t as ParameterTable<unknown>).values[0]!.from);
    expect(new Set(starts)).toEqual(new Set(['2020-01-01']));
    expect(issuesOf(() => specialistCoordinatorFee({ year: 2019, holders: [] }))[0]!.path).toEqual(['year']);
    expect(specialistCoordinatorFee({ year: 2020, holders: [] }).annualFee).toBe('50000.00');
  });
});

describe('overrides are checked by the same schema', () => {
  it('regions with a string value, an impossible date, holes and unknown keys are input errors with paths', () => {
    expect(issuesOf(() => regionsOn('2026-05-01', { regions: table([{ from: '2020-01-01', value: 'Hovedstaden', source }]) } as never))[0]!.path).toEqual(['options', 'regions', 'values', 0, 'value']);
    expect(issuesOf(() => regionsOn('2026-05-01', { regions: table([{ from: '2020-01-01', value: ['Fyn'], source }]) } as never))[0]!.path).toEqual(['options', 'regions', 'values', 0, 'value', 0]);
    expect(issuesOf(() => rateForYear(2025, { rates: table([{ from: '2024-13-45', value: '1', source }]) } as never))[0]!.path).toEqual(['options', 'rates', 'values', 0, 'from']);
    // eslint-disable-next-line no-sparse-arrays
    const holes = table([{ from: '2020-01-01', value: '1', source }, , { from: '2025-01-01', value: '2', source }]);
    expect(issuesOf(() => rateForYear(2025, { rates: holes } as never))[0]!.path).toEqual(['options', 'rates', 'values', 1]);
    expect(issuesOf(() => rateForYear(2025, { rates: { ...table([{ from: '2020-01-01', value: '1', source }]), vaules: [] } } as never))[0]!.path).toEqual(['options', 'rates']);
    expect(issuesOf(() => rateForYear(2025, { rates: table([]) } as never))[0]!.path).toEqual(['options', 'rates', 'values']);
  });
  it('entries must be in order and must not overlap or leave a gap', () => {
    const overlap = table([
      { from: '2024-01-01', until: '2025-06-30', value: '1', source },
      { from: '2025-01-01', value: '2', source },
    ]);
    expect(issuesOf(() => rateForYear(2025, { rates: overlap } as never))).toEqual([
      { path: ['options', 'rates', 'values', 0, 'until'], message: 'entries overlap: until 2025-06-30 is on or after the next from 2025-01-01' },
    ]);
    const gap = table([
      { from: '2024-01-01', until: '2024-06-30', value: '1', source },
      { from: '2025-01-01', value: '2', source },
    ]);
    expect(issuesOf(() => rateForYear(2025, { rates: gap } as never))[0]!.path).toEqual(['options', 'rates', 'values', 0, 'until']);
    const disorder = table([
      { from: '2025-01-01', value: '1', source },
      { from: '2024-01-01', value: '2', source },
    ]);
    expect(issuesOf(() => rateForYear(2025, { rates: disorder } as never))[0]!.path).toEqual(['options', 'rates', 'values', 1, 'from']);
    const backwards = table([{ from: '2025-01-01', until: '2024-12-31', value: '1', source }]);
    expect(issuesOf(() => rateForYear(2025, { rates: backwards } as never))[0]!.path).toEqual(['options', 'rates', 'values', 0, 'until']);
  });
  it('an entry without until lasts until the day before the next from; a final until ends the table', () => {
    const t = table([
      { from: '2024-01-01', value: '1', source },
      { from: '2025-01-01', until: '2025-12-31', value: '2', source },
    ]) as ParameterTable<string>;
    expect(valueOn(t, '2024-12-31')?.value).toBe('1');
    expect(valueOn(t, '2025-12-31')?.value).toBe('2');
    expect(valueOn(t, '2026-01-01')).toBeUndefined();
    expect(valueOn(t, '2023-12-31')).toBeUndefined();
    expect(rateForYear(2024, { rates: t })?.rate).toBe('1.00');
    expect(checkHourlyRate({ hourlyRate: 3, date: '2025-06-01' }, { rates: t }).recommended).toBe('2.00');
  });
  it('valueOn hands out a copy: changing it changes no table', () => {
    const entry = valueOn(rates.grantRateTable, '2025-06-01')!;
    (entry.source as { section: string }).section = 'changed';
    expect(valueOn(rates.grantRateTable, '2025-06-01')!.source.section).not.toBe('changed');
    expect(Object.isFrozen(rates.grantRateTable.values[0]!.source)).toBe(true);
  });
});

describe('dated-table overrides are checked before use', () => {
  it('rejects options that are not an object and tables without dated values, with paths', () => {
    const inputError = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as KlyngeInputError;
      }
      throw new Error('expected a KlyngeInputError');
    };
    expect(inputError(() => regionsOn('2026-05-01', null as never)).issues).toEqual([
      expect.objectContaining({ path: ['options'], code: 'invalid-type', message: 'Invalid input: expected object, received null' }),
    ]);
    // one parameter-table schema: the table's own fields and each dated entry are checked, each at its own path
    expect(issuesOf(() => rateForYear(2025, { rates: { values: 'x' } } as never)).map((i) => i.path)).toEqual([
      ['options', 'rates', 'name'],
      ['options', 'rates', 'unit'],
      ['options', 'rates', 'description'],
      ['options', 'rates', 'values'],
    ]);
    expect(issuesOf(() => checkHourlyRate({ hourlyRate: 900, date: '2025-01-01' }, { rates: { values: [{ from: 2024 }] } } as never)).filter((i) => i.path[2] === 'values')).toEqual([
      { path: ['options', 'rates', 'values', 0, 'from'], message: "date must be a string 'YYYY-MM-DD'" },
      { path: ['options', 'rates', 'values', 0, 'value'], message: 'amount must be a string or a number' },
      { path: ['options', 'rates', 'values', 0, 'source'], message: 'Invalid input: expected object, received undefined' },
    ]);
    expect(inputError(() => regionsOn('2026-05-01', { regions: { values: [{ from: '2020-01-01', until: 5 }] } } as never)).issues).toContainEqual(
      expect.objectContaining({ path: ['options', 'regions', 'values', 0, 'until'], code: 'invalid-date' }),
    );
    const table = { name: 'r', unit: 'u', description: { da: 'x', en: 'x' }, values: [{ from: '2020-01-01', value: 'abc', source: { document: 'design-interpretation', section: 'x' } }] };
    expect(inputError(() => rateForYear(2025, { rates: table } as never)).issues).toEqual([expect.objectContaining({ path: ['options', 'rates', 'values', 0, 'value'], code: 'invalid-amount' })]);
    expect(inputError(() => regionsOn('2026-05-01', { regions: table } as never)).issues).toEqual([
      expect.objectContaining({ path: ['options', 'regions', 'values', 0, 'value'], code: 'invalid-type', message: 'Invalid input: expected array, received string' }),
    ]);
    expect(regionsOn('2026-05-01', {})).toContain('Hovedstaden');
    expect(rateForYear(2025, { rates: { name: 'r', unit: 'kr', description: { da: 'x', en: 'x' }, values: [{ from: '2025-01-01', value: '9.99', source: { document: 'design-interpretation', section: 'x' } }] } })?.rate).toBe('9.99');
  });
});

describe('a dated-table override must be a table', () => {
  // the fixtures these cases were written with (they shadow the file's own `source` and `table`)
  const source = { document: 'kiap-guide', section: 's' } as const;
  const table = (values: unknown) => ({ name: 'r', unit: 'DKK', description: { da: 'd', en: 'd' }, values });

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
