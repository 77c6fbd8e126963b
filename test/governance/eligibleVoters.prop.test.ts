import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { eligibleVoters, isKlyngeInputError, isRuleId } from '../../src/index.js';

const role = fc.constantFrom('owner', 'employed', 'trainee');
const members = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), role, ploMember: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['id', 'role'] }),
  { selector: (m) => m.id, maxLength: 20 },
);
const rules = fc.record(
  { votingRoles: fc.uniqueArray(role, { minLength: 1 }), requirePloMembership: fc.boolean() },
  { requiredKeys: [] },
);

test.prop([members, rules])('every member is either eligible or excluded, in input order', (list, r) => {
  const result = eligibleVoters(list, r);
  const eligible = new Set(result.eligible);
  const excluded = new Set(result.excluded.map((e) => e.id));
  expect(result.eligible.length + result.excluded.length).toBe(list.length);
  expect(list.map((m) => m.id).filter((id) => eligible.has(id))).toEqual(result.eligible);
  expect(list.map((m) => m.id).filter((id) => excluded.has(id))).toEqual(result.excluded.map((e) => e.id));
  for (const e of result.excluded) expect(isRuleId(e.rule)).toBe(true);
  for (const f of result.findings) expect([isRuleId(f.rule), f.severity]).toEqual([true, 'info']);
});

test.prop([members, rules])('eligible ⇔ voting role and (no PLO requirement or PLO member)', (list, r) => {
  const roles = r.votingRoles ?? ['owner'];
  const requirePlo = r.requirePloMembership ?? true;
  const expected = list.filter((m) => roles.includes(m.role) && (!requirePlo || m.ploMember === true)).map((m) => m.id);
  expect(eligibleVoters(list, r).eligible).toEqual(expected);
});

test.prop([members])('giving more roles the vote never takes a vote away', (list) => {
  const base = new Set(eligibleVoters(list).eligible);
  const wider = new Set(eligibleVoters(list, { votingRoles: ['owner', 'employed'] }).eligible);
  for (const id of base) expect(wider.has(id)).toBe(true);
});

test.prop([fc.anything(), fc.anything()])('arbitrary junk never throws anything but KlyngeInputError', (junk, rulesJunk) => {
  try {
    eligibleVoters(junk as never, rulesJunk as never);
  } catch (error) {
    expect(isKlyngeInputError(error)).toBe(true);
  }
});
