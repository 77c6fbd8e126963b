/**
 * Pins for the eligibility engine found by mutation testing (Stryker):
 * exact messages and data of the specialist caps, boundaries of the caps and
 * the year-to-date state, and the error paths and texts of missing tables.
 */
import { describe, expect, it } from 'vitest';
import { KlyngeInputError } from '../../src/index.js';
import { advanceYearToDate, checkExpense, checkExpenses, type Expense, type ExpenseDecision } from '../../src/rules/eligibility/index.js';

const S = { scheme: 'speciallaegepraksis' } as const;
const CVR = '10150817';
const receipt = { receipt: true } as const;
const rules = (d: ExpenseDecision) => d.findings.map((f) => [f.rule, f.severity]);

const meal = (id: string, amount: number | string, attendees: number, date = '2025-03-27', extra: Partial<NonNullable<Expense['meeting']>> = {}): Expense => ({
  category: 'catering',
  amount,
  date,
  meeting: { id, attendees, ...extra },
  documentation: receipt,
});
const talk = (amount: number | string, date = '2025-06-01'): Expense => ({ category: 'presenter-fee', amount, date, payee: { role: 'external', cvr: CVR }, documentation: receipt });
const fee = (amount: number | string, date = '2025-03-31'): Expense => ({ category: 'coordinator-fee', amount, date, payee: { role: 'coordinator', cvr: CVR } });

function issue(fn: () => unknown): { path: (string | number)[]; message: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KlyngeInputError);
    const first = (error as KlyngeInputError).issues[0]!;
    return { path: [...first.path], message: first.message };
  }
  throw new Error('expected a KlyngeInputError');
}

describe('specialist caps: exact texts', () => {
  it('meeting cap at an ordinary venue: no "outside venue" note in either language', () => {
    const d = checkExpense(meal('m1', 10000, 12), S);
    expect(d.findings[1]!.message).toEqual({
      da: 'Loft for lokale og forplejning til møde m1: 12 speciallæger × 500,00 kr. = 6.000,00 kr. Allerede godkendt: 0,00 kr., tilbage: 6.000,00 kr., godkendt nu: 6.000,00 kr. af 10.000,00 kr. søgt.',
      en: 'Cap on venue and catering for meeting m1: 12 specialists × 500.00 kr = 6000.00 kr. Already approved: 0.00 kr, left: 6000.00 kr, approved now: 6000.00 kr of 10000.00 kr claimed.',
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
    const d = checkExpense(talk(6000), { ...S, yearToDate: { year: 2025, presenterFees: 6000 } });
    expect(d.findings[1]!.message.da).toBe(
      'Eksterne oplæg refunderes med højst 10.000,00 kr. pr. år (2025). Allerede godkendt: 6.000,00 kr., tilbage: 4.000,00 kr., godkendt nu: 4.000,00 kr. af 6.000,00 kr. søgt.',
    );
  });

  it('coordinator cap: data of a cut claim', () => {
    const d = checkExpense(fee(30000), { ...S, yearToDate: { coordinatorFees: 30000 } });
    expect(d.approved).toBe('20000.00');
    expect(d.findings[1]!.data).toEqual({ year: 2025, claimed: '30000.00', approved: '20000.00', cap: '50000.00', alreadyApproved: '30000.00', remaining: '20000.00' });
  });
});

describe('specialist caps: boundaries', () => {
  it('presenter cap exactly reached vs exceeded by 0.01', () => {
    const at = checkExpense(talk('4000.00'), { ...S, yearToDate: { presenterFees: 6000 } });
    expect(at).toEqual(expect.objectContaining({ verdict: 'eligible', approved: '4000.00' }));
    expect(rules(at)).toEqual([['eligibility.outside-help', 'info']]);
    const over = checkExpense(talk('4000.01'), { ...S, yearToDate: { presenterFees: 6000 } });
    expect(over).toEqual(expect.objectContaining({ verdict: 'eligible', claimed: '4000.01', approved: '4000.00' }));
    expect(rules(over)).toEqual([
      ['eligibility.outside-help', 'info'],
      ['eligibility.specialist-presenter-cap', 'violation'],
    ]);
  });

  it('a state already above the cap leaves nothing (never a negative remainder)', () => {
    const d = checkExpense(talk(500), { ...S, yearToDate: { presenterFees: 12000 } });
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
    expect(checkExpense(talk(6000), { ...S, yearToDate: { year: 2025, presenterFees: 6000 } }).approved).toBe('4000.00');
    expect(checkExpense(talk(6000), { ...S, yearToDate: { year: 2026, presenterFees: 6000 } }).approved).toBe('6000.00');
    expect(checkExpense(fee(50000), { ...S, yearToDate: { year: 2025, coordinatorFees: 1 } }).approved).toBe('49999.00');
  });
});

describe('caps in the batch are folded per group', () => {
  it('presenter, coordinator and meeting claims do not share caps', () => {
    const r = checkExpenses([talk(9000, '2025-02-01'), fee(49000, '2025-02-02'), meal('m1', 5000, 10, '2025-02-03'), talk(1000, '2025-02-04'), fee(1000, '2025-02-05'), meal('m1', 1, 10, '2025-02-06')], S);
    expect(r.decisions.map((d) => d.approved)).toEqual(['9000.00', '49000.00', '5000.00', '1000.00', '1000.00', '0.00']);
  });

  it('a meeting whose first claim approves nothing is not counted; a later paid claim counts it', () => {
    const r = checkExpenses(
      [
        { category: 'catering', amount: 100, date: '2025-01-01', meeting: { id: 'm0' } },
        meal('a', 100, 2, '2025-01-02'),
        meal('b', 100, 2, '2025-01-03'),
        meal('c', 100, 2, '2025-01-04'),
        meal('d', 100, 2, '2025-01-05'),
        meal('m0', 100, 2, '2025-01-06'),
      ],
      S,
    );
    expect(r.decisions.map((d) => d.approved)).toEqual(['0.00', '100.00', '100.00', '100.00', '100.00', '0.00']);
    expect(r.decisions[5]!.findings[1]!.rule).toBe('eligibility.specialist-meeting-count');
  });

  it('totals: pending counts only the approved part of claims in review', () => {
    const r = checkExpenses([{ category: 'coordinator-fee', amount: 60000, date: '2025-03-31', payee: { role: 'coordinator' } }, talk(200, '2025-04-01')], S);
    expect(r.decisions.map((d) => [d.verdict, d.approved])).toEqual([
      ['needs-review', '50000.00'],
      ['eligible', '200.00'],
    ]);
    expect(r.totals).toEqual({ claimed: '60200.00', approved: '50200.00', rejected: '10000.00', pending: '50000.00' });
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

describe('missing tables: error path and text', () => {
  it('names the table, the date and the option', () => {
    expect(issue(() => checkExpense(meal('m', 1, 1, '2019-12-31'), S))).toEqual({
      path: ['date'],
      message: 'no specialistMeetingsPerYear is published for 2019-12-31; pass context.caps.meetingsPerYear',
    });
    expect(issue(() => checkExpense(meal('m', 1, 1, '2019-12-31'), { ...S, caps: { meetingsPerYear: 4 } }))).toEqual({
      path: ['date'],
      message: 'no specialistMeetingPerSpecialist is published for 2019-12-31; pass context.caps.perSpecialist',
    });
    expect(issue(() => checkExpense(talk(1, '2019-12-31'), S))).toEqual({
      path: ['date'],
      message: 'no specialistPresentersPerYear is published for 2019-12-31; pass context.caps.presentersPerYear',
    });
    expect(issue(() => checkExpenses([talk(1), meal('m', 1, 1, '2019-06-01', { externalVenue: true })], { ...S, caps: { meetingsPerYear: 4 } }))).toEqual({
      path: ['expenses', 1, 'date'],
      message: 'no specialistExternalVenuePerSpecialist is published for 2019-06-01; pass context.caps.perSpecialistExternalVenue',
    });
  });
});

describe('general practice advice, exact', () => {
  it('costly venue: the English and Danish warning and exactly-at vs 0.01 over the threshold', () => {
    const at = checkExpense(meal('m1', '7500.00', 10));
    expect(rules(at)).toEqual([['eligibility.meeting-costs', 'info']]);
    const over = checkExpense(meal('m1', '7500.01', 10));
    expect(over.findings[1]).toEqual({
      rule: 'eligibility.costly-venue',
      severity: 'warning',
      source: { document: 'kiap-guide', section: 'Brug af klyngemidler' },
      message: {
        da: 'Lokale og forplejning til møde m1 koster 7.500,01 kr. for 10 deltagere, dvs. 750,00 kr. pr. deltager (grænse 750,00 kr.). PLO beder klyngerne undgå dyre restauranter og konferencesteder.',
        en: 'Venue and catering for meeting m1 cost 7500.01 kr for 10 attendees, i.e. 750.00 kr per attendee (limit 750.00 kr). PLO asks clusters to avoid expensive restaurants and conference venues.',
      },
      data: { meetingId: 'm1', attendees: 10, total: '7500.01', perAttendee: '750.00', threshold: '750.00' },
    });
  });

  it('the costly-venue threshold per attendee is an option; without a meeting there is no warning', () => {
    const d = checkExpense(meal('m1', 3001, 3), { costlyVenuePerAttendee: 1000 });
    expect(d.findings[1]!.data).toEqual(expect.objectContaining({ threshold: '1000.00', attendees: 3, total: '3001.00' }));
    expect(rules(checkExpense({ category: 'catering', amount: 99999, date: '2025-03-27', documentation: receipt }))).toEqual([['eligibility.meeting-costs', 'info']]);
  });

  it('venue rent gets the PLO-E advice and the costly warning, in that order', () => {
    const d = checkExpense({ category: 'venue-rent', amount: 10000, date: '2025-03-27', meeting: { id: 'v', attendees: 2 }, documentation: receipt });
    expect(rules(d)).toEqual([
      ['eligibility.meeting-costs', 'info'],
      ['eligibility.plo-e-venues', 'info'],
      ['eligibility.costly-venue', 'warning'],
    ]);
    expect(d.findings[1]!.message).toEqual({
      da: 'Overvej et af de mødesteder, PLO-E har aftaler med (se KiAP’s hjemmeside).',
      en: "Consider one of the venues PLO-E has agreements with (see KiAP's website).",
    });
  });

  it('no costly-venue advice for a claim outside meeting costs', () => {
    const d = checkExpense({ category: 'shared-meeting-equipment', amount: 99999, date: '2025-03-27', meeting: { id: 'm', attendees: 1 }, documentation: receipt });
    expect(rules(d)).toEqual([['eligibility.shared-meeting-equipment', 'info']]);
  });

  it('overnight warning: English text with the weekday', () => {
    const d = checkExpense({ ...meal('m1', 100, 10, '2025-03-25', { overnight: true }) });
    expect(d.findings[1]!.message.en).toBe(
      'The overnight meeting on 2025-03-25 falls on a Tuesday; hold it next to a weekend (Friday–Monday) to keep clinics staffed.',
    );
    expect(d.findings[1]!.data).toEqual({ date: '2025-03-25', weekday: 'Tuesday' });
  });
});

describe('specialist scope and documents', () => {
  it('an out-of-scope claim with a role warning uses the general documents and keeps the hourly-rate check', () => {
    const d = checkExpense(
      { category: 'board-fee', amount: 100, date: '2025-03-27', payee: { role: 'coordinator', cvr: CVR }, documentation: { contract: true, hourlyRate: 2000, approvedInMinutes: true } },
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
      'eKVIS only names venue, catering, external presentations and the coordinator fee; this kind of expense needs a manual review in specialist practice.',
    );
  });
});

describe('advanceYearToDate details', () => {
  it('keeps the state of the same year (explicit or implicit) and its meetings', () => {
    const state = { year: 2025, presenterFees: '10.50', coordinatorFees: 7, meetings: [{ id: 'a', date: '2025-01-01', venueAndCatering: '1' }] };
    expect(advanceYearToDate(state, { category: 'other', amount: 1, date: '2025-02-02' }, { approved: '1.00' })).toEqual({
      year: 2025,
      presenterFees: '10.50',
      coordinatorFees: '7.00',
      meetings: [{ id: 'a', date: '2025-01-01', venueAndCatering: '1.00' }],
    });
    const { year: _year, ...implicit } = state;
    expect(advanceYearToDate(implicit, { category: 'other', amount: 1, date: '2025-02-02' }, { approved: '1.00' }).presenterFees).toBe('10.50');
  });

  it('a meeting claim without a meeting changes nothing; a new meeting is added after the known ones', () => {
    const state = { meetings: [{ id: 'a', date: '2025-01-01', venueAndCatering: 1 }] };
    expect(advanceYearToDate(state, { category: 'venue-rent', amount: 1, date: '2025-02-02' }, { approved: '1.00' }).meetings).toEqual([
      { id: 'a', date: '2025-01-01', venueAndCatering: '1.00' },
    ]);
    expect(advanceYearToDate(state, meal('b', 5, 2, '2025-02-02'), { approved: '0.01' }).meetings).toEqual([
      { id: 'a', date: '2025-01-01', venueAndCatering: '1.00' },
      { id: 'b', date: '2025-02-02', venueAndCatering: '0.01' },
    ]);
    expect(advanceYearToDate(state, meal('a', 5, 2, '2025-02-02'), { approved: '0' }).meetings).toEqual([{ id: 'a', date: '2025-01-01', venueAndCatering: '1.00' }]);
    // A non-meeting category with a meeting does not count it.
    expect(advanceYearToDate(state, { ...talk(5, '2025-02-02'), meeting: { id: 'z' } }, { approved: '5' }).meetings).toHaveLength(1);
  });

  it('the error paths are under state, expense and decision', () => {
    expect(issue(() => advanceYearToDate({ presenterFees: -1 }, talk(1), { approved: '1' })).path).toEqual(['state', 'presenterFees']);
    expect(issue(() => advanceYearToDate(undefined, { ...talk(1), date: '2025-02-30' }, { approved: '1' })).path).toEqual(['expense', 'date']);
    expect(issue(() => advanceYearToDate(undefined, talk(1), { approved: 'x' })).path).toEqual(['decision', 'approved']);
  });
});

describe('context errors are under context', () => {
  it('checkExpense and checkExpenses', () => {
    expect(issue(() => checkExpense(talk(1), { caps: { presentersPerYear: -1 } } as never)).path).toEqual(['context', 'caps', 'presentersPerYear']);
    expect(issue(() => checkExpenses([talk(1)], { scheme: 'x' } as never)).path).toEqual(['context', 'scheme']);
    expect(issue(() => checkExpenses([talk(1)], { caps: { meetingsPerYear: 1.5 } })).path).toEqual(['context', 'caps', 'meetingsPerYear']);
    expect(issue(() => checkExpense(talk(1), { yearToDate: { meetings: [{ id: '', date: '2025-01-01', venueAndCatering: 1 }] } })).path).toEqual([
      'context',
      'yearToDate',
      'meetings',
      0,
      'id',
    ]);
  });

  it('messages of the expense schema', () => {
    expect(issue(() => checkExpense({ ...talk(1), meeting: { id: '' } })).message).toBe('meeting.id must not be empty');
    expect(issue(() => checkExpense({ ...talk(1), meeting: { id: 'm', attendees: 0 } })).message).toBe('attendees must be at least 1');
    expect(issue(() => checkExpense({ ...talk(1), meeting: { id: 'm', attendees: 1.5 } })).message).toBe('attendees must be a whole number');
    expect(issue(() => checkExpense({ ...talk(1), payee: { role: 'external', cvr: '10150818' } })).message).toBe(
      'not a valid CVR number (8 digits passing the modulus-11 check)',
    );
    expect(issue(() => checkExpense({ ...talk(1), payee: { role: 'external', cvr: 10150817 as never } })).message).toBe('CVR number must be a string of 8 digits');
    expect(issue(() => checkExpense({ ...talk(1), payee: { role: 'external', cpr: 101901234 as never } })).message).toBe('CPR number must be a string');
    expect(issue(() => checkExpense({ ...talk(1), payee: { role: 'x' as never } })).message).toBe(
      'payee.role must be one of coordinator, board, secretary, member, clinic, external',
    );
    expect(issue(() => checkExpense({ ...talk(1), category: 'x' as never })).message).toMatch(/^category must be one of venue-rent, catering, .*, other$/);
    expect(issue(() => checkExpense(talk(1), { scheme: 'x' as never })).message).toBe('scheme must be one of almen-praksis, speciallaegepraksis');
    expect(issue(() => checkExpenses({} as never)).message).toBe('expenses must be an array of expense claims');
    expect(
      issue(() => checkExpense(talk(1), { yearToDate: { meetings: [{ id: 'a', date: '2025-01-01', venueAndCatering: 1 }, { id: 'a', date: '2025-05-01', venueAndCatering: 1 }] } })).message,
    ).toBe('meeting a is listed twice for the same year');
  });
});
