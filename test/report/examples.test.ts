/**
 * The example documents, checked against totals computed by hand from the
 * claims (not snapshots): see the comments for the arithmetic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateClusterYear, restructureFunds } from '../../src/index.js';
import type { ClusterYear, RestructureFundsInput } from '../../src/index.js';

const load = <T>(name: string): T => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'examples', name), 'utf8')) as T;

describe('examples/almen-praksis-2025.json', () => {
  const doc = load<ClusterYear>('almen-praksis-2025.json');
  const report = evaluateClusterYear(doc);

  it('is the realistic cluster the issue asks for', () => {
    expect(doc.cluster.clinics).toHaveLength(8);
    expect(doc.cluster.doctors).toHaveLength(40);
    expect(doc.expenses).toHaveLength(30);
  });

  it('grant: 45,000 patients × 3.65 kr = 164,250.00 kr, paid 1 March', () => {
    expect(report.grant).toMatchObject({ patients: 45000, rate: '3.65', amount: '164250.00', paymentDate: '2025-03-01', registrationDeadline: '2025-01-31' });
  });

  it('expenses: claimed, approved, rejected and pending add up as computed by hand', () => {
    // rejected: E11 2399 + E12 18500 + E13 3000 + E14 640 + E15 24000 + E28 420 = 48,959.00
    // pending (needs review): E10 1149.54 (no tax id) + E16 1500 (other) + E17 10000 (fee not approved at the AGM)
    //   + E26 1800 (no receipt) + E29 7500 (continuing education) = 21,949.54
    // claimed: the sum of all 30 claims = 263,308.54; approved = claimed − rejected − pending = 192,400.00
    expect(report.expenses.totals).toEqual({ claimed: '263308.54', approved: '192400.00', rejected: '48959.00', pending: '21949.54' });
    const verdicts = report.expenses.decisions.map((d) => d.verdict);
    expect(verdicts.filter((v) => v === 'ineligible')).toHaveLength(6);
    expect(verdicts.filter((v) => v === 'needs-review')).toHaveLength(5);
    expect(verdicts.filter((v) => v === 'eligible')).toHaveLength(19);
    expect(report.expenses.decisions[15]).toMatchObject({ id: 'E16', verdict: 'needs-review', approved: '0.00', pending: '1500.00' }); // "other" is never silently eligible
  });

  it('ledger: 82,317.45 + 164,250.00 − 192,400.00 = 54,167.45 carried to 2026', () => {
    // spent counts approved amounts only; the 21,949.54 in review is shown beside it
    expect(report.ledger).toMatchObject({ openingBalance: '82317.45', grant: '164250.00', spent: '192400.00', closingBalance: '54167.45', pendingReview: '21949.54' });
  });

  it('coordinator change at the AGM: 60,000 kr split 3 + 9 months', () => {
    expect(report.coordinatorFee?.shares).toEqual([
      { id: 'D01', months: 3, amount: '15000.00' },
      { id: 'D14', months: 9, amount: '45000.00' },
    ]);
  });

  it('AGM: late minutes and an election without a fee are violations; a late proposal is a warning', () => {
    expect(report.agm?.deadlines).toMatchObject({ noticeBy: '2025-03-06', proposalsBy: '2025-03-06', minutesBy: '2025-04-03' });
    const agm = report.findings.filter((f) => f.where === 'agm').map((f) => `${f.severity} ${f.rule}`);
    expect(agm).toEqual(['violation agm.minutes-deadline', 'violation agm.election-record', 'warning agm.proposal-deadline']);
  });

  it('membership: the employed doctor outside the owners’ cluster, and the owner outside every cluster', () => {
    const m = report.findings.filter((f) => f.where === 'membership').map((f) => `${f.severity} ${f.rule}`);
    expect(m).toEqual(['violation membership.employed-follow-owner', 'info membership.outside-quality-visit', 'info membership.notify-region']);
  });

  it('summary counts match the findings, sorted violations first', () => {
    const order = { violation: 0, warning: 1, info: 2 } as const;
    const ranks = report.findings.map((f) => order[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(report.summary).toEqual({
      violations: report.findings.filter((f) => f.severity === 'violation').length,
      warnings: report.findings.filter((f) => f.severity === 'warning').length,
      infos: report.findings.filter((f) => f.severity === 'info').length,
    });
    // membership 1, claims 9 (E10, E11, E12, E13, E14, E15, E17, E26, E28), AGM 2, AGM record 1
    expect(report.summary.violations).toBe(13);
    expect(report.summary.warnings).toBe(10);
  });

  it('duties: the record of the AGM is complete except the kiap.dk change after the coordinator election', () => {
    const record = report.findings.filter((f) => f.where === 'agm record').map((f) => `${f.severity} ${f.rule}`);
    expect(record).toEqual(['violation duties.kiap-coordinator-update']);
    const states = Object.fromEntries(report.duties.map((d) => [d.id, d.state]));
    expect(states).toMatchObject({ '2025-registration': 'done', '2025-agm': 'done', '2025-agm-minutes-signed': 'done', '2025-agm-secretariat': 'done', '2025-agm-kiap': 'overdue', '2025-meeting-dates': 'done' });
    expect(report.duties.every((d) => d.state !== 'upcoming')).toBe(true); // a closed year
  });

  it('as of 1 March 2025 the AGM and its duties are still upcoming, and the registration is done', () => {
    const early = evaluateClusterYear(doc, { asOf: '2025-03-01' });
    const states = Object.fromEntries(early.duties.map((d) => [d.id, d.state]));
    expect(states).toMatchObject({ '2025-registration': 'done', '2025-agm': 'upcoming', '2025-agm-kiap': 'upcoming', '2025-agm-minutes': 'upcoming' });
    expect(early.findings.map((f) => f.rule)).not.toContain('duties.kiap-coordinator-update');
    expect(early.findings.map((f) => f.rule)).not.toContain('agm.minutes-deadline');
  });

  it('offices: the coordinator and a board member elected at the AGM on full contracts; without a contract it is a finding', () => {
    expect(report.findings.filter((f) => f.rule.startsWith('governance.'))).toEqual([]);
    const posts = doc.cluster.posts!.map((p) => (p.post === 'board-member' ? { ...p, contract: false } : p));
    const changed = evaluateClusterYear({ ...doc, cluster: { ...doc.cluster, posts } });
    expect(changed.findings.filter((f) => f.rule === 'governance.post-contract').map((f) => f.severity)).toEqual(['violation']);
  });

  it('never echoes the CPR number of the secretary', () => {
    expect(JSON.stringify(report)).not.toContain('0503721234');
    expect(JSON.stringify(report)).not.toContain('050372');
  });

  it('calendar: registration, activity report, grant, AGM deadlines and next year’s dates', () => {
    // the activity report is dated at the AGM (20 March), which approves it (§8.1)
    expect(report.calendar.map((e) => e.date)).toEqual(['2025-01-31', '2025-03-01', '2025-03-06', '2025-03-06', '2025-03-20', '2025-03-20', '2025-04-03', '2025-09-30']);
  });
});

describe('examples/speciallaegepraksis-2025.json', () => {
  const report = evaluateClusterYear(load<ClusterYear>('speciallaegepraksis-2025.json'));

  it('hits each specialist cap', () => {
    const approved = report.expenses.decisions.map((d) => d.approved);
    // S-E01 coordinator fee 50,000 (cap 50,000) ✓
    // SM1: 12 specialists × 750 (external venue) = 9,000: venue 4,000 + catering 5,000 of 6,000
    // SM2: 10 × 500 = 5,000 of 5,600; SM3: 11 × 750 = 8,250 ≥ 7,000; SM4: 9 × 500 = 4,500 ≥ 4,000
    // other expenses: presenters 6,000 + 4,000 of 6,000 (10,000 a year); SM5 is the 5th meeting → 0;
    // the extra coordinator fee of 31 March 2025 is in the same fee year (April 2024–March 2025) as S-E01 → 0
    expect(approved).toEqual(['50000.00', '4000.00', '5000.00', '6000.00', '5000.00', '7000.00', '4000.00', '4000.00', '0.00', '0.00']);
    expect(report.expenses.totals).toEqual({ claimed: '96600.00', approved: '85000.00', rejected: '11600.00', pending: '0.00' });
  });

  it('has no grant or ledger (the specialist scheme refunds expenses) and the eKVIS fee preset', () => {
    expect(report.grant).toBeUndefined();
    expect(report.ledger).toBeUndefined();
    expect(report.coordinatorFee).toMatchObject({
      shares: [
        { id: 'SP01', months: 7, amount: '29166.67' },
        { id: 'SP04', months: 5, amount: '20833.33' },
      ],
      paymentDate: '2026-03-31',
      incomeType: 'B',
    });
  });

  it('duties: five meetings (only 4 refunded: info), SM3 without attendance recorded, the handover told to eKVIS', () => {
    const duties = report.findings.filter((f) => f.where === 'duties').map((f) => `${f.severity} ${f.rule}`);
    expect(duties).toEqual(['violation duties.specialist-attendance', 'info duties.specialist-meetings-per-year']);
    expect(report.duties.find((d) => d.id === '2025-coordinator-handover')).toMatchObject({ state: 'done', doneOn: '2025-10-20' });
    expect(report.duties.find((d) => d.id === '2025-coordinators-meeting')?.state).toBe('done');
    expect(report.findings.map((f) => f.rule)).not.toContain('agm.annual-meeting'); // the specialist scheme has no AGM duty
  });

  it('reports each cap as a finding with the arithmetic', () => {
    const rules = report.findings.map((f) => f.rule);
    for (const rule of ['eligibility.specialist-meeting-cap', 'eligibility.specialist-presenter-cap', 'eligibility.specialist-meeting-count', 'eligibility.specialist-coordinator-fee-cap'] as const) {
      expect(rules).toContain(rule);
    }
    const cap = report.findings.find((f) => f.rule === 'eligibility.specialist-meeting-cap' && f.where.includes('S-E03'));
    expect(cap?.message.en).toContain('12 specialists × 750.00 kr');
  });
});

describe('examples/omstrukturering-2026.json', () => {
  it('pools 235,750.75 kr over 56,000 and 38,000 patients', () => {
    const result = restructureFunds(load<RestructureFundsInput>('omstrukturering-2026.json'));
    // 23,575,075 øre × 56/94 = 14,044,725.53 → 140,447.26 (largest remainder); × 38/94 = 9,530,349.47 → 95,303.49
    expect(result.clusters.map((c) => [c.id, c.patients, c.amount])).toEqual([
      ['K-VESTFYN-NORD', 56000, '140447.26'],
      ['K-VESTFYN-SYD', 38000, '95303.49'],
    ]);
    expect(result.balance).toBe('235750.75');
    expect(result.findings).toEqual([]);
  });
});
