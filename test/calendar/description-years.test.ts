/**
 * The specialist calendar's texts name the right years: the eKVIS status in
 * January is about the year before, and the fee paid at the end of March
 * covers April of the year before to March of this year.
 */
import { describe, expect, it } from 'vitest';
import { annualCalendar } from '../../src/index.js';

const events = (year: number) => new Map(annualCalendar({ year, scheme: 'speciallaegepraksis' }).map((e) => [e.id, e]));

describe('annualCalendar, specialist scheme: the years in the texts (calendar.ekvis-status-report, calendar.specialist-fee-payment)', () => {
  it.each([2025, 2031])('the eKVIS status of %i reports on the year before, in both languages', (year) => {
    const status = events(year).get(`${year}-ekvis-status`)!;
    expect(status.rule).toBe('calendar.ekvis-status-report');
    expect(status.description?.da).toContain(`klyngens arbejde i ${year - 1} på`);
    expect(status.description?.en).toContain(`the cluster's work in ${year - 1} on`);
  });

  it.each([2025, 2031])('the fee paid in March %i covers April of the year before to March, in both languages', (year) => {
    const fee = events(year).get(`${year}-coordinator-fee`)!;
    expect(fee.rule).toBe('calendar.specialist-fee-payment');
    expect(fee.description?.da).toContain(`april ${year - 1}–marts ${year}`);
    expect(fee.description?.en).toContain(`April ${year - 1}–March ${year}`);
  });
});
