/**
 * The general-practice advice that comes with expense claims: costly venues,
 * overnight meetings away from a weekend, PLO-E venues. Advice never changes
 * the verdict or the amount.
 */
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/index.js';
import { checkExpense, checkExpenses, type Expense, type ExpenseDecision } from '../../src/rules/eligibility/index.js';
import { issuesOf } from '../support/inputErrors.js';
import * as fixtures from '../support/expenseFixtures.js';

const CVR = '10150817';
const DATE = '2025-03-27'; // a Thursday
const receipt = { receipt: true } as const;
const outsideDocs = { contract: true, timeStatement: true, feeBasis: 'hourly', hourlyRate: 900 } as const;
const rules = (d: ExpenseDecision) => d.findings.map((f) => [f.rule, f.severity]);

describe('advice (warnings; the verdict is unchanged)', () => {
  const meal = (amount: number, attendees?: number, extra: Partial<NonNullable<Expense['meeting']>> = {}): Expense => ({
    category: 'catering',
    amount,
    date: DATE,
    documentation: receipt,
    meeting: { id: 'm1', ...(attendees === undefined ? {} : { attendees }), ...extra },
  });

  it('costly venue: above 750 kr per attendee by default', () => {
    const d = checkExpense(meal(8000, 10));
    expect(d.verdict).toBe('eligible');
    expect(d.approved).toBe('8000.00');
    expect(d.findings[1]).toEqual(
      expect.objectContaining({
        rule: 'eligibility.costly-venue',
        severity: 'warning',
        data: { meetingId: 'm1', attendees: 10, total: '8000.00', perAttendee: '800.00', threshold: '750.00' },
      }),
    );
    expect(d.findings[1]!.message.en).toBe(
      'Venue and catering for meeting m1 now cost 8000.00 kr for 10 attendees, i.e. 800.00 kr per attendee (our threshold 750.00 kr). PLO asks clusters to avoid expensive restaurants and conference venues.',
    );
    expect(d.findings[1]!.message.da).toBe(
      'Lokale og forplejning til møde m1 koster nu 8.000,00 kr. for 10 deltagere, dvs. 800,00 kr. pr. deltager (vores grænse 750,00 kr.). PLO beder klyngerne undgå dyre restauranter og konferencesteder.',
    );
  });

  it('costly venue: exactly at the threshold is fine; without attendees it is not judged', () => {
    expect(rules(checkExpense(meal(7500, 10)))).toEqual([['eligibility.meeting-costs', 'info']]);
    expect(rules(checkExpense(meal(7501, 10)))).toContainEqual(['eligibility.costly-venue', 'warning']);
    expect(rules(checkExpense(meal(99999)))).toEqual([['eligibility.meeting-costs', 'info']]);
  });

  it('costly venue: the threshold is an option, and can be switched off', () => {
    expect(rules(checkExpense(meal(5001, 10), { costlyVenuePerAttendee: 500 }))).toContainEqual(['eligibility.costly-venue', 'warning']);
    expect(rules(checkExpense(meal(5000, 10), { costlyVenuePerAttendee: '500' }))).toEqual([['eligibility.meeting-costs', 'info']]);
    expect(rules(checkExpense(meal(99999, 10), { costlyVenuePerAttendee: false }))).toEqual([['eligibility.meeting-costs', 'info']]);
  });

  it('costly venue: venue and catering of one meeting count together (year-to-date)', () => {
    const d = checkExpense(meal(3000, 10), { yearToDate: { meetings: [{ id: 'm1', date: '2025-03-01', venueAndCatering: 5000 }] } });
    expect(d.findings[1]!.data).toEqual({ meetingId: 'm1', attendees: 10, total: '8000.00', perAttendee: '800.00', threshold: '750.00' });
    const other = checkExpense(meal(3000, 10), { yearToDate: { meetings: [{ id: 'm2', date: '2025-03-01', venueAndCatering: 5000 }] } });
    expect(rules(other)).toEqual([['eligibility.meeting-costs', 'info']]);
  });

  it('overnight meetings away from a weekend give a warning', () => {
    const on = (date: string) => checkExpense({ ...meal(100, 10, { overnight: true }), date });
    for (const date of ['2025-03-28', '2025-03-29', '2025-03-30', '2025-03-31']) expect(rules(on(date))).toEqual([['eligibility.meeting-costs', 'info']]);
    for (const [date, day] of [['2025-03-25', 'Tuesday'], ['2025-03-26', 'Wednesday'], ['2025-03-27', 'Thursday']] as const) {
      const d = on(date);
      expect(d.verdict).toBe('eligible');
      expect(d.findings[1]).toEqual(expect.objectContaining({ rule: 'eligibility.overnight-near-weekend', severity: 'warning', data: { date, weekday: day } }));
    }
    expect(on('2025-03-26').findings[1]!.message.da).toBe(
      'Mødet med overnatning onsdag 26. marts 2025 ligger ikke op ad en weekend; læg det fredag–mandag af hensyn til lægedækningen.',
    );
    expect(rules(checkExpense({ ...meal(100, 10, { overnight: false }), date: '2025-03-26' }))).toEqual([['eligibility.meeting-costs', 'info']]);
  });

  it('overnight warning applies to any claim of the meeting', () => {
    const d = checkExpense({ category: 'presenter-fee', amount: 1, date: '2025-03-26', meeting: { id: 'm', overnight: true }, payee: { role: 'external', cvr: CVR }, documentation: outsideDocs });
    expect(rules(d)).toEqual([
      ['eligibility.outside-help', 'info'],
      ['eligibility.overnight-near-weekend', 'warning'],
    ]);
  });

  it('venue rent suggests PLO-E venue agreements', () => {
    const d = checkExpense({ category: 'venue-rent', amount: 100, date: DATE, documentation: receipt });
    expect(d.findings[1]).toEqual(expect.objectContaining({ rule: 'eligibility.plo-e-venues', severity: 'info', source: { document: 'retningslinjer-2021', section: 'Mødeafholdelse i klyngerne' } }));
  });
});


describe('advice in detail', () => {
  const { receipt, rules, meal } = fixtures;

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
          da: 'Lokale og forplejning til møde m1 koster nu 7.500,01 kr. for 10 deltagere, dvs. 750,00 kr. pr. deltager (vores grænse 750,00 kr.). PLO beder klyngerne undgå dyre restauranter og konferencesteder.',
          en: 'Venue and catering for meeting m1 now cost 7500.01 kr for 10 attendees, i.e. 750.00 kr per attendee (our threshold 750.00 kr). PLO asks clusters to avoid expensive restaurants and conference venues.',
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
        'The overnight meeting on Tuesday 25 March 2025 is not next to a weekend; hold it Friday–Monday to keep clinics staffed.',
      );
      expect(d.findings[1]!.data).toEqual({ date: '2025-03-25', weekday: 'Tuesday' });
    });
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

describe('the costly-venue threshold is an advisory figure without a source (#17 point 13)', () => {
  const meal = (amount: number): Expense => ({ category: 'catering', amount, date: DATE, meeting: { id: 'm1', attendees: 10 }, documentation: receipt });

  it('750 kr per attendee by default, configurable, can be switched off; it never changes the verdict', () => {
    expect(rules(checkExpense(meal(7501)))).toContainEqual(['eligibility.costly-venue', 'warning']);
    expect(rules(checkExpense(meal(7501), { costlyVenuePerAttendee: 800 }))).not.toContainEqual(['eligibility.costly-venue', 'warning']);
    expect(rules(checkExpense(meal(99999), { costlyVenuePerAttendee: false }))).toEqual([['eligibility.meeting-costs', 'info']]);
    expect(checkExpense(meal(99999))).toEqual(expect.objectContaining({ verdict: 'eligible', approved: '99999.00' }));
  });

  it('the catalogue says where the figure comes from', () => {
    const entry = ruleCatalogue['eligibility.costly-venue'];
    expect(entry.kind).toBe('recommendation');
    expect(entry.summary.en).toContain('has no source in general practice');
    expect(entry.summary.en).toContain("borrowed from the specialist scheme's cap");
    expect(entry.summary.da).toContain('har ingen kilde i almen praksis');
  });
});

describe('one costly-venue warning per meeting (#19)', () => {
  const claim = (category: 'venue-rent' | 'catering', amount: number, date: string): Expense => ({ category, amount, date, meeting: { id: 'm1', attendees: 10 }, documentation: receipt });

  it('given on the claim that takes the meeting over the threshold, not on the claims after it', () => {
    const r = checkExpenses([claim('catering', 4000, '2025-03-27'), claim('venue-rent', 5000, '2025-03-27'), claim('catering', 1000, '2025-03-28')]);
    const costly = r.findings.filter((f) => f.rule === 'eligibility.costly-venue');
    expect(costly).toHaveLength(1);
    expect(costly[0]!.data).toEqual({ meetingId: 'm1', attendees: 10, total: '9000.00', perAttendee: '900.00', threshold: '750.00', index: 1 });
  });

  it('a meeting already above the threshold in the year-to-date state gets no new warning', () => {
    const d = checkExpense(claim('catering', 100, '2025-03-28'), { yearToDate: { meetings: [{ id: 'm1', date: '2025-03-27', venueAndCatering: 9000 }] } });
    expect(rules(d)).toEqual([['eligibility.meeting-costs', 'info']]);
  });
});
