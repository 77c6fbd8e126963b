/**
 * Every finding and every missing-document requirement the eligibility rules
 * can give is explained in both languages. Walks every scheme × category ×
 * payee role (and none) × documentation (none, all) × meeting facts, so each
 * message in the category, role and document tables is reached at least once.
 */
import { describe, expect, it } from 'vitest';
import { EXPENSE_CATEGORIES, PAYEE_ROLES, SCHEMES, checkExpense, type Expense } from '../../src/index.js';

const CVR = '10150817';
const ALL_DOCS = { receipt: true, contract: true, timeStatement: true, feeBasis: 'hourly', hourlyRate: '900.00', approvedInMinutes: true } as const;
const payees = [undefined, ...PAYEE_ROLES.map((role) => ({ role, cvr: CVR }))];
const meetings = [undefined, { id: 'm1', attendees: 2, externalVenue: true }];
const documentations = [undefined, ALL_DOCS, { contract: true, feeBasis: 'hourly' } as const];

function allClaims(): Expense[] {
  const claims: Expense[] = [];
  for (const category of EXPENSE_CATEGORIES)
    for (const payee of payees)
      for (const meeting of meetings)
        for (const documentation of documentations)
          claims.push({ category, amount: 90_000, date: '2025-03-27', ...(payee && { payee }), ...(meeting && { meeting }), ...(documentation && { documentation }) });
  return claims;
}

/** Every message (`{ da, en }`) given for the claims, by the rule (or document kind) it explains. */
function messages(): { key: string; da: string; en: string }[] {
  const out: { key: string; da: string; en: string }[] = [];
  for (const scheme of SCHEMES) {
    for (const claim of allClaims()) {
      const decision = checkExpense(claim, { scheme });
      for (const f of decision.findings) out.push({ key: f.rule, ...f.message });
      for (const r of decision.requiredDocuments) out.push({ key: `document ${r.kind}`, ...r.message });
    }
  }
  return out;
}

describe('every eligibility finding and document requirement is explained in Danish and English', () => {
  const given = messages();

  it('each message is a sentence in each language, and the two differ', () => {
    for (const { key, da, en } of given) {
      expect(da.split(' ').length, `${key} (da): ${da}`).toBeGreaterThanOrEqual(4);
      expect(en.split(' ').length, `${key} (en): ${en}`).toBeGreaterThanOrEqual(4);
      expect(da, key).not.toBe(en);
      expect(/[.!?)]$/.test(da) && /[.!?)]$/.test(en), `${key}: ${da} / ${en}`).toBe(true);
    }
  });

  it('reaches the message of every category, role outcome and document kind', () => {
    const keys = new Set(given.map((m) => m.key));
    for (const rule of [
      'eligibility.meeting-costs',
      'eligibility.task-fees',
      'eligibility.outside-help',
      'eligibility.shared-meeting-equipment',
      'eligibility.conference-participation',
      'eligibility.mileage',
      'eligibility.continuing-education',
      'eligibility.member-equipment',
      'eligibility.clinical-equipment',
      'eligibility.member-compensation',
      'eligibility.member-transport',
      'eligibility.clinic-operations',
      'eligibility.study-trips-abroad',
      'eligibility.other-needs-review',
      'eligibility.members-unpaid',
      'eligibility.payee-role',
      'eligibility.specialist-scope',
      'eligibility.plo-e-venues',
      'eligibility.fee-time-records',
    ])
      expect(keys, rule).toContain(rule);
    for (const kind of ['receipt', 'contract', 'hourly-rate', 'payee-tax-id', 'agm-approval', 'payee-role', 'meeting-attendance'])
      expect(keys, kind).toContain(`document ${kind}`);
  });

  it('no two role outcomes of a rule share a text: each says its own case', () => {
    const byRule = new Map<string, Set<string>>();
    for (const { key, en } of given) byRule.set(key, (byRule.get(key) ?? new Set()).add(en));
    // eligibility.mileage: the category's own info, "leaders only", "in the fee" and the course-travel text for members.
    expect(byRule.get('eligibility.mileage')?.size).toBeGreaterThanOrEqual(3);
    expect(byRule.get('eligibility.conference-participation')?.size).toBeGreaterThanOrEqual(2);
  });
});
