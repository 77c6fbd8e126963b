import { describe, expect, it } from 'vitest';
import { eligibleVoters, votingRulesSchema } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';


const members = [
  { id: 'O1', role: 'owner', ploMember: true },
  { id: 'O2', role: 'owner', ploMember: false },
  { id: 'E1', role: 'employed', ploMember: true },
  { id: 'T1', role: 'trainee', ploMember: true },
  { id: 'O3', role: 'owner' },
  { id: 'E2', role: 'employed', ploMember: false },
  { id: 'O4', role: 'owner', ploMember: true },
] as const;

describe('eligibleVoters (governance.voting-right)', () => {
  it('by default: owners who are PLO members, in input order; every other member with the reason', () => {
    const result = eligibleVoters(members);
    expect(result.eligible).toEqual(['O1', 'O4']);
    expect(result.rules).toEqual({ votingRoles: ['owner'], requirePloMembership: true });
    expect(result.excluded).toEqual([
      {
        id: 'O2',
        role: 'owner',
        reason: 'not-plo-member',
        rule: 'governance.voting-right',
        message: {
          da: 'O2 har ikke stemmeret: stemmeret kræver medlemskab af PLO.',
          en: 'O2 has no vote: the vote requires PLO membership.',
        },
      },
      {
        id: 'E1',
        role: 'employed',
        reason: 'role-not-entitled',
        rule: 'governance.voting-right',
        message: {
          da: 'E1 har ikke stemmeret: klyngens regler giver ikke ansatte læger stemmeret.',
          en: "E1 has no vote: the cluster's rules do not give the vote to employed doctors.",
        },
      },
      {
        id: 'T1',
        role: 'trainee',
        reason: 'role-not-entitled',
        rule: 'governance.voting-right',
        message: {
          da: 'T1 har ikke stemmeret: klyngens regler giver ikke uddannelseslæger stemmeret.',
          en: "T1 has no vote: the cluster's rules do not give the vote to trainee doctors.",
        },
      },
      {
        id: 'O3',
        role: 'owner',
        reason: 'plo-membership-unknown',
        rule: 'governance.plo-membership-unknown',
        message: {
          da: 'Det er ikke oplyst, om O3 er medlem af PLO; lægen regnes ikke som stemmeberettiget, før det er afklaret.',
          en: 'It is not stated whether O3 is a PLO member; the doctor is not counted as a voter until that is settled.',
        },
      },
      {
        id: 'E2',
        role: 'employed',
        reason: 'role-not-entitled',
        rule: 'governance.voting-right',
        message: {
          da: 'E2 har ikke stemmeret: klyngens regler giver ikke ansatte læger stemmeret.',
          en: "E2 has no vote: the cluster's rules do not give the vote to employed doctors.",
        },
      },
    ]);
  });

  it('an unknown PLO membership gives an info finding (governance.plo-membership-unknown)', () => {
    expect(eligibleVoters(members).findings).toEqual([
      {
        rule: 'governance.plo-membership-unknown',
        severity: 'info',
        message: {
          da: 'Det er ikke oplyst, om O3 er medlem af PLO; lægen regnes ikke som stemmeberettiget, før det er afklaret.',
          en: 'It is not stated whether O3 is a PLO member; the doctor is not counted as a voter until that is settled.',
        },
        source: { document: 'klyngeregler-2023', section: '6.1' },
        data: { memberId: 'O3', role: 'owner' },
      },
    ]);
  });

  it("the cluster's rules may give employed doctors the vote (still PLO members only)", () => {
    const result = eligibleVoters(members, { votingRoles: ['owner', 'employed'] });
    expect(result.eligible).toEqual(['O1', 'E1', 'O4']);
    expect(result.excluded.map((e) => [e.id, e.reason])).toEqual([
      ['O2', 'not-plo-member'],
      ['T1', 'role-not-entitled'],
      ['O3', 'plo-membership-unknown'],
      ['E2', 'not-plo-member'],
    ]);
  });

  it('without the PLO requirement every member of a voting role votes, and no finding is given', () => {
    const result = eligibleVoters(members, { votingRoles: ['owner', 'employed', 'trainee'], requirePloMembership: false });
    expect(result.eligible).toEqual(['O1', 'O2', 'E1', 'T1', 'O3', 'E2', 'O4']);
    expect(result.excluded).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.rules).toEqual({ votingRoles: ['owner', 'employed', 'trainee'], requirePloMembership: false });
  });

  it('a cluster may even leave owners without the vote', () => {
    const result = eligibleVoters([{ id: 'O1', role: 'owner', ploMember: true }], { votingRoles: ['employed'] });
    expect(result.eligible).toEqual([]);
    expect(result.excluded).toEqual([
      {
        id: 'O1',
        role: 'owner',
        reason: 'role-not-entitled',
        rule: 'governance.voting-right',
        message: {
          da: 'O1 har ikke stemmeret: klyngens regler giver ikke klinikejere stemmeret.',
          en: "O1 has no vote: the cluster's rules do not give the vote to clinic owners.",
        },
      },
    ]);
  });

  it('requirePloMembership alone keeps the default roles', () => {
    expect(eligibleVoters(members, { requirePloMembership: false }).eligible).toEqual(['O1', 'O2', 'O3', 'O4']);
  });

  it('unknown keys on a member or on the rules are input errors naming them', () => {
    const [member] = issuesOf(() => eligibleVoters([{ id: 'A', role: 'owner', plomember: true } as never]));
    expect(member!.path).toEqual(['members', 0]);
    expect(member!.message).toContain('plomember');
    const [rule] = issuesOf(() => eligibleVoters([], { votingRole: ['owner'] } as never));
    expect(rule!.path).toEqual(['rules']);
    expect(rule!.message).toContain('votingRole');
  });

  it('accepts the other fields of a cluster document’s doctors, so they can be passed as they are', () => {
    const doctors = [{ id: 'D1', role: 'owner' as const, clinicId: 'C1', ploMember: true, name: 'Dr. A' }];
    expect(eligibleVoters(doctors).eligible).toEqual(['D1']);
  });

  it('an empty member list has no voters', () => {
    expect(eligibleVoters([])).toEqual({
      eligible: [],
      excluded: [],
      rules: { votingRoles: ['owner'], requirePloMembership: true },
      findings: [],
    });
  });

  it('never echoes a CPR-like id in a message', () => {
    const result = eligibleVoters([
      { id: '010190-1234', role: 'employed' },
      { id: '0101901234', role: 'owner' },
    ]);
    expect(result.excluded.map((e) => e.message.en)).toEqual([
      "[CPR] has no vote: the cluster's rules do not give the vote to employed doctors.",
      'It is not stated whether [CPR] is a PLO member; the doctor is not counted as a voter until that is settled.',
    ]);
    expect(JSON.stringify(result.findings.map((f) => f.message))).not.toMatch(/\d{6}/);
  });

  it('rejects a duplicate id with its path', () => {
    expect(issuesOf(() => eligibleVoters([{ id: 'A', role: 'owner' }, { id: 'B', role: 'owner' }, { id: 'A', role: 'employed' }]))).toEqual([{ path: ['members', 2, 'id'], message: "duplicate member id 'A'" }]);
  });

  it.each([
    [[{ id: 'A', role: 'boss' }], undefined, ['members', 0, 'role'], "role must be 'owner', 'employed' or 'trainee'"],
    [[{ id: '', role: 'owner' }], undefined, ['members', 0, 'id'], 'id must not be empty'],
    [[{ id: 7, role: 'owner' }], undefined, ['members', 0, 'id'], 'id must be a string'],
    [[{ id: 'A', role: 'owner', ploMember: 'yes' }], undefined, ['members', 0, 'ploMember'], 'ploMember must be true or false'],
    ['A', undefined, ['members'], 'members must be a list'],
    [[], { votingRoles: [] }, ['rules', 'votingRoles'], 'votingRoles must name at least one role'],
    [[], { votingRoles: ['locum'] }, ['rules', 'votingRoles', 0], "role must be 'owner', 'employed' or 'trainee'"],
    [[], { requirePloMembership: 'no' }, ['rules', 'requirePloMembership'], 'requirePloMembership must be true or false'],
  ] as const)('rejects %j with rules %j', (input, rules, path, message) => {
    expect(issuesOf(() => eligibleVoters(input as never, rules as never))).toEqual([{ path, message }]);
  });

  it('votingRulesSchema fills in the defaults', () => {
    expect(votingRulesSchema.parse({})).toEqual({ votingRoles: ['owner'], requirePloMembership: true });
  });

  it('does not mutate its input', () => {
    const input = [{ id: 'A', role: 'owner' as const, ploMember: true }];
    const rules = { votingRoles: ['owner' as const] };
    const copy = structuredClone([input, rules]);
    eligibleVoters(input, rules);
    expect([input, rules]).toEqual(copy);
  });
});
