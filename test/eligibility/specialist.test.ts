import { describe, expect, it } from 'vitest';
import { KlyngeInputError, ruleCatalogue } from '../../src/index.js';
import { advanceYearToDate, checkExpense, checkExpenses, type Expense, type ExpenseDecision } from '../../src/rules/eligibility/index.js';

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
      'Cap on venue and catering for meeting m1: 12 specialists × 750.00 kr (outside venue) = 9000.00 kr. Already approved: 0.00 kr, left: 9000.00 kr, approved now: 9000.00 kr of 10000.00 kr claimed.',
    );
    expect(d.findings[1]!.message.da).toBe(
      'Loft for lokale og forplejning til møde m1: 12 speciallæger × 750,00 kr. (ude i byen) = 9.000,00 kr. Allerede godkendt: 0,00 kr., tilbage: 9.000,00 kr., godkendt nu: 9.000,00 kr. af 10.000,00 kr. søgt.',
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

  it('without attendees the cap cannot be computed: needs review, nothing approved yet', () => {
    const d = checkExpense({ category: 'catering', amount: 3000, date: '2025-03-27', meeting: { id: 'm1' } }, S);
    expect(d.verdict).toBe('needs-review');
    expect(d.approved).toBe('0.00');
    expect(d.requiredDocuments.map((r) => r.kind)).toEqual(['meeting-attendance', 'receipt']);
    expect(rules(d)).toEqual([
      ['eligibility.meeting-costs', 'info'],
      ['eligibility.specialist-meeting-cap', 'violation'],
      ['eligibility.receipt', 'violation'],
    ]);
    const noMeeting = checkExpense({ category: 'venue-rent', amount: 3000, date: '2025-03-27', documentation: receipt }, S);
    expect(noMeeting.requiredDocuments.map((r) => r.kind)).toEqual(['meeting-attendance']);
    expect(noMeeting.approved).toBe('0.00');
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
      'External presentations are reimbursed with at most 10000.00 kr a year (2025). Already approved: 6000.00 kr, left: 4000.00 kr, approved now: 4000.00 kr of 6000.00 kr claimed.',
    );
    expect(r.totals).toEqual({ claimed: '12000.00', approved: '10000.00', rejected: '2000.00', pending: '0.00' });
  });

  it('facilitators and consultancy share the presenter cap', () => {
    const r = checkExpenses([talk(6000, '2025-02-01', 'facilitator-fee'), talk(3000, '2025-03-01', 'consultancy'), talk(3000, '2025-04-01')], S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['6000.00', '3000.00', '1000.00']);
  });

  it('with the cap used up the claim is ineligible', () => {
    const d = checkExpense(talk(1, '2025-06-01'), { ...S, yearToDate: { year: 2025, presenterFees: 10000 } });
    expect(d.verdict).toBe('ineligible');
    expect(d.approved).toBe('0.00');
  });

  it('state from another year is ignored', () => {
    const d = checkExpense(talk(6000, '2025-06-01'), { ...S, yearToDate: { year: 2024, presenterFees: 10000 } });
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
      'The coordinator fee is at most 50000.00 kr a year (2025). Already approved: 30000.00 kr, left: 20000.00 kr, approved now: 20000.00 kr of 30000.00 kr claimed.',
    );
    expect(r.decisions[1]!.findings[1]!.message.da).toBe(
      'Koordinatorhonoraret er højst 50.000,00 kr. pr. år (2025). Allerede godkendt: 30.000,00 kr., tilbage: 20.000,00 kr., godkendt nu: 20.000,00 kr. af 30.000,00 kr. søgt.',
    );
  });

  it('needs only the payee tax id (the fee is set by eKVIS)', () => {
    const d = checkExpense({ category: 'coordinator-fee', amount: 50000, date: '2025-03-31', payee: { role: 'coordinator' } }, S);
    expect(d.verdict).toBe('needs-review');
    expect(d.approved).toBe('50000.00');
    expect(d.requiredDocuments.map((r) => r.kind)).toEqual(['payee-tax-id']);
  });

  it('the cap can be overridden', () => {
    const d = checkExpense(fee(50000, '2025-03-31'), { ...S, caps: { coordinatorFeePerYear: 40000 } });
    expect(d.approved).toBe('40000.00');
  });
});

describe('scope and parameters', () => {
  it('kinds eKVIS does not name need a manual review', () => {
    const d = checkExpense({ category: 'shared-meeting-equipment', amount: 500, date: '2025-03-27', documentation: receipt }, S);
    expect(d.verdict).toBe('needs-review');
    expect(d.approved).toBe('500.00');
    expect(rules(d)).toEqual([
      ['eligibility.shared-meeting-equipment', 'info'],
      ['eligibility.specialist-scope', 'warning'],
    ]);
    const board = checkExpense({ category: 'board-fee', amount: 500, date: '2025-03-27' }, S);
    expect(board.requiredDocuments.map((r) => r.kind)).toEqual(['contract-or-time-statement', 'hourly-rate', 'payee-tax-id', 'agm-approval']);
  });

  it('per-specialist rates can be overridden', () => {
    expect(checkExpense(meal('m', 10000, 10), { ...S, caps: { perSpecialist: 600 } }).approved).toBe('6000.00');
    expect(checkExpense({ ...meal('m', 10000, 10), meeting: { id: 'm', attendees: 10, externalVenue: true } }, { ...S, caps: { perSpecialistExternalVenue: '800' } }).approved).toBe('8000.00');
    expect(checkExpense({ category: 'presenter-fee', amount: 9000, date: '2025-01-01', documentation: receipt }, { ...S, caps: { presentersPerYear: 5000 } }).approved).toBe('5000.00');
  });

  it('a date before the published caps asks for them', () => {
    const expectError = (fn: () => unknown, path: (string | number)[], text: string) => {
      try {
        fn();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(KlyngeInputError);
        expect((error as KlyngeInputError).issues[0]!.path).toEqual(path);
        expect((error as KlyngeInputError).issues[0]!.message).toContain(text);
      }
    };
    expectError(() => checkExpense(meal('m', 1, 1, '2019-12-31'), S), ['date'], 'context.caps.meetingsPerYear');
    expectError(() => checkExpense(meal('m', 1, 1, '2019-12-31'), { ...S, caps: { meetingsPerYear: 4 } }), ['date'], 'context.caps.perSpecialist');
    expectError(() => checkExpense({ category: 'presenter-fee', amount: 1, date: '2019-12-31' }, S), ['date'], 'context.caps.presentersPerYear');
    expectError(() => checkExpenses([meal('m', 1, 1), { category: 'facilitator-fee', amount: 1, date: '2019-12-31' }], S), ['expenses', 1, 'date'], 'context.caps.presentersPerYear');
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
    let state = advanceYearToDate(undefined, { category: 'presenter-fee', amount: 6000, date: '2025-02-01' }, { approved: '6000.00' });
    expect(state).toEqual({ year: 2025, presenterFees: '6000.00', coordinatorFees: '0.00', meetings: [] });
    expect(advanceYearToDate(null, { category: 'presenter-fee', amount: 6000, date: '2025-02-01' }, { approved: '6000.00' })).toEqual(state);
    state = advanceYearToDate(state, { category: 'coordinator-fee', amount: 100, date: '2025-03-01' }, { approved: '100' });
    state = advanceYearToDate(state, meal('m1', 900, 2, '2025-03-02'), { approved: '900.00' });
    state = advanceYearToDate(state, meal('m1', 500, 2, '2025-03-03', 'venue-rent'), { approved: '100.00' });
    state = advanceYearToDate(state, meal('m2', 500, 2, '2025-03-04'), { approved: '0.00' });
    state = advanceYearToDate(state, { category: 'catering', amount: 5, date: '2025-03-05' }, { approved: '5.00' });
    state = advanceYearToDate(state, { category: 'other', amount: 5, date: '2025-03-05' }, { approved: '5.00' });
    expect(state).toEqual({
      year: 2025,
      presenterFees: '6000.00',
      coordinatorFees: '100.00',
      meetings: [{ id: 'm1', date: '2025-03-02', venueAndCatering: '1000.00' }],
    });
  });

  it('a claim in a new year starts the state over', () => {
    const state = advanceYearToDate({ year: 2024, presenterFees: 9000 }, { category: 'presenter-fee', amount: 1, date: '2025-01-02' }, { approved: '1.00' });
    expect(state.presenterFees).toBe('1.00');
    const kept = advanceYearToDate({ presenterFees: 9000, meetings: [{ id: 'old', date: '2024-05-05', venueAndCatering: 1 }] }, { category: 'presenter-fee', amount: 1, date: '2025-01-02' }, { approved: '1.00' });
    expect(kept).toEqual({ year: 2025, presenterFees: '9001.00', coordinatorFees: '0.00', meetings: [] });
  });

  it('rejects malformed state, claims and decisions with their paths', () => {
    const paths = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as KlyngeInputError).issues.map((i) => i.path);
      }
      return [];
    };
    expect(paths(() => advanceYearToDate({ year: 1200 }, meal('m', 1, 1), { approved: '1' }))).toEqual([['state', 'year']]);
    expect(paths(() => advanceYearToDate(undefined, { ...meal('m', 1, 1), amount: -1 }, { approved: '1' }))).toEqual([['expense', 'amount']]);
    expect(paths(() => advanceYearToDate(undefined, meal('m', 1, 1), { approved: '-1' }))).toEqual([['decision', 'approved']]);
    // Found by the robustness property (CI, stop 11): a missing decision was a TypeError.
    for (const decision of [undefined, null, 5, 'x']) {
      expect(paths(() => advanceYearToDate(undefined, meal('m', 1, 1), decision as never))).toEqual([['decision']]);
    }
  });
});
