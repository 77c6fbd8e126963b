import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/index.js';
import { fromDayNumber, toDayNumber } from '../../src/core/dates.js';
import { resolveCalendar, stepWorkingDays } from '../../src/core/calendar/workingDays.js';

const day = fc.integer({ min: toDayNumber('1902-01-01'), max: toDayNumber('2297-01-01') }).map(fromDayNumber);
const mode = fc.constantFrom<'statutory' | 'holidays-only'>('statutory', 'holidays-only');
const n = fc.integer({ min: -300, max: 300 });

describe('working-day properties', () => {
  test.prop([day, n, mode])('addWorkingDays(addWorkingDays(d, n), -n) returns a working day d', (d, k, closedDays) => {
    fc.pre(isWorkingDay(d, { closedDays }));
    expect(addWorkingDays(addWorkingDays(d, k, { closedDays }), -k, { closedDays })).toBe(d);
  });

  test.prop([day, n, mode])('the result is a working day and exactly |n| working days lie between', (d, k, closedDays) => {
    fc.pre(k !== 0);
    const result = addWorkingDays(d, k, { closedDays });
    expect(isWorkingDay(result, { closedDays })).toBe(true);
    // (d, result] going forward, or [result, d) going back, holds |k| working days
    if (k > 0) {
      expect(workingDaysBetween(d, result, { closedDays }) - (isWorkingDay(d, { closedDays }) ? 1 : 0) + 1).toBe(k);
      expect(result > d).toBe(true);
    } else {
      expect(workingDaysBetween(result, d, { closedDays })).toBe(-k);
      expect(result < d).toBe(true);
    }
  });

  test.prop([day, fc.integer({ min: 0, max: 400 })])('holidays-only never has fewer working days than statutory', (d, span) => {
    const end = fromDayNumber(toDayNumber(d) + span);
    expect(workingDaysBetween(d, end, { closedDays: 'holidays-only' })).toBeGreaterThanOrEqual(workingDaysBetween(d, end));
  });

  test.prop([day, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 })])('counts between dates add up', (d, a, b) => {
    const mid = fromDayNumber(toDayNumber(d) + a);
    const end = fromDayNumber(toDayNumber(d) + a + b);
    expect(workingDaysBetween(d, mid) + workingDaysBetween(mid, end)).toBe(workingDaysBetween(d, end));
  });

  test.prop([day, n])('is monotone: a later start never gives an earlier result', (d, k) => {
    const next = fromDayNumber(toDayNumber(d) + 1);
    expect(addWorkingDays(next, k) >= addWorkingDays(d, k)).toBe(true);
  });
});

describe('the fast working-day walk agrees with the explained walk', () => {
  test.prop([day, n, mode, fc.array(fc.integer({ min: -60, max: 60 }), { maxLength: 5 })])('same result with and without a trail', (d, k, closedDays, offsets) => {
    const extraClosedDays = offsets.map((o) => fromDayNumber(toDayNumber(d) + o));
    const calendar = resolveCalendar({ closedDays, extraClosedDays });
    const trail: never[] = [];
    expect(stepWorkingDays(toDayNumber(d), k, calendar)).toBe(stepWorkingDays(toDayNumber(d), k, calendar, trail));
  });
});
