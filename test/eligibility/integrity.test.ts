/**
 * Integrity of the eligibility area against hostile callers (#21): the rules
 * read only zod's validated copy, exported tables cannot be changed, a result
 * shares no object with the library, and caller values quoted in messages are
 * redacted and cut short.
 */
import { describe, expect, it } from 'vitest';
import { EXPENSE_CATEGORIES, FEE_BASES, PAYEE_ROLES, SCHEMES, checkExpense, checkExpenses, type Expense } from '../../src/rules/eligibility/index.js';
import { CATEGORIES, DOCUMENTS, PLO_E_VENUES, SPECIALIST_SCOPE, TIME_RECORDS } from '../../src/rules/eligibility/categories.js';
import { issuesOf } from '../support/inputErrors.js';

const S = { scheme: 'speciallaegepraksis' } as const;
const receipt = { receipt: true } as const;

/** A claim whose `key` reads `first` once and `then` on every later read. */
function flaky(key: 'amount' | 'category' | 'date', first: unknown, then: unknown): Expense {
  let reads = 0;
  const claim: Record<string, unknown> = { category: 'catering', amount: '100.00', date: '2025-03-27', documentation: receipt };
  delete claim[key];
  Object.defineProperty(claim, key, { enumerable: true, get: () => (reads++ === 0 ? first : then) });
  return claim as Expense;
}

describe('the rules work only on the validated copy', () => {
  const cases = [
    ['amount', '100.00', 'abc'],
    ['category', 'catering', 'yacht'],
    ['date', '2025-03-27', 'nope'],
  ] as const;
  for (const [key, first, then] of cases) {
    it(`a ${key} getter that changes after validation does not reach the rules`, () => {
      const batch = checkExpenses([flaky(key, first, then)]);
      expect(batch.totals).toEqual({ claimed: '100.00', approved: '100.00', pending: '0.00', rejected: '0.00' });
      expect(batch.decisions[0]!.findings[0]!.rule).toBe('eligibility.meeting-costs');
      expect(checkExpense(flaky(key, first, then)).approved).toBe('100.00');
    });
  }
});

describe('exported tables are deeply frozen', () => {
  it('the lists of categories, roles, schemes and fee bases', () => {
    for (const list of [EXPENSE_CATEGORIES, PAYEE_ROLES, SCHEMES, FEE_BASES]) {
      expect(Object.isFrozen(list)).toBe(true);
      expect(() => (list as unknown as string[]).push('x')).toThrow(TypeError);
    }
    expect(EXPENSE_CATEGORIES).toHaveLength(20);
  });

  it('the category and document tables, down to their texts', () => {
    const deepFrozen = (value: unknown): boolean =>
      typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(deepFrozen));
    for (const table of [CATEGORIES, DOCUMENTS, PLO_E_VENUES, SPECIALIST_SCOPE, TIME_RECORDS]) expect(deepFrozen(table)).toBe(true);
    expect(() => {
      (CATEGORIES.catering.opening.message as { en: string }).en = 'changed';
    }).toThrow(TypeError);
  });
});

describe('a result shares no object with the library', () => {
  it('changing a decision does not change the next one', () => {
    const claim: Expense = { category: 'venue-rent', amount: 100, date: '2025-03-27' };
    const before = checkExpense(claim);
    const spoiled = checkExpense(claim);
    (spoiled.findings[0]!.message as { da: string }).da = 'HACKED';
    (spoiled.findings[0]!.source as { section: string }).section = 'X';
    (spoiled.requiredDocuments[0]!.message as { en: string }).en = 'HACKED';
    spoiled.findings.length = 0;
    expect(checkExpense(claim)).toEqual(before);
    const batch = checkExpenses([claim]);
    (batch.findings[0]!.message as { en: string }).en = 'HACKED';
    expect(checkExpenses([claim])).toEqual(checkExpenses([claim]));
    expect(checkExpenses([claim]).findings[0]!.message.en).not.toBe('HACKED');
  });
});

describe('caller values in messages are echoed safely', () => {
  const cpr = '010190-1234';
  const long = 'x'.repeat(500);

  it('a meeting id in the costly-venue and specialist-cap messages', () => {
    for (const id of [cpr, long]) {
      const meal: Expense = { category: 'catering', amount: 9000, date: '2025-03-27', meeting: { id, attendees: 2 }, documentation: receipt };
      const texts = [...checkExpense(meal).findings, ...checkExpense(meal, S).findings].flatMap((f) => [f.message.da, f.message.en]);
      expect(texts.some((t) => t.includes('møde') || t.includes('meeting'))).toBe(true);
      for (const text of texts) {
        expect(text).not.toContain('010190');
        expect(text).not.toContain('x'.repeat(41));
      }
    }
    const full = checkExpense({ category: 'catering', amount: 9000, date: '2025-03-27', meeting: { id: cpr, attendees: 2 }, documentation: receipt }, S);
    expect(full.findings[1]!.message.en).toContain('meeting [CPR]');
    expect(full.findings[1]!.data!['meetingId']).toBe(cpr); // structured fields echo the id as given
  });

  it('the meeting-count message and the contradictory-facts error', () => {
    const meetings = ['a', 'b', 'c', 'd'].map((id) => ({ id, date: '2025-01-02', venueAndCatering: 1 }));
    const d = checkExpense({ category: 'catering', amount: 10, date: '2025-03-27', meeting: { id: long, attendees: 2 }, documentation: receipt }, { ...S, yearToDate: { meetings } });
    expect(d.findings[1]!.message.en).toContain(`meeting ${'x'.repeat(40)}… gets nothing`);
    const [issue] = issuesOf(() =>
      checkExpenses([
        { id: cpr, category: 'catering', amount: 1, date: '2025-03-27', meeting: { id: long, attendees: 2 } },
        { id: long, category: 'catering', amount: 1, date: '2025-03-27', meeting: { id: long, attendees: 3 } },
      ]),
    );
    expect(issue!.message).not.toContain('010190');
    expect(issue!.message).not.toContain('x'.repeat(41));
    expect(issue!.message).toContain('claim 0 ("[CPR]")');
  });

  it('dates in messages are written out', () => {
    const d = checkExpense({ category: 'catering', amount: 100, date: '2025-03-26', meeting: { id: 'm', overnight: true }, documentation: receipt });
    expect(d.findings[1]!.message).toEqual({
      da: 'Mødet med overnatning onsdag 26. marts 2025 ligger ikke op ad en weekend; læg det fredag–mandag af hensyn til lægedækningen.',
      en: 'The overnight meeting on Wednesday 26 March 2025 is not next to a weekend; hold it Friday–Monday to keep clinics staffed.',
    });
    expect(d.findings[1]!.data).toEqual({ date: '2025-03-26', weekday: 'Wednesday' });
  });
});
