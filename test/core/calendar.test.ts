import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  danishHolidays,
  easterSunday,
  isWorkingDay,
  KlyngeInputError,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween,
} from '../../src/index.js';
import { closedReason, resolveCalendar, stepWorkingDays } from '../../src/core/calendar/workingDays.js';
import type { WalkedDay } from '../../src/core/calendar/workingDays.js';
import { addDays, addMonthsToFirst, dayNumberOf, fromDayNumber, monthLength, partsOf, toDayNumber, weekday, yearOfDay } from '../../src/core/dates.js';
import { issuesOf } from '../support/inputErrors.js';

// Easter Sundays from published tables (Gregorian).
const EASTER: Record<number, string> = {
  1900: '1900-04-15', 1913: '1913-03-23', 1943: '1943-04-25', 1954: '1954-04-18', 1961: '1961-04-02',
  2000: '2000-04-23', 2008: '2008-03-23', 2011: '2011-04-24', 2019: '2019-04-21', 2020: '2020-04-12',
  2021: '2021-04-04', 2022: '2022-04-17', 2023: '2023-04-09', 2024: '2024-03-31', 2025: '2025-04-20',
  2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21',
  2038: '2038-04-25', 2049: '2049-04-18', 2077: '2077-04-11', 2100: '2100-03-28', 2200: '2200-04-06',
  2285: '2285-03-22',
};

describe('workdays.public-holidays', () => {
  it.each(Object.entries(EASTER))('Easter %s is %s', (year, date) => {
    expect(easterSunday(Number(year))).toBe(date);
  });

  it('lists the 2025 holidays in date order with Danish and English names', () => {
    expect(danishHolidays(2025).map((h) => `${h.date} ${h.name.da}`)).toEqual([
      '2025-01-01 Nytårsdag',
      '2025-04-17 Skærtorsdag',
      '2025-04-18 Langfredag',
      '2025-04-20 Påskedag',
      '2025-04-21 2. påskedag',
      '2025-05-29 Kristi himmelfartsdag',
      '2025-06-08 Pinsedag',
      '2025-06-09 2. pinsedag',
      '2025-12-25 Juledag',
      '2025-12-26 2. juledag',
    ]);
    expect(danishHolidays(2025).map((h) => h.name.en)).toEqual([
      "New Year's Day",
      'Maundy Thursday',
      'Good Friday',
      'Easter Sunday',
      'Easter Monday',
      'Ascension Day',
      'Whit Sunday',
      'Whit Monday',
      'Christmas Day',
      'Boxing Day',
    ]);
    expect(danishHolidays(2023).find((h) => h.date === '2023-05-05')?.name).toEqual({ da: 'Store bededag', en: 'Great Prayer Day' });
  });

  it('has Store Bededag in 2023 but not in 2024', () => {
    const y2023 = danishHolidays(2023);
    expect(y2023).toHaveLength(11);
    expect(y2023.find((h) => h.name.da === 'Store bededag')?.date).toBe('2023-05-05');
    expect(danishHolidays(2024)).toHaveLength(10);
    expect(danishHolidays(2024).some((h) => h.name.da === 'Store bededag')).toBe(false);
    expect(isWorkingDay('2023-05-05')).toBe(false);
    expect(isWorkingDay('2024-04-26')).toBe(true);
    expect(addWorkingDays('2023-05-04', 1)).toBe('2023-05-08');
    expect(addWorkingDays('2024-04-25', 1)).toBe('2024-04-26');
  });

  it('does not list closing days that are not holidays', () => {
    const dates = danishHolidays(2025).map((h) => h.date);
    expect(dates).not.toContain('2025-06-05');
    expect(dates).not.toContain('2025-12-24');
    expect(dates).not.toContain('2025-12-31');
  });

  it('returns fresh objects (the cache cannot be mutated through the result)', () => {
    const first = danishHolidays(2025);
    (first[0] as { date: string }).date = 'x';
    expect(danishHolidays(2025)[0]?.date).toBe('2025-01-01');
  });

  it('rejects years it cannot compute', () => {
    expect(() => danishHolidays(1899)).toThrow(KlyngeInputError);
    expect(() => danishHolidays(2300)).toThrow(KlyngeInputError);
    expect(() => danishHolidays(2025.5)).toThrow(KlyngeInputError);
    expect(() => easterSunday(Number.NaN)).toThrow(KlyngeInputError);
    expect(() => danishHolidays(2299)).not.toThrow();
    expect(() => danishHolidays(1900)).not.toThrow();
  });
});

describe('workdays.statutory-closing-days', () => {
  it('closes Grundlovsdag, 24 and 31 December by default, but not in holidays-only mode', () => {
    for (const date of ['2025-06-05', '2025-12-24', '2025-12-31']) {
      expect(isWorkingDay(date)).toBe(false);
      expect(isWorkingDay(date, { closedDays: 'statutory' })).toBe(false);
      expect(isWorkingDay(date, { closedDays: 'holidays-only' })).toBe(true);
    }
  });
  it('weekends are never working days; ordinary weekdays are', () => {
    expect(isWorkingDay('2025-03-15')).toBe(false);
    expect(isWorkingDay('2025-03-16')).toBe(false);
    expect(isWorkingDay('2025-03-17')).toBe(true);
    expect(isWorkingDay('2025-03-21', { closedDays: 'holidays-only' })).toBe(true);
  });
  it('extraClosedDays closes more days', () => {
    expect(isWorkingDay('2025-03-17', { extraClosedDays: ['2025-03-17'] })).toBe(false);
    expect(addWorkingDays('2025-03-14', 1, { extraClosedDays: ['2025-03-17', '2025-03-18'] })).toBe('2025-03-19');
  });
  it('names the reason a day is closed', () => {
    const cal = resolveCalendar(undefined);
    expect(closedReason(toDayNumber('2025-04-21'), cal)).toEqual({ kind: 'holiday', name: { da: '2. påskedag', en: 'Easter Monday' } });
    expect(closedReason(toDayNumber('2025-06-05'), cal)?.kind).toBe('closing-day');
    expect(closedReason(toDayNumber('2025-03-15'), cal)?.name.da).toBe('lørdag');
    expect(closedReason(toDayNumber('2025-03-16'), cal)?.name.en).toBe('Sunday');
    expect(closedReason(toDayNumber('2025-03-17'), resolveCalendar({ extraClosedDays: ['2025-03-17'] }))?.kind).toBe('extra');
    expect(closedReason(toDayNumber('2025-03-17'), cal)).toBeUndefined();
    // Christmas Day on a weekday is a holiday, not a closing day
    expect(closedReason(toDayNumber('2025-12-25'), cal)?.kind).toBe('holiday');
  });
});

describe('addWorkingDays and friends', () => {
  it('counts forwards and backwards, skipping Easter 2025', () => {
    expect(addWorkingDays('2025-04-24', -10)).toBe('2025-04-07');
    expect(addWorkingDays('2025-03-27', -10)).toBe('2025-03-13');
    expect(addWorkingDays('2025-04-16', 1)).toBe('2025-04-22');
    expect(addWorkingDays('2025-04-22', -1)).toBe('2025-04-16');
    expect(addWorkingDays('2025-03-15', 0)).toBe('2025-03-15');
    expect(addWorkingDays('2025-03-14', 1)).toBe('2025-03-17');
    expect(addWorkingDays('2025-12-23', 1)).toBe('2025-12-29');
    expect(addWorkingDays('2025-12-23', 1, { closedDays: 'holidays-only' })).toBe('2025-12-24');
  });
  it('crosses year ends', () => {
    expect(addWorkingDays('2025-12-30', 1)).toBe('2026-01-02');
    expect(addWorkingDays('2026-01-02', -1)).toBe('2025-12-30');
  });
  it('rolls to the nearest working day', () => {
    expect(workingDayOnOrAfter('2025-04-10')).toBe('2025-04-10');
    expect(workingDayOnOrAfter('2025-04-19')).toBe('2025-04-22');
    expect(workingDayOnOrBefore('2025-03-16')).toBe('2025-03-14');
    expect(workingDayOnOrBefore('2025-03-17')).toBe('2025-03-17');
    expect(workingDayOnOrAfter('2025-06-05', { closedDays: 'holidays-only' })).toBe('2025-06-05');
  });
  it('counts working days in a half-open range', () => {
    expect(workingDaysBetween('2025-03-13', '2025-03-27')).toBe(10);
    expect(workingDaysBetween('2025-04-07', '2025-04-24')).toBe(10);
    expect(workingDaysBetween('2025-04-24', '2025-04-07')).toBe(-10);
    expect(workingDaysBetween('2025-04-07', '2025-04-07')).toBe(0);
  });
  it('records the days walked for explanations', () => {
    const trail: WalkedDay[] = [];
    const day = stepWorkingDays(toDayNumber('2025-04-22'), -2, resolveCalendar(undefined), trail);
    expect(fromDayNumber(day)).toBe('2025-04-15');
    expect(trail.map((t) => `${t.date}${t.reason === undefined ? '' : ` ${t.reason.name.da}`}`)).toEqual([
      '2025-04-21 2. påskedag',
      '2025-04-20 Påskedag',
      '2025-04-19 lørdag',
      '2025-04-18 Langfredag',
      '2025-04-17 Skærtorsdag',
      '2025-04-16',
      '2025-04-15',
    ]);
  });
  it('rejects impossible dates, timestamps, bad counts and bad options', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '2025-3-1', '2025-03-01T00:00:00Z', '20250301', '', '1899-12-31']) {
      expect(() => addWorkingDays(bad, 1)).toThrow(KlyngeInputError);
    }
    expect(() => isWorkingDay(20250301 as unknown as string)).toThrow(KlyngeInputError);
    expect(() => addWorkingDays('2025-03-01', 1.5)).toThrow(KlyngeInputError);
    expect(() => addWorkingDays('2025-03-01', 100_001)).toThrow(KlyngeInputError);
    expect(() => addWorkingDays('2025-03-01', Number.NaN)).toThrow(KlyngeInputError);
    expect(() => isWorkingDay('2025-03-01', { closedDays: 'weekends' as 'statutory' })).toThrow(KlyngeInputError);
    expect(() => isWorkingDay('2025-03-01', { extraClosedDays: ['2025-02-30'] })).toThrow(KlyngeInputError);
    expect(() => isWorkingDay('2025-03-01', { bogus: true } as never)).toThrow(KlyngeInputError);
    expect(() => addWorkingDays('2299-12-30', 5)).toThrow(KlyngeInputError);
    expect(() => addWorkingDays('2025-02-29', 1)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['date'], code: 'invalid-date', message: '2025-02-29 is not a calendar date' })],
        message: 'Invalid input at date: 2025-02-29 is not a calendar date',
      }),
    );
    expect(isWorkingDay('2024-02-29')).toBe(true);
  });
});

describe('dates', () => {
  it('does day-number arithmetic without the local time zone', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('1994-12-31'))).toBe('1994-12-31');
    expect(addDays('1994-12-30', 1)).toBe('1994-12-31');
    expect(addDays('2025-03-27', -14)).toBe('2025-03-13');
    expect(weekday(toDayNumber('2025-03-27'))).toBe(4);
    expect(weekday(toDayNumber('1969-12-28'))).toBe(0);
    expect(partsOf(toDayNumber('2024-11-01'))).toEqual({ year: 2024, month: 11, day: 1 });
    expect(fromDayNumber(addMonthsToFirst(toDayNumber('2024-04-01'), 12))).toBe('2025-04-01');
    expect(fromDayNumber(addMonthsToFirst(toDayNumber('2024-11-01'), -11))).toBe('2023-12-01');
    expect(monthLength(toDayNumber('2024-02-10'))).toBe(29);
    expect(monthLength(toDayNumber('2025-02-10'))).toBe(28);
  });
});

describe('yearOfDay', () => {
  it('agrees with the UTC calendar around every year boundary 1900–2299', () => {
    for (let y = 1900; y <= 2299; y += 1) {
      expect(yearOfDay(dayNumberOf(y, 1, 1))).toBe(y);
      expect(yearOfDay(dayNumberOf(y, 12, 31))).toBe(y);
      expect(yearOfDay(dayNumberOf(y, 3, 1))).toBe(y);
      expect(yearOfDay(dayNumberOf(y, 2, 28))).toBe(y);
    }
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
