/** The specialist scheme's duties (ekvis-koordinator) in the year report. */
import { describe, expect, it } from 'vitest';
import { evaluateClusterYear } from '../../src/index.js';
import type { ClusterYear, YearDuties } from '../../src/index.js';
import { specialist } from '../support/clusterYear.js';
import { issuesOf } from '../support/inputErrors.js';

const withDuties = (duties: YearDuties): ClusterYear => ({ ...specialist, duties });
const rules = (doc: ClusterYear, asOf?: string) =>
  evaluateClusterYear(doc, asOf === undefined ? {} : { asOf }).findings.filter((f) => f.where === 'duties').map((f) => `${f.severity} ${f.rule}`);
const meeting = (date: string) => ({ date, agenda: true, attendanceRecorded: true });

describe('duties.specialist-meetings-per-year', () => {
  it('one meeting in a finished year is a warning', () => {
    const r = evaluateClusterYear(withDuties({ meetings: [meeting('2025-03-04')] }));
    const f = r.findings.find((x) => x.rule === 'duties.specialist-meetings-per-year');
    expect(f).toMatchObject({ severity: 'warning', data: { meetings: 1 } });
    expect(r.duties.find((d) => d.id === '2025-meetings-per-year')?.state).toBe('overdue');
  });
  it('before the year ends it is upcoming, and no finding', () => {
    expect(rules(withDuties({ meetings: [meeting('2025-03-04')] }), '2025-06-30')).toEqual([]);
  });
  it('2, 3 and 4 meetings are done without a finding', () => {
    for (const n of [2, 3, 4]) {
      const meetings = Array.from({ length: n }, (_, i) => meeting(`2025-0${i + 2}-10`));
      expect(rules(withDuties({ meetings })), String(n)).toEqual([]);
    }
  });
  it('a 5th meeting is an info: only 4 are refunded', () => {
    const meetings = ['2025-02-10', '2025-04-10', '2025-06-10', '2025-09-10', '2025-11-10'].map(meeting);
    expect(rules(withDuties({ meetings }))).toEqual(['info duties.specialist-meetings-per-year']);
  });
  it('no meetings listed is unknown, not a finding', () => {
    expect(rules(withDuties({}))).toEqual([]);
    expect(evaluateClusterYear(withDuties({})).duties.map((d) => d.id)).not.toContain('2025-meetings-per-year');
  });
});

describe('duties.specialist-meeting-agenda', () => {
  it('a meeting without an agenda, or without the attendance recorded, is a violation', () => {
    const meetings = [meeting('2025-02-10'), { date: '2025-05-06', id: 'SM2', agenda: false, attendanceRecorded: false }];
    expect(rules(withDuties({ meetings }))).toEqual(['violation duties.specialist-meeting-agenda', 'violation duties.specialist-attendance']);
    const msg = evaluateClusterYear(withDuties({ meetings })).findings.find((f) => f.rule === 'duties.specialist-meeting-agenda')?.message;
    expect(msg?.da).toContain('"SM2" tirsdag 6. maj 2025');
  });
  it('duties.specialist-attendance: a meeting with attendance recorded but no fact on the agenda is unknown, not a finding', () => {
    const r = evaluateClusterYear(withDuties({ meetings: [{ date: '2025-02-10', attendanceRecorded: true }, meeting('2025-09-10')] }));
    expect(r.duties.find((d) => d.id === '2025-meeting-1-attendance')).toMatchObject({ state: 'done', rule: 'duties.specialist-attendance' });
    expect(r.duties.find((d) => d.id === '2025-meeting-1-agenda')?.state).toBe('unknown');
    expect(r.findings).toEqual([]);
  });
  it('a meeting after the as-of day is upcoming', () => {
    const r = evaluateClusterYear(withDuties({ meetings: [{ date: '2025-05-06', agenda: false }] }), { asOf: '2025-05-01' });
    expect(r.duties.find((d) => d.id === '2025-meeting-1-agenda')?.state).toBe('upcoming');
  });
});

describe("duties.specialist-coordinators-meeting", () => {
  it('a dated duty of the year, due 31 December', () => {
    const r = evaluateClusterYear(withDuties({}));
    expect(r.duties.find((d) => d.id === '2025-coordinators-meeting')).toMatchObject({ due: '2025-12-31', state: 'unknown', rule: 'duties.specialist-coordinators-meeting' });
  });
  it('not attended is a violation at the end of the year; attended is done', () => {
    expect(rules(withDuties({ coordinatorsMeetingAttended: false }))).toEqual(['violation duties.specialist-coordinators-meeting']);
    expect(rules(withDuties({ coordinatorsMeetingAttended: false }), '2025-11-30')).toEqual([]);
    expect(evaluateClusterYear(withDuties({ coordinatorsMeetingAttended: '2025-10-02' })).duties.find((d) => d.id === '2025-coordinators-meeting')?.state).toBe('done');
  });
});

describe('duties.specialist-coordinator-term', () => {
  it('no term agreed is an info; an agreed term gives none', () => {
    expect(rules(withDuties({ coordinatorTerm: { agreed: false } }))).toEqual(['info duties.specialist-coordinator-term']);
    expect(rules(withDuties({ coordinatorTerm: { agreed: true, years: 2 } }))).toEqual([]);
  });
});

describe('duties.specialist-handover', () => {
  it('eKVIS not told of the change is a violation from the day of the change', () => {
    const doc = withDuties({ coordinatorChange: { on: '2025-11-01', ekvisInformed: false } });
    expect(rules(doc)).toEqual(['violation duties.specialist-handover']);
    expect(rules(doc, '2025-10-31')).toEqual([]);
    expect(evaluateClusterYear(withDuties({ coordinatorChange: { on: '2025-11-01', ekvisInformed: '2025-10-15' } })).duties.find((d) => d.id === '2025-coordinator-handover')).toMatchObject({ state: 'done', doneOn: '2025-10-15' });
  });
});

describe('facts of the wrong scheme or outside the year are input errors', () => {
  it('a specialist fact in general practice, and the reverse', () => {
    const general = { ...specialist, cluster: { ...specialist.cluster, scheme: 'almen-praksis' as const }, duties: { meetings: [] } };
    expect(issuesOf(() => evaluateClusterYear(general)).map((i) => i.path)).toEqual([['duties', 'meetings']]);
    expect(issuesOf(() => evaluateClusterYear(withDuties({ ydernumreRegistered: true }))).map((i) => i.path)).toEqual([['duties', 'ydernumreRegistered']]);
  });
  it('a meeting or a change outside the year', () => {
    expect(issuesOf(() => evaluateClusterYear(withDuties({ meetings: [meeting('2024-12-10')], coordinatorChange: { on: '2026-01-01' } }))).map((i) => i.path)).toEqual([
      ['duties', 'meetings', 0, 'date'],
      ['duties', 'coordinatorChange', 'on'],
    ]);
  });
  it('a misspelt key in the duty facts', () => {
    expect(issuesOf(() => evaluateClusterYear(withDuties({ meetings: [{ date: '2025-02-10', agendaa: true } as never] })))[0]?.path).toEqual(['duties', 'meetings', 0]);
  });
});
