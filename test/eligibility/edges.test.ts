/**
 * Edge cases of the eligibility area that no worked figure reaches: the exact
 * shape of tax ids, the error of a bad decision passed to advanceYearToDate,
 * the data of batch findings, the fast path's smallest meeting, and meeting
 * facts given on claims that are not meeting costs.
 */
import { describe, expect, it } from 'vitest';
import { advanceYearToDate, checkExpense, checkExpenses, type Expense } from '../../src/index.js';
import { isValidCpr, isValidCvr } from '../../src/rules/eligibility/index.js';
import { isSurelyValidExpense } from '../../src/rules/eligibility/fastValidate.js';
import { issuesOf } from '../support/inputErrors.js';

describe('eligibility.tax-id-format: the whole text must be the number', () => {
  it('CVR: a valid number with a digit in front is not a CVR', () => {
    // 310150817: its last eight digits are a valid CVR (10150817), and so are its first eight (31015081 passes modulus 11).
    for (let first = 1; first <= 9; first += 1) expect(isValidCvr(`${first}10150817`), `${first}10150817`).toBe(false);
    expect(isValidCvr('31015081')).toBe(true);
  });

  it('CPR: a valid number with a digit in front is not a CPR', () => {
    expect(isValidCpr('1010190-1234')).toBe(false);
    expect(isValidCpr('10101901234')).toBe(false);
  });

  it('CPR: anything but a string is not a CPR', () => {
    for (const value of [101_901_234, null, undefined, ['010190-1234'], { cpr: '010190-1234' }]) expect(isValidCpr(value), String(value)).toBe(false);
  });

  it('CPR: only February has a leap day; 30 April is a date in a leap year too', () => {
    expect(isValidCpr('300492-1234')).toBe(true);
    expect(isValidCpr('311292-1234')).toBe(true);
    expect(isValidCpr('290292-1234')).toBe(true);
    expect(isValidCpr('300292-1234')).toBe(false);
    expect(isValidCpr('290293-1234')).toBe(false);
  });
});

describe('advanceYearToDate refuses a decision that is not one', () => {
  it('says what it expected', () => {
    const claim: Expense = { category: 'catering', amount: 100, date: '2025-03-27', meeting: { id: 'm1', attendees: 4 }, documentation: { receipt: true } };
    const state = { year: 2025 };
    for (const decision of [5, 'approved', null]) {
      const issues = issuesOf(() => advanceYearToDate(state, claim, decision as never));
      expect(issues.map((i) => i.path)).toEqual([['decision']]);
      expect(issues[0]!.message).toContain('expected the decision from checkExpense');
    }
  });
});

describe('checkExpenses: a batch finding names its claim and keeps its data', () => {
  it('a claim without an id gets data.index only; with an id, index and id', () => {
    const { findings } = checkExpenses(
      [
        { category: 'catering', amount: 100, date: '2025-03-27' },
        { id: 'c2', category: 'catering', amount: 100, date: '2025-03-28' },
      ],
      { costlyVenuePerAttendee: false },
    );
    const first = findings.filter((f) => f.data?.['index'] === 0);
    const second = findings.filter((f) => f.data?.['index'] === 1);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    for (const f of first) expect(Object.keys(f.data ?? {})).not.toContain('id');
    for (const f of second) expect(f.data).toMatchObject({ index: 1, id: 'c2' });
  });

  it('a finding that has data of its own keeps it next to the index', () => {
    const claim = { category: 'venue-rent', amount: 9000, date: '2025-03-27', meeting: { id: 'm1', attendees: 2 }, documentation: { receipt: true } } as const;
    const { findings } = checkExpenses([claim]);
    const costly = findings.find((f) => f.rule === 'eligibility.costly-venue');
    expect(costly?.data).toMatchObject({ index: 0, meetingId: 'm1', attendees: 2 });
    expect(Object.keys(costly?.data ?? {})).not.toContain('id');
  });
});

describe('the fast path vouches for the smallest meeting', () => {
  it('one attendee is a valid meeting', () => {
    expect(isSurelyValidExpense({ category: 'catering', amount: 100, date: '2025-03-27', meeting: { id: 'm1', attendees: 1 } })).toBe(true);
    expect(isSurelyValidExpense({ category: 'catering', amount: 100, date: '2025-03-27', meeting: { id: 'm1', attendees: 0 } })).toBe(false);
  });
});

describe('meeting facts on a claim that is not a meeting cost', () => {
  const big = (category: Expense['category']): Expense => ({ category, amount: 90_000, date: '2025-03-27', meeting: { id: 'm1', attendees: 2 }, documentation: { receipt: true } });

  it('give no costly-venue warning (general practice)', () => {
    for (const category of ['other', 'member-equipment', 'study-trip-abroad'] as const) {
      expect(checkExpense(big(category)).findings.map((f) => f.rule), category).not.toContain('eligibility.costly-venue');
    }
  });

  it('do not count toward the meeting in a batch', () => {
    const { decisions } = checkExpenses([big('other'), { ...big('catering'), amount: 1000 }]);
    expect(decisions[1]!.findings.map((f) => f.rule)).not.toContain('eligibility.costly-venue');
  });
});
