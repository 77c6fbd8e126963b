import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/index.js';
import { issuesOf, pathsOf } from '../support/inputErrors.js';
import { advanceYearToDate, checkExpense, checkExpenses, type Expense, type ExpenseDecision } from '../../src/rules/eligibility/index.js';
import * as fixtures from '../support/expenseFixtures.js';

const S = { scheme: 'speciallaegepraksis' } as const;
const CVR = '10150817';
const receipt = { receipt: true } as const;
const rules = (d: ExpenseDecision) => d.findings.map((f) => [f.rule, f.severity]);

const meal = (id: string, amount: number, attendees: number, date = '2025-03-27', category: 'catering' | 'venue-rent' = 'catering', externalVenue = false): Expense => ({
  category,
  amount,
  date,
  meeting: { id, attendees, externalVenue },
  documentation: receipt,
});

describe('meeting cap: venue and catering per specialist present', () => {
  it('worked figure: 12 specialists at an external venue claiming 10,000 kr → 9000.00', () => {
    const d = checkExpense(
      { category: 'venue-rent', amount: 10000, date: '2025-03-27', meeting: { id: 'm1', attendees: 12, externalVenue: true }, documentation: receipt },
      S,
    );
    expect(d.verdict).toBe('eligible');
    expect(d.claimed).toBe('10000.00');
    expect(d.approved).toBe('9000.00');
    expect(rules(d)).toEqual([
      ['eligibility.meeting-costs', 'info'],
      ['eligibility.specialist-meeting-cap', 'violation'],
    ]);
    expect(d.findings[1]!.data).toEqual({
      meetingId: 'm1',
      attendees: 12,
      perSpecialist: '750.00',
      externalVenue: true,
      claimed: '10000.00',
      approved: '9000.00',
      cap: '9000.00',
      alreadyApproved: '0.00',
      remaining: '9000.00',
    });
    expect(d.findings[1]!.message.en).toBe(
      'Cap on venue and catering for meeting m1: 12 specialists × 750.00 kr (outside venue) = 9000.00 kr. Already used: 0.00 kr, left: 9000.00 kr, now: 9000.00 kr of 10000.00 kr claimed.',
    );
    expect(d.findings[1]!.message.da).toBe(
      'Loft for lokale og forplejning til møde m1: 12 speciallæger × 750,00 kr. (ude i byen) = 9.000,00 kr. Allerede brugt: 0,00 kr., tilbage: 9.000,00 kr., nu: 9.000,00 kr. af 10.000,00 kr. søgt.',
    );
  });

  it('500 kr per specialist when not at an external venue', () => {
    const d = checkExpense(meal('m1', 10000, 12), S);
    expect(d.approved).toBe('6000.00');
    expect(d.findings[1]!.data).toEqual(expect.objectContaining({ perSpecialist: '500.00', externalVenue: false, cap: '6000.00' }));
    expect(d.findings[1]!.message.en).toMatch(/^Cap on venue and catering for meeting m1: 12 specialists × 500\.00 kr = 6000\.00 kr\. Already/);
  });

  it('exactly the cap is approved in full with no finding', () => {
    const d = checkExpense(meal('m1', 6000, 12), S);
    expect(d.approved).toBe('6000.00');
    expect(rules(d)).toEqual([['eligibility.meeting-costs', 'info']]);
  });

  it('venue rent and catering of one meeting share the cap', () => {
    const r = checkExpenses([meal('m1', 4000, 10, '2025-03-27', 'venue-rent'), meal('m1', 4000, 10, '2025-03-27', 'catering')], S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['4000.00', '1000.00']);
    expect(r.decisions[1]!.findings[1]!.data).toEqual(expect.objectContaining({ alreadyApproved: '4000.00', remaining: '1000.00', cap: '5000.00' }));
  });

  it('a meeting already at its cap approves nothing more (ineligible)', () => {
    const r = checkExpenses([meal('m1', 5000, 10), meal('m1', 100, 10)], S);
    expect(r.decisions[1]).toEqual(expect.objectContaining({ verdict: 'ineligible', approved: '0.00', requiredDocuments: [] }));
    expect(r.decisions[1]!.findings[1]!.data).toEqual(expect.objectContaining({ remaining: '0.00' }));
  });

  it('without attendees the cap cannot be computed: needs review, nothing approved, the claim pending', () => {
    const d = checkExpense({ category: 'catering', amount: 3000, date: '2025-03-27', meeting: { id: 'm1' } }, S);
    expect(d.verdict).toBe('needs-review');
    expect([d.approved, d.pending]).toEqual(['0.00', '3000.00']);
    expect(d.requiredDocuments.map((r) => r.kind)).toEqual(['meeting-attendance', 'receipt']);
    expect(rules(d)).toEqual([
      ['eligibility.meeting-costs', 'info'],
      ['eligibility.specialist-meeting-cap', 'violation'],
      ['eligibility.receipt', 'violation'],
    ]);
    const noMeeting = checkExpense({ category: 'venue-rent', amount: 3000, date: '2025-03-27', documentation: receipt }, S);
    expect(noMeeting.requiredDocuments.map((r) => r.kind)).toEqual(['meeting-attendance']);
    expect([noMeeting.approved, noMeeting.pending]).toEqual(['0.00', '3000.00']);
  });

  it('no general-practice advice in the specialist scheme', () => {
    const d = checkExpense({ ...meal('m1', 100, 10, '2025-03-26', 'venue-rent'), meeting: { id: 'm1', attendees: 10, overnight: true } }, S);
    expect(rules(d)).toEqual([['eligibility.meeting-costs', 'info']]);
  });
});

describe('at most 4 meetings a year', () => {
  const five = ['m1', 'm2', 'm3', 'm4', 'm5'].map((id, i) => meal(id, 1000, 10, `2025-0${i + 1}-10`));

  it('the 5th distinct meeting approves 0', () => {
    const r = checkExpenses(five, S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['1000.00', '1000.00', '1000.00', '1000.00', '0.00']);
    const fifth = r.decisions[4]!;
    expect(fifth.verdict).toBe('ineligible');
    expect(rules(fifth)).toEqual([
      ['eligibility.meeting-costs', 'info'],
      ['eligibility.specialist-meeting-count', 'violation'],
    ]);
    expect(fifth.findings[1]!.data).toEqual({ meetingId: 'm5', year: 2025, meetingsCounted: 4, maxMeetings: 4, claimed: '1000.00', approved: '0.00' });
    expect(fifth.findings[1]!.message.en).toBe('Venue and catering have already been reimbursed for 4 meetings in 2025 (at most 4); meeting m5 gets nothing.');
  });

  it('meetings count in date order, not input order', () => {
    const r = checkExpenses([...five].reverse(), S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['0.00', '1000.00', '1000.00', '1000.00', '1000.00']);
  });

  it('a counted meeting keeps its remaining cap after the 4th', () => {
    const r = checkExpenses([...five, meal('m1', 2000, 10, '2025-06-01')], S);
    expect(r.decisions[5]!.approved).toBe('2000.00');
  });

  it('a new year starts over', () => {
    const r = checkExpenses([...five, meal('m6', 1000, 10, '2026-01-05')], S);
    expect(r.decisions[5]!.approved).toBe('1000.00');
  });

  it('the number of meetings can be overridden', () => {
    const r = checkExpenses(five, { ...S, caps: { meetingsPerYear: 2 } });
    expect(r.decisions.map((d) => d.approved)).toEqual(['1000.00', '1000.00', '0.00', '0.00', '0.00']);
  });
});

describe('external presenters: 10,000 kr a year in total', () => {
  const talk = (amount: number, date: string, category: Expense['category'] = 'presenter-fee'): Expense => ({ category, amount, date, payee: { role: 'external', cvr: CVR }, documentation: receipt });

  it('worked figure: 6,000 + 6,000 → the second approves 4,000', () => {
    const r = checkExpenses([talk(6000, '2025-02-01'), talk(6000, '2025-05-01')], S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['6000.00', '4000.00']);
    expect(r.decisions[1]!.verdict).toBe('eligible');
    expect(rules(r.decisions[1]!)).toEqual([
      ['eligibility.outside-help', 'info'],
      ['eligibility.specialist-presenter-cap', 'violation'],
    ]);
    expect(r.decisions[1]!.findings[1]!.data).toEqual({ year: 2025, claimed: '6000.00', approved: '4000.00', cap: '10000.00', alreadyApproved: '6000.00', remaining: '4000.00' });
    expect(r.decisions[1]!.findings[1]!.message.en).toBe(
      'Expenses other than venue, catering and the coordinator fee (external presentations, equipment, consultancy and so on) are reimbursed with at most 10000.00 kr in 2025. Already used: 6000.00 kr, left: 4000.00 kr, now: 4000.00 kr of 6000.00 kr claimed.',
    );
    expect(r.totals).toEqual({ claimed: '12000.00', approved: '10000.00', rejected: '2000.00', pending: '0.00' });
  });

  it('facilitators and consultancy share the presenter cap', () => {
    const r = checkExpenses([talk(6000, '2025-02-01', 'facilitator-fee'), talk(3000, '2025-03-01', 'consultancy'), talk(3000, '2025-04-01')], S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['6000.00', '3000.00', '1000.00']);
  });

  it('with the cap used up the claim is ineligible', () => {
    const d = checkExpense(talk(1, '2025-06-01'), { ...S, yearToDate: { year: 2025, otherExpenses: 10000 } });
    expect(d.verdict).toBe('ineligible');
    expect(d.approved).toBe('0.00');
  });

  it('state from another year is ignored', () => {
    const d = checkExpense(talk(6000, '2025-06-01'), { ...S, yearToDate: { year: 2024, otherExpenses: 10000 } });
    expect(d.approved).toBe('6000.00');
  });

  it('specialist presenters need a receipt or invoice, not the general-practice fee papers', () => {
    const d = checkExpense({ category: 'presenter-fee', amount: 100, date: '2025-06-01' }, S);
    expect(d.requiredDocuments.map((r) => r.kind)).toEqual(['receipt']);
  });
});

describe('coordinator fee: 50,000 kr a year', () => {
  const fee = (amount: number, date: string): Expense => ({ category: 'coordinator-fee', amount, date, payee: { role: 'coordinator', cvr: CVR } });

  it('two holders paid in the same year share 50,000 kr', () => {
    const r = checkExpenses([fee(30000, '2025-03-31'), fee(30000, '2025-03-31')], S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['30000.00', '20000.00']);
    expect(r.decisions[1]!.findings[1]).toEqual(
      expect.objectContaining({ rule: 'eligibility.specialist-coordinator-fee-cap', severity: 'violation', data: expect.objectContaining({ cap: '50000.00', remaining: '20000.00' }) }),
    );
    expect(r.decisions[1]!.findings[1]!.message.en).toBe(
      'The coordinator fee is at most 50000.00 kr in the fee year April 2024 – March 2025. Already used: 30000.00 kr, left: 20000.00 kr, now: 20000.00 kr of 30000.00 kr claimed.',
    );
    expect(r.decisions[1]!.findings[1]!.message.da).toBe(
      'Koordinatorhonoraret er højst 50.000,00 kr. i honorarperioden april 2024 – marts 2025. Allerede brugt: 30.000,00 kr., tilbage: 20.000,00 kr., nu: 20.000,00 kr. af 30.000,00 kr. søgt.',
    );
  });

  it('needs only the payee tax id (the fee is set by eKVIS)', () => {
    const d = checkExpense({ category: 'coordinator-fee', amount: 50000, date: '2025-03-31', payee: { role: 'coordinator' } }, S);
    expect(d.verdict).toBe('needs-review');
    expect([d.approved, d.pending]).toEqual(['0.00', '50000.00']);
    expect(d.requiredDocuments.map((r) => r.kind)).toEqual(['payee-tax-id']);
  });

  it('the cap can be overridden', () => {
    const d = checkExpense(fee(50000, '2025-03-31'), { ...S, caps: { coordinatorFeePerYear: 40000 } });
    expect(d.approved).toBe('40000.00');
  });
});

describe('scope and parameters', () => {
  it('kinds eKVIS does not name need a manual review', () => {
    const d = checkExpense({ category: 'conference-participation', amount: 500, date: '2025-03-27', payee: { role: 'coordinator' }, documentation: receipt }, S);
    expect(d.verdict).toBe('needs-review');
    expect([d.approved, d.pending]).toEqual(['0.00', '500.00']);
    expect(rules(d)).toEqual([
      ['eligibility.conference-participation', 'info'],
      ['eligibility.specialist-scope', 'warning'],
    ]);
    const board = checkExpense({ category: 'board-fee', amount: 500, date: '2025-03-27' }, S);
    expect(board.requiredDocuments.map((r) => r.kind)).toEqual(['contract', 'payee-tax-id', 'agm-approval']);
  });

  it('per-specialist rates can be overridden', () => {
    expect(checkExpense(meal('m', 10000, 10), { ...S, caps: { perSpecialist: 600 } }).approved).toBe('6000.00');
    expect(checkExpense({ ...meal('m', 10000, 10), meeting: { id: 'm', attendees: 10, externalVenue: true } }, { ...S, caps: { perSpecialistExternalVenue: '800' } }).approved).toBe('8000.00');
    expect(checkExpense({ category: 'presenter-fee', amount: 9000, date: '2025-01-01', documentation: receipt }, { ...S, caps: { otherExpensesPerYear: 5000 } }).approved).toBe('5000.00');
  });

  it('a date before the published caps asks for them', () => {
    const expectError = (fn: () => unknown, path: (string | number)[], text: string) => {
      const [issue] = issuesOf(fn);
      expect(issue!.path).toEqual(path);
      expect(issue!.message).toContain(text);
    };
    expectError(() => checkExpense(meal('m', 1, 1, '2019-12-31'), S), ['date'], 'context.caps.meetingsPerYear');
    expectError(() => checkExpense(meal('m', 1, 1, '2019-12-31'), { ...S, caps: { meetingsPerYear: 4 } }), ['date'], 'context.caps.perSpecialist');
    expectError(() => checkExpense({ category: 'presenter-fee', amount: 1, date: '2019-12-31' }, S), ['date'], 'context.caps.otherExpensesPerYear');
    expectError(() => checkExpenses([meal('m', 1, 1), { category: 'facilitator-fee', amount: 1, date: '2019-12-31' }], S), ['expenses', 1, 'date'], 'context.caps.otherExpensesPerYear');
    expectError(() => checkExpense({ ...meal('m', 1, 1, '2019-12-31'), meeting: { id: 'm', attendees: 1, externalVenue: true } }, { ...S, caps: { meetingsPerYear: 4 } }), ['date'], 'context.caps.perSpecialistExternalVenue');
    expect(checkExpense(meal('m', 1, 1, '2019-12-31'), { ...S, caps: { meetingsPerYear: 4, perSpecialist: 500 } }).approved).toBe('1.00');
  });

  it('the caps cite their dated parameters', () => {
    expect(ruleCatalogue['eligibility.specialist-meeting-cap'].parameters!.map((p) => p.name)).toEqual(['specialistMeetingPerSpecialist', 'specialistExternalVenuePerSpecialist']);
    expect(ruleCatalogue['eligibility.specialist-meeting-count'].parameters![0]!.values[0]!.value).toBe(4);
    expect(ruleCatalogue['eligibility.specialist-presenter-cap'].parameters![0]!.values[0]!.value).toBe('10000.00');
    expect(ruleCatalogue['eligibility.specialist-coordinator-fee-cap'].parameters![0]!.values[0]!.value).toBe('50000.00');
  });
});

describe('advanceYearToDate', () => {
  it('adds approved amounts to the right total', () => {
    let state = advanceYearToDate(undefined, { category: 'presenter-fee', amount: 6000, date: '2025-02-01' }, { approved: '6000.00', pending: '0.00' });
    expect(state).toEqual({ year: 2025, otherExpenses: '6000.00', feeYear: 2024, coordinatorFees: '0.00', meetings: [] });
    expect(advanceYearToDate(null, { category: 'presenter-fee', amount: 6000, date: '2025-02-01' }, { approved: '6000.00', pending: '0.00' })).toEqual(state);
    state = advanceYearToDate(state, { category: 'coordinator-fee', amount: 100, date: '2025-03-01' }, { approved: '100', pending: '0.00' });
    state = advanceYearToDate(state, meal('m1', 900, 2, '2025-03-02'), { approved: '900.00', pending: '0.00' });
    state = advanceYearToDate(state, meal('m1', 500, 2, '2025-03-03', 'venue-rent'), { approved: '100.00', pending: '0.00' });
    state = advanceYearToDate(state, meal('m2', 500, 2, '2025-03-04'), { approved: '0.00', pending: '0.00' });
    state = advanceYearToDate(state, { category: 'catering', amount: 5, date: '2025-03-05' }, { approved: '5.00', pending: '0.00' });
    state = advanceYearToDate(state, { category: 'other', amount: 5, date: '2025-03-05' }, { approved: '5.00', pending: '0.00' });
    expect(state).toEqual({
      year: 2025,
      otherExpenses: '6005.00',
      feeYear: 2024,
      coordinatorFees: '100.00',
      meetings: [{ id: 'm1', date: '2025-03-02', venueAndCatering: '1000.00' }],
    });
  });

  it('a claim in a new year starts the state over', () => {
    const state = advanceYearToDate({ year: 2024, otherExpenses: 9000 }, { category: 'presenter-fee', amount: 1, date: '2025-01-02' }, { approved: '1.00', pending: '0.00' });
    expect(state.otherExpenses).toBe('1.00');
    const kept = advanceYearToDate({ otherExpenses: 9000, meetings: [{ id: 'old', date: '2024-05-05', venueAndCatering: 1 }] }, { category: 'presenter-fee', amount: 1, date: '2025-01-02' }, { approved: '1.00', pending: '0.00' });
    expect(kept).toEqual({ year: 2025, otherExpenses: '9001.00', feeYear: 2024, coordinatorFees: '0.00', meetings: [] });
  });

  it('rejects malformed state, claims and decisions with their paths', () => {
    expect(pathsOf(() => advanceYearToDate({ year: 1200 }, meal('m', 1, 1), { approved: '1', pending: '0.00' }))).toEqual([['state', 'year']]);
    expect(pathsOf(() => advanceYearToDate(undefined, { ...meal('m', 1, 1), amount: -1 }, { approved: '1', pending: '0.00' }))).toEqual([['expense', 'amount']]);
    expect(pathsOf(() => advanceYearToDate(undefined, meal('m', 1, 1), { approved: '-1', pending: '0.00' }))).toEqual([['decision', 'approved']]);
    // Found by the robustness property (CI, stop 11): a missing decision was a TypeError.
    for (const decision of [undefined, null, 5, 'x']) {
      expect(pathsOf(() => advanceYearToDate(undefined, meal('m', 1, 1), decision as never))).toEqual([['decision']]);
    }
  });
});

describe('specialist caps in detail: texts, boundaries, missing tables, scope', () => {
  const { S, CVR, receipt, rules, first, meal, talk, fee } = fixtures;

  describe('specialist caps: exact texts', () => {
    it('meeting cap at an ordinary venue: no "outside venue" note in either language', () => {
      const d = checkExpense(meal('m1', 10000, 12), S);
      expect(d.findings[1]!.message).toEqual({
        da: 'Loft for lokale og forplejning til møde m1: 12 speciallæger × 500,00 kr. = 6.000,00 kr. Allerede brugt: 0,00 kr., tilbage: 6.000,00 kr., nu: 6.000,00 kr. af 10.000,00 kr. søgt.',
        en: 'Cap on venue and catering for meeting m1: 12 specialists × 500.00 kr = 6000.00 kr. Already used: 0.00 kr, left: 6000.00 kr, now: 6000.00 kr of 10000.00 kr claimed.',
      });
      expect(d.findings[1]!.data).toEqual({
        meetingId: 'm1',
        attendees: 12,
        perSpecialist: '500.00',
        externalVenue: false,
        claimed: '10000.00',
        approved: '6000.00',
        cap: '6000.00',
        alreadyApproved: '0.00',
        remaining: '6000.00',
      });
    });

    it('externalVenue: false and absent are the same; true uses the external rate', () => {
      const absent = checkExpense(meal('m1', 10000, 10), S);
      const explicit = checkExpense(meal('m1', 10000, 10, '2025-03-27', { externalVenue: false }), S);
      const external = checkExpense(meal('m1', 10000, 10, '2025-03-27', { externalVenue: true }), S);
      expect(explicit).toEqual(absent);
      expect([absent.approved, external.approved]).toEqual(['5000.00', '7500.00']);
      expect(external.findings[1]!.data).toEqual(expect.objectContaining({ externalVenue: true, perSpecialist: '750.00' }));
    });

    it('meeting count: Danish text and the overridden maximum in data', () => {
      const r = checkExpenses([meal('a', 100, 2, '2025-01-01'), meal('b', 100, 2, '2025-01-02')], { ...S, caps: { meetingsPerYear: 1 } });
      const second = r.decisions[1]!;
      expect(second).toEqual(expect.objectContaining({ verdict: 'ineligible', claimed: '100.00', approved: '0.00', requiredDocuments: [] }));
      expect(second.findings[1]!.message).toEqual({
        da: 'Der er allerede refunderet lokale og forplejning for 1 møder i 2025 (højst 1); møde b får intet.',
        en: 'Venue and catering have already been reimbursed for 1 meetings in 2025 (at most 1); meeting b gets nothing.',
      });
      expect(second.findings[1]!.data).toEqual({ meetingId: 'b', year: 2025, meetingsCounted: 1, maxMeetings: 1, claimed: '100.00', approved: '0.00' });
    });

    it('meetingsPerYear: 0 refuses the first meeting', () => {
      const d = checkExpense(meal('a', 100, 2), { ...S, caps: { meetingsPerYear: 0 } });
      expect(d.verdict).toBe('ineligible');
      expect(d.findings[1]!.data).toEqual(expect.objectContaining({ meetingsCounted: 0, maxMeetings: 0 }));
    });

    it('presenter cap: Danish text', () => {
      const d = checkExpense(talk(6000), { ...S, yearToDate: { year: 2025, otherExpenses: 6000 } });
      expect(d.findings[1]!.message.da).toBe(
        'Andre udgifter end lokale, forplejning og koordinatorhonorar (eksterne oplæg, udstyr, konsulenter m.m.) refunderes tilsammen med højst 10.000,00 kr. i 2025. Allerede brugt: 6.000,00 kr., tilbage: 4.000,00 kr., nu: 4.000,00 kr. af 6.000,00 kr. søgt.',
      );
    });

    it('coordinator cap: data of a cut claim', () => {
      const d = checkExpense(fee(30000), { ...S, yearToDate: { coordinatorFees: 30000 } });
      expect(d.approved).toBe('20000.00');
      expect(d.findings[1]!.data).toEqual({ feeYear: '2024-04-01/2025-03-31', claimed: '30000.00', approved: '20000.00', cap: '50000.00', alreadyApproved: '30000.00', remaining: '20000.00' });
    });
  });

  describe('specialist caps: boundaries', () => {
    it('presenter cap exactly reached vs exceeded by 0.01', () => {
      const at = checkExpense(talk('4000.00'), { ...S, yearToDate: { otherExpenses: 6000 } });
      expect(at).toEqual(expect.objectContaining({ verdict: 'eligible', approved: '4000.00' }));
      expect(rules(at)).toEqual([['eligibility.outside-help', 'info']]);
      const over = checkExpense(talk('4000.01'), { ...S, yearToDate: { otherExpenses: 6000 } });
      expect(over).toEqual(expect.objectContaining({ verdict: 'eligible', claimed: '4000.01', approved: '4000.00' }));
      expect(rules(over)).toEqual([
        ['eligibility.outside-help', 'info'],
        ['eligibility.specialist-presenter-cap', 'violation'],
      ]);
    });

    it('a state already above the cap leaves nothing (never a negative remainder)', () => {
      const d = checkExpense(talk(500), { ...S, yearToDate: { otherExpenses: 12000 } });
      expect(d).toEqual(expect.objectContaining({ verdict: 'ineligible', approved: '0.00', requiredDocuments: [] }));
      expect(d.findings[1]!.data).toEqual({ year: 2025, claimed: '500.00', approved: '0.00', cap: '10000.00', alreadyApproved: '12000.00', remaining: '0.00' });
      const c = checkExpense(fee(1), { ...S, yearToDate: { coordinatorFees: '50000.01' } });
      expect(c.approved).toBe('0.00');
      expect(c.findings[1]!.data).toEqual(expect.objectContaining({ remaining: '0.00', alreadyApproved: '50000.01' }));
    });

    it('a meeting already over its cap in the state approves nothing', () => {
      const d = checkExpense(meal('m1', 100, 10), { ...S, yearToDate: { meetings: [{ id: 'm1', date: '2025-02-01', venueAndCatering: 6000 }] } });
      expect(d.approved).toBe('0.00');
      expect(d.findings[1]!.data).toEqual(expect.objectContaining({ alreadyApproved: '6000.00', remaining: '0.00', cap: '5000.00' }));
    });

    it('a zero claim under a cap is approved as zero, eligible, without a cap finding', () => {
      for (const e of [meal('m1', 0, 10), talk(0), { ...fee(0), documentation: undefined } as Expense]) {
        const d = checkExpense(e, S);
        expect(d.approved).toBe('0.00');
        expect(d.verdict).not.toBe('ineligible');
        expect(d.findings.map((f) => f.rule)).not.toContain('eligibility.specialist-presenter-cap');
      }
      const z = checkExpense(meal('m1', 0, 10), S);
      expect(z.verdict).toBe('eligible');
      expect(rules(z)).toEqual([['eligibility.meeting-costs', 'info']]);
    });

    it('the 4th meeting is allowed, the 5th is not (counted from the state)', () => {
      const state = (n: number) => ({ year: 2025, meetings: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, date: '2025-01-02', venueAndCatering: 10 })) });
      expect(checkExpense(meal('x', 100, 2), { ...S, yearToDate: state(3) }).approved).toBe('100.00');
      expect(checkExpense(meal('x', 100, 2), { ...S, yearToDate: state(4) }).approved).toBe('0.00');
      // A meeting already counted is not a new one, even with 4 counted.
      expect(checkExpense(meal('s0', 100, 2), { ...S, yearToDate: state(4) }).approved).toBe('100.00');
    });

    it('meetings of another year in the state are not counted', () => {
      const meetings = ['a', 'b', 'c', 'd'].map((id) => ({ id, date: '2024-05-05', venueAndCatering: 100 }));
      expect(checkExpense(meal('x', 100, 2), { ...S, yearToDate: { meetings } }).approved).toBe('100.00');
      // ... and do not share a cap with a same-id meeting this year
      expect(checkExpense(meal('a', 1000, 2), { ...S, yearToDate: { meetings } }).approved).toBe('1000.00');
    });

    it('state with a matching year is used; an explicit other year is not', () => {
      expect(checkExpense(talk(6000), { ...S, yearToDate: { year: 2025, otherExpenses: 6000 } }).approved).toBe('4000.00');
      expect(checkExpense(talk(6000), { ...S, yearToDate: { year: 2026, otherExpenses: 6000 } }).approved).toBe('6000.00');
      expect(checkExpense(fee(50000), { ...S, yearToDate: { year: 2025, coordinatorFees: 1 } }).approved).toBe('49999.00');
    });
  });

  describe('missing tables: error path and text', () => {
    it('names the table, the date and the option', () => {
      expect(first(() => checkExpense(meal('m', 1, 1, '2019-12-31'), S))).toEqual({
        path: ['date'],
        message: 'no specialistMeetingsPerYear is published for Tuesday 31 December 2019; pass context.caps.meetingsPerYear',
      });
      expect(first(() => checkExpense(meal('m', 1, 1, '2019-12-31'), { ...S, caps: { meetingsPerYear: 4 } }))).toEqual({
        path: ['date'],
        message: 'no specialistMeetingPerSpecialist is published for Tuesday 31 December 2019; pass context.caps.perSpecialist',
      });
      expect(first(() => checkExpense(talk(1, '2019-12-31'), S))).toEqual({
        path: ['date'],
        message: 'no specialistPresentersPerYear is published for Tuesday 31 December 2019; pass context.caps.otherExpensesPerYear',
      });
      expect(first(() => checkExpenses([talk(1), meal('m', 1, 1, '2019-06-01', { externalVenue: true })], { ...S, caps: { meetingsPerYear: 4 } }))).toEqual({
        path: ['expenses', 1, 'date'],
        message: 'no specialistExternalVenuePerSpecialist is published for Saturday 1 June 2019; pass context.caps.perSpecialistExternalVenue',
      });
    });
  });

  describe('specialist scope and documents', () => {
    it('an out-of-scope claim with a role warning uses the general documents and keeps the hourly-rate check', () => {
      const d = checkExpense(
        { category: 'board-fee', amount: 100, date: '2025-03-27', payee: { role: 'coordinator', cvr: CVR }, documentation: { contract: true, timeStatement: true, feeBasis: 'hourly', hourlyRate: 2000, approvedInMinutes: true } },
        S,
      );
      expect(d.verdict).toBe('needs-review');
      expect(d.requiredDocuments).toEqual([]);
      expect(rules(d)).toEqual([
        ['eligibility.task-fees', 'info'],
        ['eligibility.payee-role', 'warning'],
        ['eligibility.specialist-scope', 'warning'],
        ['fees.consultant-hourly-rate', 'warning'],
      ]);
    });

    it('an in-scope specialist fee does not check the hourly rate (not a required document there)', () => {
      const d = checkExpense({ ...fee(100), documentation: { hourlyRate: 5000 } }, S);
      expect(rules(d)).toEqual([['eligibility.task-fees', 'info']]);
      expect(d.verdict).toBe('eligible');
    });

    it('the scope warning text', () => {
      const d = checkExpense({ category: 'mileage', amount: 100, date: '2025-03-27', payee: { role: 'board', cvr: CVR } }, S);
      expect(d.findings[1]!.message.en).toBe(
        'eKVIS refunds venue, catering, the coordinator fee and outside costs such as presentations and shared meeting equipment; this kind of expense is not clearly among them and needs a manual review in specialist practice.',
      );
    });
  });
});

describe('one pot of 10,000 kr a calendar year for all other expenses (#17 point 6)', () => {
  const buy = (amount: number, date: string, category: Expense['category'] = 'shared-meeting-equipment'): Expense => ({ category, amount, date, documentation: receipt });

  it('equipment of 15,000 kr → 10,000.00 approved', () => {
    const d = checkExpense(buy(15000, '2025-02-01'), S);
    expect(d).toEqual(expect.objectContaining({ verdict: 'eligible', claimed: '15000.00', approved: '10000.00', pending: '0.00' }));
    expect(rules(d)).toEqual([
      ['eligibility.shared-meeting-equipment', 'info'],
      ['eligibility.specialist-presenter-cap', 'violation'],
    ]);
  });

  it('a presenter of 8,000 then equipment of 5,000 → 2,000.00', () => {
    const r = checkExpenses([buy(8000, '2025-02-01', 'presenter-fee'), buy(5000, '2025-03-01')], S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['8000.00', '2000.00']);
    expect(r.totals).toEqual({ claimed: '13000.00', approved: '10000.00', pending: '0.00', rejected: '3000.00' });
  });

  it('venue and catering stay under their own per-meeting cap, next to the pot', () => {
    const r = checkExpenses([buy(10000, '2025-02-01'), meal('m1', 5000, 10, '2025-02-02')], S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['10000.00', '5000.00']);
  });

  it('kinds eKVIS does not name are reviewed, and their pending amount takes its place in the pot', () => {
    const r = checkExpenses([{ category: 'board-fee', amount: 7000, date: '2025-02-01', payee: { role: 'board', cvr: CVR } }, buy(5000, '2025-03-01')], S);
    expect(r.decisions.map((d) => [d.verdict, d.approved, d.pending])).toEqual([
      ['needs-review', '0.00', '7000.00'],
      ['eligible', '3000.00', '0.00'],
    ]);
  });
});

describe('the coordinator fee cap runs per fee year April–March (#17 point 7)', () => {
  const pay = (amount: number | string, date: string): Expense => ({ category: 'coordinator-fee', amount, date, payee: { role: 'coordinator', cvr: CVR } });

  it('50,000 paid 2024-03-31 and 29,166.67 paid 2024-11-30 are in different fee years: the second is approved in full', () => {
    const r = checkExpenses([pay(50000, '2024-03-31'), pay('29166.67', '2024-11-30')], S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['50000.00', '29166.67']);
    expect(r.findings).toEqual([]);
  });

  it('payments on both sides of 1 January in one fee year share the cap', () => {
    const r = checkExpenses([pay('29166.67', '2024-11-30'), pay(30000, '2025-03-31')], S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['29166.67', '20833.33']);
    expect(r.decisions[1]!.findings[1]!.message.en).toBe(
      'The coordinator fee is at most 50000.00 kr in the fee year April 2024 – March 2025. Already used: 29166.67 kr, left: 20833.33 kr, now: 20833.33 kr of 30000.00 kr claimed.',
    );
  });

  it('the year-to-date state carries the fee-year total across 1 January', () => {
    const first = pay('29166.67', '2024-11-30');
    const state = advanceYearToDate(undefined, first, checkExpense(first, S));
    expect(state).toEqual(expect.objectContaining({ year: 2024, feeYear: 2024, coordinatorFees: '29166.67' }));
    expect(checkExpense(pay(30000, '2025-02-28'), { ...S, yearToDate: state }).approved).toBe('20833.33');
    // A new fee year starts on 1 April.
    expect(checkExpense(pay(30000, '2025-04-01'), { ...S, yearToDate: state }).approved).toBe('30000.00');
  });
});
