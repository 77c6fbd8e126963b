/**
 * Calendar dates: the accepted 'YYYY-MM-DD' form and the 1900–2299 range,
 * and the integer day-number arithmetic behind them.
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isoDateSchema, isWorkingDay, workingDayOnOrBefore, yearSchema } from '../../src/index.js';
import { addMonthsToFirst, dayNumberOf, fromDayNumber, partsOf, toDayNumber, yearOfDay } from '../../src/core/dates.js';
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
