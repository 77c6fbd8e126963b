import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateClusterYear, ruleCatalogue } from '../../src/index.js';
import { checkExpense, checkExpenses, type Expense, type ExpenseDecision } from '../../src/rules/eligibility/index.js';
import { issuesOf, pathsOf } from '../support/inputErrors.js';
import * as fixtures from '../support/expenseFixtures.js';

const S = { scheme: 'speciallaegepraksis' } as const;
const receipt = { receipt: true } as const;
const talk = (id: string, amount: number, date: string): Expense => ({ id, category: 'presenter-fee', amount, date, documentation: receipt });


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
    const r = checkExpenses([talk('a', 5000, '2025-01-10'), talk('b', 5000, '2026-01-10')], { ...S, yearToDate: { otherExpenses: 8000 } });
    expect(r.decisions.map((d) => d.approved)).toEqual(['2000.00', '5000.00']);
    const other = checkExpenses([talk('a', 5000, '2025-01-10')], { ...S, yearToDate: { year: 2024, otherExpenses: 8000 } });
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
    expect(r.totals).toEqual({ claimed: '3300.25', approved: '1000.25', pending: '2000.00', rejected: '300.00' });
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
    const context = { ...S, yearToDate: { otherExpenses: '1.00', meetings: [{ id: 'x', date: '2025-01-01', venueAndCatering: 5 }] } };
    const before = structuredClone({ input, context });
    checkExpenses(input, context);
    expect({ input, context }).toEqual(before);
  });
});

describe('bad input: the whole batch is validated first, with paths', () => {
  const ok: Expense = { category: 'catering', amount: 1, date: '2025-01-01' };
  it('points at the claim and field', () => {
    expect(pathsOf(() => checkExpenses([ok, ok, ok, { ...ok, amount: -3 }]))).toEqual([['expenses', 3, 'amount']]);
    expect(pathsOf(() => checkExpenses([ok, { ...ok, category: 'yacht' as never }]))).toEqual([['expenses', 1, 'category']]);
    expect(pathsOf(() => checkExpenses([{ ...ok, amount: '2.001' }]))).toEqual([['expenses', 0, 'amount']]);
    expect(pathsOf(() => checkExpenses([{ ...ok, meeting: { id: 'm', attendees: 0 } }]))).toEqual([['expenses', 0, 'meeting', 'attendees']]);
    expect(pathsOf(() => checkExpenses([{ ...ok, payee: { role: 'external', cvr: '12345678' } }]))).toEqual([['expenses', 0, 'payee', 'cvr']]);
    expect(pathsOf(() => checkExpenses('nope' as never))).toEqual([['expenses']]);
    expect(pathsOf(() => checkExpenses([ok], { caps: { meetingsPerYear: -1 } }))).toEqual([['context', 'caps', 'meetingsPerYear']]);
  });

  it('reports every bad claim at once', () => {
    expect(pathsOf(() => checkExpenses([{ ...ok, amount: -1 }, ok, { ...ok, date: '2025-13-01' }]))).toEqual([
      ['expenses', 0, 'amount'],
      ['expenses', 2, 'date'],
    ]);
  });
});

describe('batches in detail', () => {
  const { S, receipt, first, meal, talk, fee } = fixtures;

  describe('caps in the batch are folded per group', () => {
    it('presenter, coordinator and meeting claims do not share caps', () => {
      const r = checkExpenses([talk(9000, '2025-02-01'), fee(49000, '2025-02-02'), meal('m1', 5000, 10, '2025-02-03'), talk(1000, '2025-02-04'), fee(1000, '2025-02-05'), meal('m1', 1, 10, '2025-02-06')], S);
      expect(r.decisions.map((d) => d.approved)).toEqual(['9000.00', '49000.00', '5000.00', '1000.00', '1000.00', '0.00']);
    });

    it('a meeting is counted from its first claim that approves or holds money; a claim of nothing does not count it', () => {
      const r = checkExpenses(
        [
          { category: 'catering', amount: 0, date: '2025-01-01', meeting: { id: 'z', attendees: 2 }, documentation: receipt },
          { category: 'catering', amount: 100, date: '2025-01-01', meeting: { id: 'm0' } },
          meal('a', 100, 2, '2025-01-02'),
          meal('b', 100, 2, '2025-01-03'),
          meal('c', 100, 2, '2025-01-04'),
          meal('d', 100, 2, '2025-01-05'),
          meal('m0', 100, 2, '2025-01-06'),
        ],
        S,
      );
      // m0 waits for its attendees but holds its place: it is the first of the 4 meetings, so d is the 5th.
      expect(r.decisions.map((d) => [d.approved, d.pending])).toEqual([
        ['0.00', '0.00'],
        ['0.00', '100.00'],
        ['100.00', '0.00'],
        ['100.00', '0.00'],
        ['100.00', '0.00'],
        ['0.00', '0.00'],
        ['100.00', '0.00'],
      ]);
      expect(r.decisions[5]!.findings[1]!.rule).toBe('eligibility.specialist-meeting-count');
    });

    it('totals: a claim in review is pending, not approved, and holds its place under the cap', () => {
      const r = checkExpenses([{ category: 'coordinator-fee', amount: 60000, date: '2025-03-31', payee: { role: 'coordinator' } }, fee(200, '2025-03-31')], S);
      expect(r.decisions.map((d) => [d.verdict, d.approved, d.pending])).toEqual([
        ['needs-review', '0.00', '50000.00'],
        ['ineligible', '0.00', '0.00'],
      ]);
      expect(r.totals).toEqual({ claimed: '60200.00', approved: '0.00', pending: '50000.00', rejected: '10200.00' });
    });

    it('sorts by date across many claims, ties by input order', () => {
      const dates = ['2025-03-01', '2025-01-01', '2025-02-01', '2025-01-01', '2025-03-01'];
      const r = checkExpenses(
        dates.map((date, i) => ({ id: String(i), ...talk(3000, date) })),
        S,
      );
      // order: 1, 3 (2025-01-01), 2 (02-01), 0, 4 (03-01) → 3000, 3000, 3000, 1000, 0
      expect(r.decisions.map((d) => d.approved)).toEqual(['1000.00', '3000.00', '3000.00', '3000.00', '0.00']);
      expect(r.findings.map((f) => [f.data!['index'], f.data!['id']])).toEqual([
        [0, '0'],
        [4, '4'],
      ]);
    });
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


describe('contradictory meeting facts (#17 point 10)', () => {
  const claim = (id: string, meeting: NonNullable<Expense['meeting']>, date = '2025-03-27'): Expense => ({ id, category: 'catering', amount: 1000, date, meeting, documentation: receipt });

  it('different attendee counts for one meeting: an input error naming both claims', () => {
    const issues = issuesOf(() => checkExpenses([claim('a', { id: 'm1', attendees: 12 }), claim('b', { id: 'm1', attendees: 10 })], S));
    expect(issues).toEqual([
      expect.objectContaining({ path: ['expenses', 1, 'meeting', 'attendees'], message: 'claim 0 ("a") and claim 1 ("b") give meeting "m1" different attendee counts (12 and 10)' }),
    ]);
  });

  it('different venue flags for one meeting: an input error naming both claims', () => {
    const [issue] = issuesOf(() => checkExpenses([claim('a', { id: 'm1', attendees: 12, externalVenue: true }), { ...claim('b', { id: 'm1', attendees: 12 }), id: undefined } as Expense]));
    expect(issue).toEqual(expect.objectContaining({ path: ['expenses', 1, 'meeting', 'externalVenue'], message: 'claim 0 ("a") and claim 1 disagree on whether meeting "m1" is held at an outside venue' }));
  });

  it('agreeing facts, a missing count, and the same id in another year are fine', () => {
    const r = checkExpenses(
      [claim('a', { id: 'm1', attendees: 12, externalVenue: true }), claim('b', { id: 'm1', externalVenue: true }), claim('c', { id: 'm1', attendees: 3 }, '2026-01-10')],
      S,
    );
    // b gives no count of its own: it waits for it (pending), holding its place in meeting m1.
    expect(r.decisions.map((d) => [d.approved, d.pending])).toEqual([
      ['1000.00', '0.00'],
      ['0.00', '1000.00'],
      ['1000.00', '0.00'],
    ]);
  });
});

describe('"approved" means approved (#17 point 14)', () => {
  it('a claim in review is pending, not approved, in its decision and in the totals', () => {
    const r = checkExpenses([
      { category: 'catering', amount: 1000, date: '2025-03-27', documentation: receipt },
      { category: 'catering', amount: 400, date: '2025-03-28' },
      { category: 'member-transport', amount: 300, date: '2025-03-28' },
    ]);
    expect(r.decisions.map((d) => [d.verdict, d.approved, d.pending])).toEqual([
      ['eligible', '1000.00', '0.00'],
      ['needs-review', '0.00', '400.00'],
      ['ineligible', '0.00', '0.00'],
    ]);
    expect(r.totals).toEqual({ claimed: '1700.00', approved: '1000.00', pending: '400.00', rejected: '300.00' });
  });

  it('a pending claim takes its place under the caps in date order, so approving it later cannot break a cap', () => {
    const r = checkExpenses([talk('late', 6000, '2025-05-01'), { ...talk('early', 6000, '2025-02-01'), documentation: undefined } as Expense], S);
    expect(r.decisions.map((d) => [d.id, d.verdict, d.approved, d.pending])).toEqual([
      ['late', 'eligible', '4000.00', '0.00'],
      ['early', 'needs-review', '0.00', '6000.00'],
    ]);
  });

  it('the year report’s ledger spends approved amounts only and shows pending beside it', () => {
    const report = evaluateClusterYear(JSON.parse(readFileSync('examples/almen-praksis-2025.json', 'utf8')));
    expect(report.ledger?.spent).toBe(report.expenses.totals.approved);
    expect(report.ledger?.pendingReview).toBe(report.expenses.totals.pending);
    expect(report.expenses.totals.pending).not.toBe('0.00');
  });
});
