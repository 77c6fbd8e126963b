import { describe, expect, it } from 'vitest';
import { checkExpense, checkExpenses, type Expense, type ExpenseDecision } from '../../src/rules/eligibility/index.js';
import { issuesOf } from '../support/inputErrors.js';
import * as fixtures from '../support/expenseFixtures.js';

const CVR = '10150817';
const CPR = '010190-1234';
const receipt = { receipt: true } as const;
const feeDocs = { contract: true, timeStatement: true, feeBasis: 'hourly', hourlyRate: 900, approvedInMinutes: true } as const;
const outsideDocs = { contract: true, timeStatement: true, feeBasis: 'hourly', hourlyRate: 900 } as const;
const DATE = '2025-03-27'; // a Thursday

const rules = (d: ExpenseDecision) => d.findings.map((f) => [f.rule, f.severity]);


describe('eligible categories (general practice)', () => {
  const cases: [string, Expense, [string, string][]][] = [
    ['venue-rent', { category: 'venue-rent', amount: 3000, date: DATE, documentation: receipt }, [['eligibility.meeting-costs', 'info'], ['eligibility.plo-e-venues', 'info']]],
    ['catering', { category: 'catering', amount: '2500.5', date: DATE, documentation: receipt }, [['eligibility.meeting-costs', 'info']]],
    ['coordinator-fee', { category: 'coordinator-fee', amount: 20000, date: DATE, payee: { role: 'coordinator', cvr: CVR }, documentation: feeDocs }, [['eligibility.task-fees', 'info']]],
    ['board-fee', { category: 'board-fee', amount: 5000, date: DATE, payee: { role: 'board', cpr: CPR }, documentation: feeDocs }, [['eligibility.task-fees', 'info']]],
    ['secretary-fee (bought help)', { category: 'secretary-fee', amount: 4000, date: DATE, payee: { role: 'external', cvr: CVR }, documentation: feeDocs }, [['eligibility.task-fees', 'info']]],
    ['secretary-fee (secretary)', { category: 'secretary-fee', amount: 4000, date: DATE, payee: { role: 'secretary', cvr: CVR }, documentation: feeDocs }, [['eligibility.task-fees', 'info']]],
    ['task-fee to a member with an agreed task', { category: 'task-fee', amount: 3000, date: DATE, payee: { role: 'member', cpr: CPR }, documentation: feeDocs }, [['eligibility.task-fees', 'info']]],
    ['presenter-fee', { category: 'presenter-fee', amount: 5000, date: DATE, payee: { role: 'external', cvr: CVR }, documentation: outsideDocs }, [['eligibility.outside-help', 'info']]],
    ['presenter-fee by a member', { category: 'presenter-fee', amount: 2000, date: DATE, payee: { role: 'member', cpr: CPR }, documentation: outsideDocs }, [['eligibility.outside-help', 'info']]],
    ['facilitator-fee', { category: 'facilitator-fee', amount: 4000, date: DATE, payee: { role: 'external', cvr: CVR }, documentation: outsideDocs }, [['eligibility.outside-help', 'info']]],
    ['consultancy', { category: 'consultancy', amount: 8000, date: DATE, payee: { role: 'external', cvr: CVR }, documentation: outsideDocs }, [['eligibility.outside-help', 'info']]],
    ['shared-meeting-equipment', { category: 'shared-meeting-equipment', amount: 1999, date: DATE, documentation: receipt }, [['eligibility.shared-meeting-equipment', 'info']]],
    ['conference-participation (coordinator)', { category: 'conference-participation', amount: 3500, date: DATE, payee: { role: 'coordinator' }, documentation: receipt }, [['eligibility.conference-participation', 'info']]],
    ['conference-participation (board)', { category: 'conference-participation', amount: 3500, date: DATE, payee: { role: 'board' }, documentation: receipt }, [['eligibility.conference-participation', 'info']]],
    ['mileage (board)', { category: 'mileage', amount: '412.38', date: DATE, payee: { role: 'board', cpr: CPR } }, [['eligibility.mileage', 'info']]],
    ['mileage (coordinator)', { category: 'mileage', amount: 200, date: DATE, payee: { role: 'coordinator', cvr: CVR } }, [['eligibility.mileage', 'info']]],
  ];
  for (const [name, expense, expected] of cases) {
    it(name, () => {
      const d = checkExpense(expense);
      expect(d.verdict).toBe('eligible');
      expect([d.approved, d.pending]).toEqual([d.claimed, '0.00']);
      expect(rules(d)).toEqual(expected);
      expect(d.requiredDocuments).toEqual([]);
    });
  }

  it('formats claimed and approved with two decimals', () => {
    const d = checkExpense({ category: 'catering', amount: '2500.5', date: DATE, documentation: receipt });
    expect([d.claimed, d.approved]).toEqual(['2500.50', '2500.50']);
  });

  it('keeps the id and gives the same result for numbers and strings', () => {
    const a = checkExpense({ id: 'x1', category: 'catering', amount: 120.1, date: DATE, documentation: receipt });
    const b = checkExpense({ id: 'x1', category: 'catering', amount: '120.10', date: DATE, documentation: receipt });
    expect(a).toEqual(b);
    expect(a.id).toBe('x1');
    expect('id' in checkExpense({ category: 'catering', amount: 1, date: DATE, documentation: receipt })).toBe(false);
  });

  it('explains in both languages', () => {
    const d = checkExpense({ category: 'catering', amount: 100, date: DATE, documentation: receipt });
    expect(d.findings[0]!.message.en).toBe('Catering for cluster meetings can be paid by the cluster.');
    expect(d.findings[0]!.source).toEqual({ document: 'kiap-guide', section: 'Brug af klyngemidler' });
  });
});

describe('ineligible categories', () => {
  const cases: [Expense['category'], string, string][] = [
    ['member-equipment', 'eligibility.member-equipment', 'The cluster cannot pay for equipment for an individual clinic or member, not even personal meeting equipment.'],
    ['clinical-equipment', 'eligibility.clinical-equipment', 'Clinical or medico-technical equipment cannot be bought with cluster funds, not even for the cluster itself.'],
    ['member-compensation', 'eligibility.member-compensation', 'Members and clinics cannot receive meeting fees, refunds or pay for lost earnings.'],
    ['member-transport', 'eligibility.member-transport', "Members' transport to cluster meetings is not paid by the cluster."],
    ['clinic-operations', 'eligibility.clinic-operations', 'Medical equipment, patient treatment and running a clinic cannot be paid by the cluster.'],
    ['study-trip-abroad', 'eligibility.study-trips-abroad', 'The cluster cannot pay for study trips abroad for its members.'],
  ];
  for (const [category, rule, en] of cases) {
    it(`${category} → ${rule}`, () => {
      for (const scheme of ['almen-praksis', 'speciallaegepraksis'] as const) {
        const d = checkExpense({ id: 'z', category, amount: 999.99, date: DATE }, { scheme });
        expect(d).toEqual({
          id: 'z',
          verdict: 'ineligible',
          claimed: '999.99',
          approved: '0.00',
          pending: '0.00',
          findings: [expect.objectContaining({ rule, severity: 'violation', message: expect.objectContaining({ en }) })],
          requiredDocuments: [],
        });
      }
    });
  }
});

describe('other', () => {
  it('is never silently eligible: needs review, nothing approved, the amount pending', () => {
    const d = checkExpense({ category: 'other', amount: 700, date: DATE, documentation: receipt, description: 'flowers' });
    expect(d.verdict).toBe('needs-review');
    expect([d.approved, d.pending]).toEqual(['0.00', '700.00']);
    expect(rules(d)).toEqual([['eligibility.other-needs-review', 'warning']]);
  });

  it('also lists a missing receipt', () => {
    const d = checkExpense({ category: 'other', amount: 700, date: DATE });
    expect(d.requiredDocuments.map((r) => r.kind)).toEqual(['receipt']);
    expect(rules(d)).toEqual([
      ['eligibility.other-needs-review', 'warning'],
      ['eligibility.receipt', 'violation'],
    ]);
  });
});

describe('payee roles', () => {
  const refused: [Expense, string][] = [
    [{ category: 'coordinator-fee', amount: 100, date: DATE, payee: { role: 'member', cvr: CVR }, documentation: feeDocs }, 'eligibility.members-unpaid'],
    [{ category: 'coordinator-fee', amount: 100, date: DATE, payee: { role: 'clinic', cvr: CVR }, documentation: feeDocs }, 'eligibility.members-unpaid'],
    [{ category: 'board-fee', amount: 100, date: DATE, payee: { role: 'member' }, documentation: feeDocs }, 'eligibility.members-unpaid'],
    [{ category: 'secretary-fee', amount: 100, date: DATE, payee: { role: 'clinic' } }, 'eligibility.members-unpaid'],
    [{ category: 'task-fee', amount: 100, date: DATE, payee: { role: 'clinic' } }, 'eligibility.members-unpaid'],
    [{ category: 'presenter-fee', amount: 100, date: DATE, payee: { role: 'clinic' } }, 'eligibility.members-unpaid'],
    [{ category: 'facilitator-fee', amount: 100, date: DATE, payee: { role: 'clinic' } }, 'eligibility.members-unpaid'],
    [{ category: 'consultancy', amount: 100, date: DATE, payee: { role: 'clinic' } }, 'eligibility.members-unpaid'],
    [{ category: 'conference-participation', amount: 100, date: DATE, payee: { role: 'member' }, documentation: receipt }, 'eligibility.members-unpaid'],
    [{ category: 'conference-participation', amount: 100, date: DATE, payee: { role: 'secretary' }, documentation: receipt }, 'eligibility.conference-participation'],
    [{ category: 'conference-participation', amount: 100, date: DATE, payee: { role: 'external' }, documentation: receipt }, 'eligibility.conference-participation'],
    [{ category: 'conference-participation', amount: 100, date: DATE, payee: { role: 'clinic' }, documentation: receipt }, 'eligibility.conference-participation'],
    [{ category: 'mileage', amount: 100, date: DATE, payee: { role: 'member', cpr: CPR } }, 'eligibility.member-transport'],
    [{ category: 'mileage', amount: 100, date: DATE, payee: { role: 'secretary', cpr: CPR } }, 'eligibility.mileage'],
    [{ category: 'mileage', amount: 100, date: DATE, payee: { role: 'clinic', cvr: CVR } }, 'eligibility.mileage'],
  ];
  for (const [expense, rule] of refused) {
    it(`${expense.category} to ${expense.payee!.role} → ineligible (${rule})`, () => {
      const d = checkExpense(expense);
      expect(d.verdict).toBe('ineligible');
      expect(d.approved).toBe('0.00');
      expect(d.requiredDocuments).toEqual([]);
      expect(d.findings).toEqual([
        expect.objectContaining({ rule, severity: 'violation', data: { category: expense.category, role: expense.payee!.role } }),
      ]);
    });
  }

  it('a plain member is told that membership work is unpaid', () => {
    const d = checkExpense({ category: 'conference-participation', amount: 100, date: DATE, payee: { role: 'member' } });
    expect(d.findings[0]!.message.en).toMatch(/^A plain member or a clinic cannot be paid by the cluster for taking part: membership work is unpaid\./);
  });

  const review: [Expense, string][] = [
    [{ category: 'coordinator-fee', amount: 100, date: DATE, payee: { role: 'board', cvr: CVR }, documentation: feeDocs }, 'eligibility.payee-role'],
    [{ category: 'coordinator-fee', amount: 100, date: DATE, payee: { role: 'external', cvr: CVR }, documentation: feeDocs }, 'eligibility.payee-role'],
    [{ category: 'coordinator-fee', amount: 100, date: DATE, payee: { role: 'secretary', cvr: CVR }, documentation: feeDocs }, 'eligibility.payee-role'],
    [{ category: 'board-fee', amount: 100, date: DATE, payee: { role: 'coordinator', cvr: CVR }, documentation: feeDocs }, 'eligibility.payee-role'],
    [{ category: 'secretary-fee', amount: 100, date: DATE, payee: { role: 'board', cvr: CVR }, documentation: feeDocs }, 'eligibility.payee-role'],
    [{ category: 'secretary-fee', amount: 100, date: DATE, payee: { role: 'coordinator', cvr: CVR }, documentation: feeDocs }, 'eligibility.payee-role'],
    [{ category: 'consultancy', amount: 100, date: DATE, payee: { role: 'member', cvr: CVR }, documentation: outsideDocs }, 'eligibility.payee-role'],
    [{ category: 'consultancy', amount: 100, date: DATE, payee: { role: 'board', cvr: CVR }, documentation: outsideDocs }, 'eligibility.payee-role'],
    [{ category: 'mileage', amount: 100, date: DATE, payee: { role: 'external', cvr: CVR } }, 'eligibility.mileage'],
  ];
  for (const [expense, rule] of review) {
    it(`${expense.category} to ${expense.payee!.role} → needs review (${rule})`, () => {
      const d = checkExpense(expense);
      expect(d.verdict).toBe('needs-review');
      expect([d.approved, d.pending]).toEqual(['0.00', '100.00']);
      expect(d.requiredDocuments).toEqual([]);
      expect(d.findings.slice(1)).toEqual([
        expect.objectContaining({ rule, severity: 'warning', data: { category: expense.category, role: expense.payee!.role } }),
      ]);
    });
  }

  it('conference participation or mileage without a payee needs the role', () => {
    const d = checkExpense({ category: 'conference-participation', amount: 100, date: DATE, documentation: receipt });
    expect(d.verdict).toBe('needs-review');
    expect(d.requiredDocuments.map((r) => r.kind)).toEqual(['payee-role']);
    expect(rules(d)).toEqual([
      ['eligibility.conference-participation', 'info'],
      ['eligibility.payee-role', 'warning'],
    ]);
    const m = checkExpense({ category: 'mileage', amount: 100, date: DATE });
    expect(m.requiredDocuments.map((r) => r.kind)).toEqual(['payee-role', 'payee-tax-id']);
  });
});

describe('documentation', () => {
  it('a fee with nothing lists exactly what is missing (a fixed sum by default: no rate asked)', () => {
    const d = checkExpense({ category: 'coordinator-fee', amount: 12000, date: DATE });
    expect(d.verdict).toBe('needs-review');
    expect([d.approved, d.pending]).toEqual(['0.00', '12000.00']);
    expect(d.requiredDocuments).toEqual([
      {
        kind: 'contract',
        message: {
          da: 'Kontrakten for honoraret mangler; den er grundlaget for at udbetale et honorar (en timeopgørelse alene er ikke nok).',
          en: 'The contract for the fee is missing; it is the basis for paying a fee (a time statement alone is not enough).',
        },
      },
      { kind: 'payee-tax-id', message: expect.objectContaining({ en: "The payee's CVR number (B-income) or CPR number (A-income) is missing." }) },
      { kind: 'agm-approval', message: expect.objectContaining({ en: 'The fee must be approved at the AGM and recorded in the minutes; that is not stated.' }) },
    ]);
    expect(rules(d)).toEqual([
      ['eligibility.task-fees', 'info'],
      ['eligibility.fee-documentation', 'violation'],
      ['eligibility.payee-tax-id', 'violation'],
      ['eligibility.agm-approval', 'violation'],
    ]);
  });

  it('each item can be supplied on its own', () => {
    const kinds = (documentation: Expense['documentation'], payee?: Expense['payee']) =>
      checkExpense({ category: 'task-fee', amount: 1, date: DATE, ...(payee ? { payee } : {}), ...(documentation ? { documentation } : {}) }).requiredDocuments.map((r) => r.kind);
    expect(kinds({ contract: true })).toEqual(['payee-tax-id', 'agm-approval']);
    expect(kinds({ timeStatement: true })).toEqual(['contract', 'payee-tax-id', 'agm-approval']);
    expect(kinds({ contract: true, feeBasis: 'hourly' })).toEqual(['hourly-rate', 'payee-tax-id', 'agm-approval']);
    expect(kinds({ contract: true, feeBasis: 'hourly', hourlyRate: 500 })).toEqual(['payee-tax-id', 'agm-approval']);
    expect(kinds({ approvedInMinutes: true })).toEqual(['contract', 'payee-tax-id']);
    expect(kinds({ approvedInMinutes: false }, { role: 'member', cvr: CVR })).toEqual(['contract', 'agm-approval']);
    expect(kinds(undefined, { role: 'member', cpr: CPR })).toEqual(['contract', 'agm-approval']);
    expect(kinds(undefined, { role: 'member', name: 'Ann' })).toEqual(['contract', 'payee-tax-id', 'agm-approval']);
  });

  it('outside help needs no AGM approval; a purchase needs a receipt', () => {
    const p = checkExpense({ category: 'presenter-fee', amount: 1, date: DATE });
    expect(p.requiredDocuments.map((r) => r.kind)).toEqual(['contract', 'payee-tax-id']);
    const c = checkExpense({ category: 'catering', amount: 1, date: DATE, documentation: { receipt: false } });
    expect(c.verdict).toBe('needs-review');
    expect(c.requiredDocuments).toEqual([{ kind: 'receipt', message: { da: 'Mangler bon eller bilag for købet.', en: 'The receipt or voucher for the purchase is missing.' } }]);
    expect(rules(c)).toEqual([
      ['eligibility.meeting-costs', 'info'],
      ['eligibility.receipt', 'violation'],
    ]);
  });

  it('checks the hourly rate against the recommended consultant rate (fees area)', () => {
    const high = checkExpense({ category: 'coordinator-fee', amount: 100, date: DATE, payee: { role: 'coordinator', cvr: CVR }, documentation: { ...feeDocs, hourlyRate: 1200 } });
    expect(high.verdict).toBe('eligible');
    expect(rules(high)).toEqual([
      ['eligibility.task-fees', 'info'],
      ['fees.consultant-hourly-rate', 'warning'],
    ]);
    const ok = checkExpense({ category: 'coordinator-fee', amount: 100, date: DATE, payee: { role: 'coordinator', cvr: CVR }, documentation: { ...feeDocs, hourlyRate: '1072.02' } });
    expect(rules(ok)).toEqual([['eligibility.task-fees', 'info']]);
    const notAFee = checkExpense({ category: 'catering', amount: 100, date: DATE, documentation: { receipt: true, hourlyRate: 5000 } });
    expect(rules(notAFee)).toEqual([['eligibility.meeting-costs', 'info']]);
  });

  it('never echoes a CPR number', () => {
    const d = checkExpense({ category: 'board-fee', amount: 1, date: DATE, payee: { role: 'board', cpr: '0101901234' } });
    expect(JSON.stringify(d)).not.toContain('0101901234');
    const m = checkExpense({ category: 'mileage', amount: 1, date: DATE, payee: { role: 'member', cpr: CPR } });
    expect(JSON.stringify(m)).not.toContain('010190');
  });
});

describe('bad input is a KlyngeInputError with the path', () => {
  const base: Expense = { category: 'catering', amount: 100, date: DATE };
  const cases: [string, unknown, unknown, (string | number)[]][] = [
    ['unknown category', { ...base, category: 'wine' }, undefined, ['category']],
    ['negative amount', { ...base, amount: -1 }, undefined, ['amount']],
    ['three decimals', { ...base, amount: '1.005' }, undefined, ['amount']],
    ['three decimals (number)', { ...base, amount: 1.005 }, undefined, ['amount']],
    ['impossible date', { ...base, date: '2025-02-29' }, undefined, ['date']],
    ['attendees 0', { ...base, meeting: { id: 'm', attendees: 0 } }, undefined, ['meeting', 'attendees']],
    ['attendees 2.5', { ...base, meeting: { id: 'm', attendees: 2.5 } }, undefined, ['meeting', 'attendees']],
    ['empty meeting id', { ...base, meeting: { id: '' } }, undefined, ['meeting', 'id']],
    ['invalid CVR', { ...base, payee: { role: 'external', cvr: '10150818' } }, undefined, ['payee', 'cvr']],
    ['CVR with a leading zero', { ...base, payee: { role: 'external', cvr: '00000000' } }, undefined, ['payee', 'cvr']],
    ['unknown role', { ...base, payee: { role: 'mayor' } }, undefined, ['payee', 'role']],
    ['misspelt key', { ...base, meeting: { id: 'm', atendees: 3 } }, undefined, ['meeting']],
    ['negative hourly rate', { ...base, documentation: { hourlyRate: -5 } }, undefined, ['documentation', 'hourlyRate']],
    ['unknown scheme', base, { scheme: 'hospital' }, ['context', 'scheme']],
    ['bad state', base, { yearToDate: { otherExpenses: 'lots' } }, ['context', 'yearToDate', 'otherExpenses']],
    ['duplicate meeting in state', base, { yearToDate: { meetings: [{ id: 'a', date: DATE, venueAndCatering: 1 }, { id: 'a', date: DATE, venueAndCatering: 1 }] } }, ['context', 'yearToDate', 'meetings', 1, 'id']],
    ['bad threshold', base, { costlyVenuePerAttendee: true }, ['context', 'costlyVenuePerAttendee']],
  ];
  for (const [name, expense, context, path] of cases) {
    it(name, () => {
      expect(issuesOf(() => checkExpense(expense as Expense, context as never)).map((i) => i.path)).toContainEqual(path);
    });
  }

  it('the same meeting id may recur in another year of the state', () => {
    const d = checkExpense(base, { yearToDate: { meetings: [{ id: 'a', date: '2024-03-01', venueAndCatering: 1 }, { id: 'a', date: DATE, venueAndCatering: 1 }] } });
    expect(d.verdict).toBe('needs-review');
  });

  it('an invalid CPR is rejected without repeating it', () => {
    for (const cpr of ['3002901234', '320190-1234', '011390-1234', '12345']) {
      const issues = issuesOf(() => checkExpense({ ...base, payee: { role: 'board', cpr } }));
      expect(issues[0]!.path).toEqual(['payee', 'cpr']);
      expect(JSON.stringify(issues)).not.toContain(cpr);
      expect(issues[0]!.message).toBe('not a valid CPR number (10 digits, DDMMYY-XXXX, the first six a real date)');
    }
  });
});

describe('input errors in detail', () => {
  const { CVR, receipt, rules, first, talk, fee } = fixtures;

  describe('context errors are under context', () => {
    it('checkExpense and checkExpenses', () => {
      expect(first(() => checkExpense(talk(1), { caps: { otherExpensesPerYear: -1 } } as never)).path).toEqual(['context', 'caps', 'otherExpensesPerYear']);
      expect(first(() => checkExpenses([talk(1)], { scheme: 'x' } as never)).path).toEqual(['context', 'scheme']);
      expect(first(() => checkExpenses([talk(1)], { caps: { meetingsPerYear: 1.5 } })).path).toEqual(['context', 'caps', 'meetingsPerYear']);
      expect(first(() => checkExpense(talk(1), { yearToDate: { meetings: [{ id: '', date: '2025-01-01', venueAndCatering: 1 }] } })).path).toEqual([
        'context',
        'yearToDate',
        'meetings',
        0,
        'id',
      ]);
    });

    it('messages of the expense schema', () => {
      expect(first(() => checkExpense({ ...talk(1), meeting: { id: '' } })).message).toBe('meeting.id must not be empty');
      expect(first(() => checkExpense({ ...talk(1), meeting: { id: 'm', attendees: 0 } })).message).toBe('attendees must be at least 1');
      expect(first(() => checkExpense({ ...talk(1), meeting: { id: 'm', attendees: 1.5 } })).message).toBe('attendees must be a whole number');
      expect(first(() => checkExpense({ ...talk(1), payee: { role: 'external', cvr: '10150818' } })).message).toBe(
        'not a valid CVR number (8 digits passing the modulus-11 check)',
      );
      expect(first(() => checkExpense({ ...talk(1), payee: { role: 'external', cvr: 10150817 as never } })).message).toBe('CVR number must be a string of 8 digits');
      expect(first(() => checkExpense({ ...talk(1), payee: { role: 'external', cpr: 101901234 as never } })).message).toBe('CPR number must be a string');
      expect(first(() => checkExpense({ ...talk(1), payee: { role: 'x' as never } })).message).toBe(
        'payee.role must be one of coordinator, board, secretary, member, clinic, external',
      );
      expect(first(() => checkExpense({ ...talk(1), category: 'x' as never })).message).toMatch(/^category must be one of venue-rent, catering, .*, other$/);
      expect(first(() => checkExpense(talk(1), { scheme: 'x' as never })).message).toBe('scheme must be one of almen-praksis, speciallaegepraksis');
      expect(first(() => checkExpenses({} as never)).message).toBe('expenses must be an array of expense claims');
      expect(
        first(() => checkExpense(talk(1), { yearToDate: { meetings: [{ id: 'a', date: '2025-01-01', venueAndCatering: 1 }, { id: 'a', date: '2025-05-01', venueAndCatering: 1 }] } })).message,
      ).toBe('meeting a is listed twice for the same year');
    });
  });
});

describe('continuing education is not a purpose of the funds (#17 point 4)', () => {
  it('needs review with the reason, never eligible; nothing approved, the amount pending', () => {
    for (const scheme of ['almen-praksis', 'speciallaegepraksis'] as const) {
      const d = checkExpense({ category: 'continuing-education', amount: 1500, date: DATE, documentation: receipt }, { scheme });
      expect(d.verdict).toBe('needs-review');
      expect([d.approved, d.pending]).toEqual(['0.00', '1500.00']);
      expect(d.findings[0]).toEqual(expect.objectContaining({ rule: 'eligibility.continuing-education', severity: 'warning' }));
      expect(d.findings[0]!.message.en).toBe(
        'Continuing medical education is not a purpose the cluster funds may be used for; it belongs in DGE, SGE or PLO-E and can only be coordinated with the cluster work. A person must judge whether the cost is cluster work after all.',
      );
    }
  });
});

describe('fees are paid on a contract (#17 point 5)', () => {
  const fee = (documentation: Expense['documentation']): Expense => ({ category: 'coordinator-fee', amount: 20000, date: DATE, payee: { role: 'coordinator', cvr: CVR }, documentation });

  it('a fixed-sum coordinator fee with contract, CVR and AGM approval but no hourly rate is eligible', () => {
    for (const documentation of [
      { contract: true, timeStatement: true, approvedInMinutes: true },
      { contract: true, timeStatement: true, feeBasis: 'fixed-sum', approvedInMinutes: true },
    ] as const) {
      const d = checkExpense(fee(documentation));
      expect(d).toEqual(expect.objectContaining({ verdict: 'eligible', approved: '20000.00', pending: '0.00', requiredDocuments: [] }));
      expect(rules(d)).toEqual([['eligibility.task-fees', 'info']]);
    }
  });

  it('a fee with a time statement but no contract needs review', () => {
    const d = checkExpense(fee({ timeStatement: true, hourlyRate: 900, approvedInMinutes: true }));
    expect(d).toEqual(expect.objectContaining({ verdict: 'needs-review', approved: '0.00', pending: '20000.00' }));
    expect(d.requiredDocuments.map((r) => r.kind)).toEqual(['contract']);
    expect(rules(d)).toEqual([
      ['eligibility.task-fees', 'info'],
      ['eligibility.fee-documentation', 'violation'],
    ]);
  });

  it('an hourly fee needs its rate; a rate above PLO’s consultant rate is a warning', () => {
    const missing = checkExpense(fee({ contract: true, timeStatement: true, feeBasis: 'hourly', approvedInMinutes: true }));
    expect(missing).toEqual(expect.objectContaining({ verdict: 'needs-review', approved: '0.00', pending: '20000.00' }));
    expect(missing.requiredDocuments.map((r) => r.kind)).toEqual(['hourly-rate']);
    expect(missing.requiredDocuments[0]!.message.en).toBe('The fee is paid by the hour, but the hourly rate is not given.');
    const high = checkExpense(fee({ contract: true, timeStatement: true, feeBasis: 'hourly', hourlyRate: 1200, approvedInMinutes: true }));
    expect(high).toEqual(expect.objectContaining({ verdict: 'eligible', approved: '20000.00' }));
    expect(rules(high)).toEqual([
      ['eligibility.task-fees', 'info'],
      ['fees.consultant-hourly-rate', 'warning'],
    ]);
  });

  it('a contract holder without time records gets a warning only (verdict and amount unchanged)', () => {
    const d = checkExpense(fee({ contract: true, approvedInMinutes: true }));
    expect(d).toEqual(expect.objectContaining({ verdict: 'eligible', approved: '20000.00', pending: '0.00', requiredDocuments: [] }));
    expect(rules(d)).toEqual([
      ['eligibility.task-fees', 'info'],
      ['eligibility.fee-time-records', 'warning'],
    ]);
    expect(d.findings[1]!.source).toEqual({ document: 'kiap-guide', section: 'Regler for budget og regnskab' });
  });

  it('feeBasis is a closed choice', () => {
    expect(issuesOf(() => checkExpense(fee({ contract: true, feeBasis: 'monthly' as never }))).map((i) => i.path)).toEqual([['documentation', 'feeBasis']]);
  });
});
