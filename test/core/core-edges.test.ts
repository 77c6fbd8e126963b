/**
 * Edge cases of the core that pin boundaries, messages and paths, so a
 * mutated boundary or a dropped path is noticed.
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, allocate, checkHourlyRate, KlyngeInputError, rateForYear, regionsOn, formatKroner, isoDateSchema, isWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore, workingDaysBetween, yearSchema } from '../../src/index.js';
import { closedReason, resolveCalendar } from '../../src/core/calendar/workingDays.js';
import { addMonthsToFirst, dayNumberOf, fromDayNumber, partsOf, toDayNumber, yearOfDay } from '../../src/core/dates.js';
import { redactCpr } from '../../src/core/errors.js';
import { toMoney } from '../../src/core/money.js';
import { issuesOf } from '../support/inputErrors.js';

describe('dates: the accepted form and range', () => {
  it('accepts the first and last supported days', () => {
    expect(isWorkingDay('1900-01-02')).toBe(true);
    expect(typeof isWorkingDay('2299-12-31')).toBe('boolean');
    expect(workingDayOnOrBefore('2299-12-31') <= '2299-12-31').toBe(true);
    expect(addWorkingDays('1900-01-10', -5)).toBe('1900-01-03');
  });
  it('rejects anything around a date', () => {
    for (const bad of ['x2025-03-01', '12025-03-01', '2025-03-011', '2025-3-01', '2025-03-1', 'abcd-03-01', '2025-ab-01', '2025-03-ab', '5-03-01']) {
      expect(issuesOf(() => toDayNumber(bad, ['d']))).toEqual([{ path: ['d'], message: `date must be 'YYYY-MM-DD' (no time, no time zone), received '${bad}'` }]);
    }
  });
  it('rejects impossible months and days, and years out of range, each with its message', () => {
    expect(issuesOf(() => toDayNumber('2025-00-10'))[0]?.message).toBe('2025-00-10 is not a calendar date');
    expect(issuesOf(() => toDayNumber('2025-13-10'))[0]?.message).toBe('2025-13-10 is not a calendar date');
    expect(issuesOf(() => toDayNumber('2025-01-00'))[0]?.message).toBe('2025-01-00 is not a calendar date');
    expect(issuesOf(() => toDayNumber('2025-01-32'))[0]?.message).toBe('2025-01-32 is not a calendar date');
    expect(issuesOf(() => toDayNumber('1899-12-31'))[0]?.message).toBe('year must be between 1900 and 2299, received 1899');
    expect(issuesOf(() => toDayNumber('2300-01-01'))[0]?.message).toBe('year must be between 1900 and 2299, received 2300');
    expect(toDayNumber('1900-01-01')).toBe(-25567);
    expect(issuesOf(() => toDayNumber('bad'))[0]?.path).toEqual([]);
  });
  it('shortens a long bad value in the message', () => {
    const long = 'x'.repeat(100);
    expect(issuesOf(() => toDayNumber(long))[0]?.message).toBe(`date must be 'YYYY-MM-DD' (no time, no time zone), received '${'x'.repeat(30)}'`);
  });
  it('isoDateSchema reports one clear problem at a time', () => {
    expect(isoDateSchema.safeParse('2025-3-1').error?.issues.map((i) => i.message)).toEqual(["date must be 'YYYY-MM-DD' (no time, no time zone)"]);
    expect(isoDateSchema.safeParse(5).error?.issues.map((i) => i.message)).toEqual(["date must be a string 'YYYY-MM-DD'"]);
    expect(isoDateSchema.safeParse('2025-02-29').error?.issues.map((i) => i.message)).toEqual(['2025-02-29 is not a calendar date']);
    expect(isoDateSchema.description).toBe("A calendar date 'YYYY-MM-DD'");
  });
  it('yearSchema accepts 1900–2299 whole years only', () => {
    expect(yearSchema.safeParse(1900).success).toBe(true);
    expect(yearSchema.safeParse(2299).success).toBe(true);
    expect(yearSchema.safeParse(1899).success).toBe(false);
    expect(yearSchema.safeParse(2300).success).toBe(false);
    expect(yearSchema.safeParse(2000.5).success).toBe(false);
    expect(yearSchema.description).toBe('A calendar year');
  });
  it('yearOfDay agrees with the calendar on every day 1900–2299', () => {
    for (let day = toDayNumber('1900-01-01'); day <= toDayNumber('2299-12-31'); day += 1) {
      if (yearOfDay(day) !== partsOf(day).year) throw new Error(`yearOfDay wrong on ${fromDayNumber(day)}`);
    }
    expect(yearOfDay(toDayNumber('2000-02-29'))).toBe(2000);
  });
});

describe('working days: boundaries, coinciding closed days and paths', () => {
  it('names Whit Monday, not Grundlovsdag, when they fall on the same day (2028-06-05)', () => {
    expect(closedReason(toDayNumber('2028-06-05'), resolveCalendar(undefined))).toEqual({ kind: 'holiday', name: { da: '2. pinsedag', en: 'Whit Monday' } });
  });
  it('accepts ±100000 working days when the result stays in range, and nothing beyond', () => {
    expect(addWorkingDays('2299-12-01', -100_000)).toMatch(/^19\d\d-/);
    expect(issuesOf(() => addWorkingDays('2299-12-01', -100_001))).toEqual([{ path: ['n'], message: 'n must be a whole number of working days between -100000 and 100000' }]);
  });
  it('stops with an input error when a walk leaves the calendar', () => {
    expect(issuesOf(() => addWorkingDays('2299-12-30', 5))).toEqual([{ path: [], message: 'the calendar covers 1900–2299; the computation reached 2300' }]);
    expect(issuesOf(() => addWorkingDays('1900-01-02', -1))[0]?.message).toBe('the calendar covers 1900–2299; the computation reached 1899');
  });
  it('reports the argument that is wrong', () => {
    expect(issuesOf(() => workingDaysBetween('2025-02-30', '2025-03-01'))[0]?.path).toEqual(['start']);
    expect(issuesOf(() => workingDaysBetween('2025-03-01', '2025-02-30'))[0]?.path).toEqual(['end']);
    expect(issuesOf(() => workingDayOnOrAfter('2025-02-30'))[0]?.path).toEqual(['date']);
    expect(issuesOf(() => workingDayOnOrBefore('2025-02-30'))[0]?.path).toEqual(['date']);
    expect(issuesOf(() => isWorkingDay('2025-03-03', { extraClosedDays: ['nope'] }))[0]?.path).toEqual(['options', 'extraClosedDays', 0]);
  });
});

describe('money: exactness and messages', () => {
  it('divides exactly where 20 significant digits would not be enough', () => {
    const total = '999999999999.99';
    const weights = [999_999_937, 999_999_929, 3];
    const parts = allocate(total, weights);
    const ore = 99_999_999_999_999n;
    const sum = 1_999_999_869n;
    const floors = weights.map((w) => (ore * BigInt(w)) / sum);
    const rem = weights.map((w, i) => ore * BigInt(w) - floors[i]! * sum);
    let left = ore - floors.reduce((a, b) => a + b, 0n);
    const order = [0, 1, 2].sort((a, b) => (rem[b]! > rem[a]! ? 1 : rem[b]! < rem[a]! ? -1 : weights[b]! - weights[a]! || a - b));
    for (const i of order) if (left > 0n) (floors[i] = floors[i]! + 1n), (left -= 1n);
    expect(parts).toEqual(floors.map((f) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`));
  });
  it('gives the øre left over to the earliest of many equal parts', () => {
    expect(allocate('0.10', Array.from({ length: 15 }, () => 1))).toEqual([...Array.from({ length: 10 }, () => '0.01'), ...Array.from({ length: 5 }, () => '0.00')]);
  });
  it('accepts weights written with several digits, with or without decimals', () => {
    expect(allocate(10, ['12', '8'])).toEqual(['6.00', '4.00']);
    expect(allocate(10, ['3', '1.0'])).toEqual(['7.50', '2.50']);
    expect(issuesOf(() => allocate(10, ['1.']))).toEqual([{ path: ['weights', 0], message: 'weight must be a non-negative number or a decimal string like "2.5"' }]);
  });
  it('names each problem with the weights', () => {
    expect(issuesOf(() => allocate(10, 'x' as unknown as number[]))).toEqual([{ path: ['weights'], message: 'weights must be an array' }]);
    expect(issuesOf(() => allocate(10, [0, 0]))).toEqual([{ path: ['weights'], message: 'at least one weight must be greater than zero' }]);
  });
  it('reports bad amounts at the path given, or at the top', () => {
    expect(issuesOf(() => toMoney('x'))[0]?.path).toEqual([]);
    expect(issuesOf(() => formatKroner('-1.005'))[0]?.path).toEqual([]);
    expect(issuesOf(() => formatKroner('x'))[0]?.path).toEqual([]);
  });
});

describe('CPR redaction', () => {
  it('replaces both written forms and leaves other numbers alone', () => {
    expect(redactCpr('010190-1234')).toBe('[CPR]');
    expect(redactCpr('0101901234')).toBe('[CPR]');
    expect(redactCpr('a 010190-1234 b')).toBe('a [CPR] b');
    expect(redactCpr('01019-1234')).toBe('01019-1234');
    expect(redactCpr('010190-123')).toBe('010190-123');
    expect(redactCpr('abcdef-1234')).toBe('abcdef-1234');
    expect(redactCpr('01019012345')).toBe('01019012345');
  });
});

describe('integer date arithmetic agrees with the UTC calendar', () => {
  it('on every day 1900–2299, both ways', () => {
    const MS = 86_400_000;
    for (let day = toDayNumber('1900-01-01'); day <= toDayNumber('2299-12-31'); day += 1) {
      const iso = new Date(day * MS).toISOString().slice(0, 10);
      if (fromDayNumber(day) !== iso || toDayNumber(iso) !== day) throw new Error(`mismatch on ${iso}`);
    }
    expect(fromDayNumber(0)).toBe('1970-01-01');
  });
  it('rolls months over year ends like Date.UTC', () => {
    expect(fromDayNumber(dayNumberOf(2024, 13, 1))).toBe('2025-01-01');
    expect(fromDayNumber(dayNumberOf(2024, 0, 1))).toBe('2023-12-01');
    expect(fromDayNumber(dayNumberOf(2024, -12, 1))).toBe('2022-12-01');
    expect(fromDayNumber(dayNumberOf(2024, 3, 0))).toBe('2024-02-29');
    expect(fromDayNumber(addMonthsToFirst(toDayNumber('2024-04-01'), 23))).toBe('2026-03-01');
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
