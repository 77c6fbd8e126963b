/**
 * duties.as-of: the year as of a date. Every dated duty is done, overdue,
 * upcoming or unknown; a duty not yet due is never a violation; the AGM is
 * upcoming until 31 March, then a warning, and a violation at year end.
 */
import { describe, expect, it } from 'vitest';
import { clusterYearStatus, evaluateClusterYear } from '../../src/index.js';
import type { ClusterYear } from '../../src/index.js';
import { base, cluster } from '../support/clusterYear.js';
import { issuesOf } from '../support/inputErrors.js';

const states = (doc: ClusterYear, asOf?: string) =>
  Object.fromEntries(evaluateClusterYear(doc, asOf === undefined ? {} : { asOf }).duties.map((d) => [d.id, d.state]));

describe('the four states', () => {
  const doc: ClusterYear = { ...base, duties: { ydernumreRegistered: '2025-01-20', activityReportSent: false } };
  it('done (a date on or before asOf), overdue (false, due passed), unknown (no fact, due passed), upcoming (not yet due)', () => {
    const s = states(doc, '2025-06-30');
    expect(s['2025-registration']).toBe('done');
    expect(s['2025-activity-report']).toBe('overdue');
    expect(s['2025-meeting-dates']).toBe('upcoming');
    expect(states(base, '2025-10-01')['2025-meeting-dates']).toBe('unknown');
  });
  it('done on a day after asOf is not yet done', () => {
    expect(states({ ...base, duties: { ydernumreRegistered: '2025-01-20' } }, '2025-01-10')['2025-registration']).toBe('upcoming');
  });
  it('a registration done after 31 January is done, and a violation of calendar.ydernumre-registration', () => {
    const r = evaluateClusterYear({ ...base, duties: { ydernumreRegistered: '2025-02-10' } });
    expect(r.duties.find((d) => d.id === '2025-registration')).toMatchObject({ state: 'done', doneOn: '2025-02-10' });
    const f = r.findings.find((x) => x.rule === 'calendar.ydernumre-registration');
    expect(f).toMatchObject({ severity: 'violation', where: 'duties' });
    expect(f?.message.da).toContain('mandag 10. februar 2025');
  });
  it('a recommendation missed (meeting dates not announced) is a warning', () => {
    const r = evaluateClusterYear({ ...base, duties: { meetingDatesAnnounced: false } });
    expect(r.findings.find((x) => x.rule === 'calendar.meeting-dates-announcement')?.severity).toBe('warning');
  });
  it('the activity report not sent is a warning (its date is an interpretation); the eKVIS status not sent is a violation', () => {
    const general = evaluateClusterYear({ ...base, duties: { activityReportSent: false } });
    expect(general.findings.find((x) => x.rule === 'calendar.activity-report')?.severity).toBe('warning');
    const specialist = evaluateClusterYear({ year: 2025, cluster: { ...cluster, scheme: 'speciallaegepraksis' }, duties: { ekvisStatusSent: false } });
    expect(specialist.findings.map((x) => `${x.severity} ${x.rule}`)).toContain('violation calendar.ekvis-status-report');
    expect(specialist.duties.find((d) => d.rule === 'calendar.ekvis-status-report')?.state).toBe('overdue');
  });
  it('payment dates and the members’ proposal deadline are not duties of the cluster', () => {
    const r = evaluateClusterYear({ ...base, agm: { meeting: '2025-03-20' } });
    expect(r.duties.map((d) => d.rule)).not.toContain('calendar.grant-payment');
    expect(r.duties.map((d) => d.rule)).not.toContain('agm.proposal-deadline');
    expect(r.duties.map((d) => d.rule)).toContain('agm.notice-period');
  });
  it('the AGM notice and minutes take their state from the meeting facts', () => {
    const doc2: ClusterYear = { ...base, agm: { meeting: '2025-03-20', noticeSentOn: '2025-03-01' } };
    const s = states(doc2, '2025-04-10');
    expect(s['2025-agm-notice']).toBe('done');
    expect(s['2025-agm-minutes']).toBe('unknown');
  });
});

describe('the AGM as of a date (agm.annual-meeting, agm.meeting-first-quarter)', () => {
  const agmFindings = (asOf: string) =>
    evaluateClusterYear(base, { asOf }).findings.filter((f) => f.rule.startsWith('agm.')).map((f) => `${f.severity} ${f.rule}`);
  it('upcoming until 31 March', () => {
    expect(agmFindings('2025-03-30')).toEqual([]);
    expect(states(base, '2025-03-30')['2025-agm']).toBe('upcoming');
  });
  it('a warning from the end of March until the year ends', () => {
    expect(agmFindings('2025-03-31')).toEqual(['warning agm.meeting-first-quarter']);
    expect(agmFindings('2025-12-30')).toEqual(['warning agm.meeting-first-quarter']);
    expect(states(base, '2025-07-01')['2025-agm']).toBe('overdue');
  });
  it('a violation at the end of the year (the default asOf)', () => {
    expect(agmFindings('2025-12-31')).toEqual(['violation agm.annual-meeting']);
    expect(evaluateClusterYear(base).asOf).toBe('2025-12-31');
    expect(evaluateClusterYear(base).findings.map((f) => f.rule)).toEqual(['agm.annual-meeting']);
  });
  it('a recorded meeting is done from its day; a planned one is upcoming', () => {
    const doc: ClusterYear = { ...base, agm: { meeting: '2025-03-20' } };
    expect(states(doc, '2025-03-20')['2025-agm']).toBe('done');
    expect(states(doc, '2025-03-10')['2025-agm']).toBe('upcoming');
  });
  it('late minutes are not a violation before they are due', () => {
    const doc: ClusterYear = { ...base, agm: { meeting: '2025-03-20', minutesSentOn: '2025-04-20' } };
    const rules = (asOf: string) => evaluateClusterYear(doc, { asOf }).findings.map((f) => f.rule);
    expect(rules('2025-04-02')).not.toContain('agm.minutes-deadline');
    expect(rules('2025-04-03')).toContain('agm.minutes-deadline');
  });
});

describe('options', () => {
  it('a bad or misspelt asOf is an input error under options', () => {
    expect(issuesOf(() => evaluateClusterYear(base, { asOf: '2025-02-30' })).map((i) => i.path)).toEqual([['options', 'asOf']]);
    expect(issuesOf(() => evaluateClusterYear(base, { asof: '2025-02-01' } as never)).map((i) => i.path)).toEqual([['options']]);
  });
});

describe('clusterYearStatus', () => {
  const doc: ClusterYear = {
    year: 2025,
    cluster,
    agm: { meeting: '2025-03-27', noticeSentOn: '2025-03-10', record: { minutesSignedByChair: false } },
    duties: { ydernumreRegistered: '2025-01-28', activityReportSent: false },
  };
  it('lists what is overdue, unknown and due within 30 days of asOf', () => {
    const s = clusterYearStatus(doc, { asOf: '2025-03-15' });
    expect(s.asOf).toBe('2025-03-15');
    // the activity report is dated at the AGM that approves it (§8.1), so "not sent" is not yet overdue on 15 March
    expect(s.overdue).toEqual([]);
    expect(s.unknown).toEqual([]);
    // the AGM itself, its chair, accounts, budget and the activity report on 27 March; minutes and signature due 10 April
    expect(s.dueSoon.map((d) => d.id)).toEqual(['2025-agm', '2025-agm-chair', '2025-agm-accounts', '2025-agm-budget', '2025-activity-report', '2025-agm-minutes-chair-named', '2025-agm-minutes-signed', '2025-agm-minutes']);
    expect(clusterYearStatus(doc, { asOf: '2025-03-28' }).overdue.map((d) => d.id)).toEqual(['2025-activity-report']);
    expect(s.report.asOf).toBe('2025-03-15');
  });
  it('`days` changes the horizon; asOf is required', () => {
    expect(clusterYearStatus(doc, { asOf: '2025-03-15', days: 5 }).dueSoon).toEqual([]);
    expect(issuesOf(() => clusterYearStatus(doc, {} as never)).map((i) => i.path)).toEqual([['options', 'asOf']]);
  });
});
