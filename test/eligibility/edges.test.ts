/**
 * Edge cases of the eligibility area that no worked figure reaches: the
 * error of a bad decision passed to advanceYearToDate, the data of batch
 * findings, the fast path's smallest meeting, and meeting facts given on
 * claims that are not meeting costs. (The exact shape of tax ids is in
 * taxIds.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { advanceYearToDate, checkExpense, checkExpenses, type Expense } from '../../src/index.js';
import { isSurelyValidExpense } from '../../src/rules/eligibility/fastValidate.js';
import { issuesOf } from '../support/inputErrors.js';

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
