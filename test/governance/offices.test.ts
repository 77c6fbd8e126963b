import { describe, expect, it } from 'vitest';
import { checkMembership, isRuleId, type ClusterInput } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';
import { goodCluster } from '../membership/fixtures.js';

type Change = (c: ClusterInput) => void;
const run = (change: Change) => {
  const c = goodCluster();
  change(c);
  return checkMembership(c).findings;
};
const rulesOf = (change: Change) => run(change).map((f) => [f.rule, f.severity]);

describe('cluster facts: founding meeting, posts, coordinator vacancy (table-driven)', () => {
  const cases: [string, Change, [string, string][]][] = [
    // governance.founding-meeting (§4.1)
    ['founding meeting where the rules were presented', (c) => (c.founding = { date: '2025-02-10', rulesPresented: true }), []],
    ['founding meeting where the rules were not presented', (c) => (c.founding = { date: '2025-02-10', rulesPresented: false }), [['governance.founding-meeting', 'violation']]],
    ['founding meeting, presentation unknown', (c) => (c.founding = { date: '2025-02-10' }), []],
    // governance.elected-at-agm (§7.1, kiap-guide)
    ['coordinator elected at the AGM with a full contract', (c) => (c.posts = [{ post: 'coordinator', personId: 'D1', electedAt: 'ordinary-agm', contract: true, contractStates: ['tasks', 'expected-hours', 'fee'] }]), []],
    ['coordinator elected at the founding meeting', (c) => (c.posts = [{ post: 'coordinator', personId: 'D1', electedAt: 'founding-meeting' }]), []],
    ['cashier appointed outside a general meeting', (c) => (c.posts = [{ post: 'cashier', personId: 'D2', electedAt: 'other' }]), [['governance.elected-at-agm', 'violation']]],
    ['board member, where elected unknown', (c) => (c.posts = [{ post: 'board-member', personId: 'D3' }]), []],
    // governance.post-contract (kiap-guide "Formel oprettelse")
    ['coordinator without a contract', (c) => (c.posts = [{ post: 'coordinator', personId: 'D1', contract: false }]), [['governance.post-contract', 'violation']]],
    ['board member whose contract lacks the hours', (c) => (c.posts = [{ post: 'board-member', personId: 'D3', contract: true, contractStates: ['tasks', 'fee'] }]), [['governance.post-contract', 'violation']]],
    ['contract exists, contents unknown', (c) => (c.posts = [{ post: 'cashier', personId: 'D2', contract: true }]), []],
    // governance.coordinator-vacancy (§7.3)
    ['coordinator left, a member stood in', (c) => (c.coordinatorLeft = { personId: 'D9', on: '2025-06-30', substituteId: 'D3' }), []],
    ['coordinator left, an extraordinary meeting was held', (c) => (c.coordinatorLeft = { personId: 'D9', on: '2025-06-30', substituteId: null, extraordinaryMeetingOn: '2025-08-20' }), []],
    ['coordinator left, nobody took over and no meeting', (c) => (c.coordinatorLeft = { personId: 'D9', on: '2025-06-30', substituteId: null, extraordinaryMeetingOn: null }), [['governance.coordinator-vacancy', 'violation']]],
    ['coordinator left, substitute not a member', (c) => (c.coordinatorLeft = { personId: 'D9', on: '2025-06-30', substituteId: 'S1' }), [['governance.coordinator-vacancy', 'violation']]],
    ['coordinator left, substitute is the one who left', (c) => (c.coordinatorLeft = { personId: 'D3', on: '2025-06-30', substituteId: 'D3' }), [['governance.coordinator-vacancy', 'violation']]],
    ['coordinator left, what happened unknown', (c) => (c.coordinatorLeft = { personId: 'D9', on: '2025-06-30' }), [['governance.coordinator-vacancy', 'info']]],
    // membership.exclusion-rules (§10.4, interpretation)
    ['exclusion with attendance rules adopted at an AGM', (c) => { c.exclusions = [{ personId: 'D7', on: '2025-05-01' }]; c.rules = { attendanceRulesAdoptedAtAgm: true }; }, []],
    ['exclusion without attendance rules', (c) => { c.exclusions = [{ personId: 'D7', on: '2025-05-01' }]; c.rules = { attendanceRulesAdoptedAtAgm: false }; }, [['membership.exclusion-rules', 'warning']]],
    ['exclusion, rules unknown', (c) => (c.exclusions = [{ personId: 'D7', on: '2025-05-01' }]), [['membership.exclusion-rules', 'info']]],
    ['no exclusion, no rules: nothing to judge', (c) => (c.rules = { attendanceRulesAdoptedAtAgm: false }), []],
  ];
  it.each(cases)('%s', (_, change, expected) => {
    expect(rulesOf(change)).toEqual(expected);
    for (const f of run(change)) expect(isRuleId(f.rule)).toBe(true);
  });
});

describe('cluster facts: messages and data', () => {
  it('governance.post-contract names what the contract lacks', () => {
    const [f] = run((c) => (c.posts = [{ post: 'board-member', personId: 'D3', contract: true, contractStates: ['fee'] }]));
    expect(f!.data).toEqual({ post: 'board-member', personId: 'D3', index: 0, missing: ['tasks', 'expected-hours'] });
    expect(f!.message.en).toBe("The contract for the board member 'D3' does not state: tasks, expected hours.");
  });

  it('governance.coordinator-vacancy shows the date as a long date', () => {
    const [f] = run((c) => (c.coordinatorLeft = { personId: 'D9', on: '2025-06-30', substituteId: null, extraordinaryMeetingOn: null }));
    expect(f!.message.da).toContain('mandag 30. juni 2025');
    expect(f!.message.en).toContain('Monday 30 June 2025');
    expect(f!.data).toEqual({ personId: 'D9', on: '2025-06-30', substituteId: null, extraordinaryMeetingOn: null, reason: 'post-left-empty' });
  });

  it('governance.founding-meeting cites §4.1 and dates the meeting', () => {
    const [f] = run((c) => (c.founding = { date: '2025-02-10', rulesPresented: false }));
    expect(f!.source).toEqual({ document: 'klyngeregler-2023', section: '4.1' });
    expect(f!.message.en).toBe('At the founding meeting on Monday 10 February 2025 the members were not told the rules for the cluster work.');
  });

  it('membership.exclusion-rules is an interpretation and says so in its data', () => {
    const [f] = run((c) => {
      c.exclusions = [{ personId: 'D7', on: '2025-05-01' }];
      c.rules = { attendanceRulesAdoptedAtAgm: false };
    });
    expect(f!.data).toEqual({ personId: 'D7', on: '2025-05-01', attendanceRulesAdoptedAtAgm: false });
    expect(f!.source.section).toBe('10.4');
  });
});

describe('cluster facts: input errors', () => {
  it.each([
    ['a coordinator post naming someone else than coordinatorId', (c: ClusterInput) => (c.posts = [{ post: 'coordinator', personId: 'D2' }]), ['posts', 0, 'personId']],
    ['an unknown post', (c: ClusterInput) => (c.posts = [{ post: 'chair' as never, personId: 'D2' }]), ['posts', 0, 'post']],
    ['an unknown contract item', (c: ClusterInput) => (c.posts = [{ post: 'cashier', personId: 'D2', contractStates: ['salary' as never] }]), ['posts', 0, 'contractStates', 0]],
    ['an unknown key on a post', (c: ClusterInput) => (c.posts = [{ post: 'cashier', personId: 'D2', electedOn: '2025-03-20' } as never]), ['posts', 0]],
    ['a bad founding date', (c: ClusterInput) => (c.founding = { date: '2025-02-30' }), ['founding', 'date']],
    ['an unknown key on coordinatorLeft', (c: ClusterInput) => (c.coordinatorLeft = { personId: 'D9', on: '2025-06-30', substitute: 'D3' } as never), ['coordinatorLeft']],
    ['an exclusion without a date', (c: ClusterInput) => (c.exclusions = [{ personId: 'D7' } as never]), ['exclusions', 0, 'on']],
  ])('%s', (_, change, path) => {
    const c = goodCluster();
    change(c);
    expect(issuesOf(() => checkMembership(c))[0]!.path).toEqual(path);
  });
});
