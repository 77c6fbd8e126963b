import { describe, expect, it } from 'vitest';
import { KlyngeInputError, ruleCatalogue } from '../../src/index.js';
import { checkExpenses, type Expense } from '../../src/rules/eligibility/index.js';

const S = { scheme: 'speciallaegepraksis' } as const;
const receipt = { receipt: true } as const;
const talk = (id: string, amount: number, date: string): Expense => ({ id, category: 'presenter-fee', amount, date, documentation: receipt });

function paths(fn: () => unknown): (string | number)[][] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KlyngeInputError);
    return (error as KlyngeInputError).issues.map((i) => [...i.path]);
  }
  throw new Error('expected a KlyngeInputError');
}

describe('eligibility.cap-order', () => {
  it('is an interpretation', () => {
    expect(ruleCatalogue['eligibility.cap-order'].kind).toBe('interpretation');
  });

  it('caps apply in date order; decisions come back in input order', () => {
    const r = checkExpenses([talk('late', 6000, '2025-05-01'), talk('early', 6000, '2025-02-01')], S);
    expect(r.decisions.map((d) => [d.id, d.approved])).toEqual([
      ['late', '4000.00'],
      ['early', '6000.00'],
    ]);
  });

  it('on the same date, input order decides', () => {
    const a = checkExpenses([talk('a', 6000, '2025-02-01'), talk('b', 6000, '2025-02-01')], S);
    expect(a.decisions.map((d) => [d.id, d.approved])).toEqual([
      ['a', '6000.00'],
      ['b', '4000.00'],
    ]);
    const b = checkExpenses([talk('b', 6000, '2025-02-01'), talk('a', 6000, '2025-02-01')], S);
    expect(b.decisions.map((d) => [d.id, d.approved])).toEqual([
      ['b', '6000.00'],
      ['a', '4000.00'],
    ]);
  });

  it('each calendar year has its own caps', () => {
    const r = checkExpenses([talk('a', 10000, '2024-12-31'), talk('b', 10000, '2025-01-01'), talk('c', 1, '2025-01-02')], S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['10000.00', '10000.00', '0.00']);
  });

  it('the starting state applies to the earliest claim’s year only', () => {
    const r = checkExpenses([talk('a', 5000, '2025-01-10'), talk('b', 5000, '2026-01-10')], { ...S, yearToDate: { presenterFees: 8000 } });
    expect(r.decisions.map((d) => d.approved)).toEqual(['2000.00', '5000.00']);
    const other = checkExpenses([talk('a', 5000, '2025-01-10')], { ...S, yearToDate: { year: 2024, presenterFees: 8000 } });
    expect(other.decisions[0]!.approved).toBe('5000.00');
    const meetings = checkExpenses(
      [{ category: 'catering', amount: 1000, date: '2025-06-01', meeting: { id: 'm9', attendees: 10 }, documentation: receipt }],
      { ...S, yearToDate: { year: 2025, meetings: ['m1', 'm2', 'm3', 'm4'].map((id) => ({ id, date: '2025-02-01', venueAndCatering: 100 })) } },
    );
    expect(meetings.decisions[0]!.approved).toBe('0.00');
  });
});

describe('totals and findings', () => {
  it('totals: claimed, approved, rejected and the part still pending', () => {
    const r = checkExpenses([
      { id: 'ok', category: 'catering', amount: '1000.25', date: '2025-03-01', documentation: receipt },
      { id: 'no', category: 'member-transport', amount: 300, date: '2025-03-02' },
      { id: 'wait', category: 'venue-rent', amount: 2000, date: '2025-03-03' },
    ]);
    expect(r.decisions.map((d) => d.verdict)).toEqual(['eligible', 'ineligible', 'needs-review']);
    expect(r.totals).toEqual({ claimed: '3300.25', approved: '3000.25', rejected: '300.00', pending: '2000.00' });
  });

  it('lists every violation and warning with the claim’s index and id (info findings stay in the decisions)', () => {
    const r = checkExpenses([
      { id: 'ok', category: 'venue-rent', amount: 1, date: '2025-03-01', documentation: receipt },
      { category: 'member-transport', amount: 300, date: '2025-03-02' },
      { id: 'w', category: 'other', amount: 5, date: '2025-03-02', documentation: receipt },
    ]);
    expect(r.findings.map((f) => [f.rule, f.severity, f.data])).toEqual([
      ['eligibility.member-transport', 'violation', { index: 1 }],
      ['eligibility.other-needs-review', 'warning', { index: 2, id: 'w' }],
    ]);
    const cut = checkExpenses([talk('a', 6000, '2025-02-01'), talk('b', 6000, '2025-02-02')], S);
    expect(cut.findings).toHaveLength(1);
    expect(cut.findings[0]!.data).toEqual({ year: 2025, claimed: '6000.00', approved: '4000.00', cap: '10000.00', alreadyApproved: '6000.00', remaining: '4000.00', index: 1, id: 'b' });
  });

  it('an empty batch', () => {
    expect(checkExpenses([])).toEqual({ decisions: [], totals: { claimed: '0.00', approved: '0.00', rejected: '0.00', pending: '0.00' }, findings: [] });
  });

  it('does not mutate its input', () => {
    const input = [talk('a', 6000, '2025-05-01'), talk('b', 6000, '2025-02-01')];
    const context = { ...S, yearToDate: { presenterFees: '1.00', meetings: [{ id: 'x', date: '2025-01-01', venueAndCatering: 5 }] } };
    const before = structuredClone({ input, context });
    checkExpenses(input, context);
    expect({ input, context }).toEqual(before);
  });
});

describe('bad input: the whole batch is validated first, with paths', () => {
  const ok: Expense = { category: 'catering', amount: 1, date: '2025-01-01' };
  it('points at the claim and field', () => {
    expect(paths(() => checkExpenses([ok, ok, ok, { ...ok, amount: -3 }]))).toEqual([['expenses', 3, 'amount']]);
    expect(paths(() => checkExpenses([ok, { ...ok, category: 'yacht' as never }]))).toEqual([['expenses', 1, 'category']]);
    expect(paths(() => checkExpenses([{ ...ok, amount: '2.001' }]))).toEqual([['expenses', 0, 'amount']]);
    expect(paths(() => checkExpenses([{ ...ok, meeting: { id: 'm', attendees: 0 } }]))).toEqual([['expenses', 0, 'meeting', 'attendees']]);
    expect(paths(() => checkExpenses([{ ...ok, payee: { role: 'external', cvr: '12345678' } }]))).toEqual([['expenses', 0, 'payee', 'cvr']]);
    expect(paths(() => checkExpenses('nope' as never))).toEqual([['expenses']]);
    expect(paths(() => checkExpenses([ok], { caps: { meetingsPerYear: -1 } }))).toEqual([['context', 'caps', 'meetingsPerYear']]);
  });

  it('reports every bad claim at once', () => {
    expect(paths(() => checkExpenses([{ ...ok, amount: -1 }, ok, { ...ok, date: '2025-13-01' }]))).toEqual([
      ['expenses', 0, 'amount'],
      ['expenses', 2, 'date'],
    ]);
  });
});
