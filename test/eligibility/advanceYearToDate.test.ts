/**
 * advanceYearToDate: folding one decided claim into the year-to-date state
 * the specialist caps read (rule eligibility.cap-order).
 */
import { describe, expect, it } from 'vitest';
import { advanceYearToDate, checkExpense, type Expense, type ExpenseDecision } from '../../src/rules/eligibility/index.js';
import { issuesOf } from '../support/inputErrors.js';
import * as fixtures from '../support/expenseFixtures.js';

describe('advanceYearToDate', () => {
  const { receipt, first, meal, talk } = fixtures;

  describe('advanceYearToDate details', () => {
    it('keeps the state of the same year (explicit or implicit) and its meetings', () => {
      const state = { year: 2025, otherExpenses: '10.50', coordinatorFees: 7, meetings: [{ id: 'a', date: '2025-01-01', venueAndCatering: '1' }] };
      expect(advanceYearToDate(state, { category: 'member-transport', amount: 1, date: '2025-02-02' }, { approved: '0.00', pending: '0.00' })).toEqual({
        year: 2025,
        otherExpenses: '10.50',
        feeYear: 2024,
        coordinatorFees: '7.00',
        meetings: [{ id: 'a', date: '2025-01-01', venueAndCatering: '1.00' }],
      });
      const { year: _year, ...implicit } = state;
      expect(advanceYearToDate(implicit, { category: 'other', amount: 1, date: '2025-02-02' }, { approved: '0.00', pending: '1.00' }).otherExpenses).toBe('11.50');
    });

    it('a meeting claim without a meeting changes nothing; a new meeting is added after the known ones', () => {
      const state = { meetings: [{ id: 'a', date: '2025-01-01', venueAndCatering: 1 }] };
      expect(advanceYearToDate(state, { category: 'venue-rent', amount: 1, date: '2025-02-02' }, { approved: '1.00', pending: '0.00' }).meetings).toEqual([
        { id: 'a', date: '2025-01-01', venueAndCatering: '1.00' },
      ]);
      expect(advanceYearToDate(state, meal('b', 5, 2, '2025-02-02'), { approved: '0.01', pending: '0.00' }).meetings).toEqual([
        { id: 'a', date: '2025-01-01', venueAndCatering: '1.00' },
        { id: 'b', date: '2025-02-02', venueAndCatering: '0.01' },
      ]);
      expect(advanceYearToDate(state, meal('a', 5, 2, '2025-02-02'), { approved: '0', pending: '0.00' }).meetings).toEqual([{ id: 'a', date: '2025-01-01', venueAndCatering: '1.00' }]);
      // A non-meeting category with a meeting does not count it.
      expect(advanceYearToDate(state, { ...talk(5, '2025-02-02'), meeting: { id: 'z' } }, { approved: '5', pending: '0.00' }).meetings).toHaveLength(1);
    });

    it('the error paths are under state, expense and decision', () => {
      expect(first(() => advanceYearToDate({ otherExpenses: -1 }, talk(1), { approved: '1', pending: '0.00' })).path).toEqual(['state', 'otherExpenses']);
      expect(first(() => advanceYearToDate(undefined, { ...talk(1), date: '2025-02-30' }, { approved: '1', pending: '0.00' })).path).toEqual(['expense', 'date']);
      expect(first(() => advanceYearToDate(undefined, talk(1), { approved: 'x', pending: '0.00' })).path).toEqual(['decision', 'approved']);
    });
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


describe('advanceYearToDate takes a whole decision, strictly', () => {
  it('a decision from checkExpense is accepted as it is; a misspelt key is refused', () => {
    const claim: Expense = { category: 'other', amount: 5, date: '2025-02-02', documentation: { receipt: true } };
    const decision = checkExpense(claim, { scheme: 'speciallaegepraksis' });
    expect(advanceYearToDate(undefined, claim, decision).otherExpenses).toBe('5.00');
    expect(issuesOf(() => advanceYearToDate(undefined, claim, { ...decision, pendng: '1.00' } as never)).map((i) => i.path)).toEqual([['decision']]);
  });
});
