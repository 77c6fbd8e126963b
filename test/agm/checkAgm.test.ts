import { describe, expect, it } from 'vitest';
import { pathsOf } from '../support/inputErrors.js';
import { KlyngeInputError } from '../../src/index.js';
import { agmDeadlines, checkAgm } from '../../src/rules/agm/index.js';

const MEETING = '2025-03-27'; // noticeBy 2025-03-13, proposalsBy 2025-03-13, minutesBy 2025-04-10

/** The paths of the input error that `fn` throws. */

describe('checkAgm', () => {
  it('returns the deadlines and no findings when nothing but the meeting is given (facts not given are not judged)', () => {
    const result = checkAgm({ meeting: MEETING });
    expect(result.deadlines).toEqual(agmDeadlines(MEETING));
    expect(result.findings).toEqual([]);
  });

  it('everything on time, on the last allowed days: no findings', () => {
    const result = checkAgm({
      meeting: MEETING,
      noticeSentOn: '2025-03-13',
      agendaIncluded: true,
      proposals: [{ id: 'P1', receivedOn: '2025-03-13' }],
      minutesSentOn: '2025-04-10',
      elections: [{ post: 'klyngekoordinator', name: 'Anne Hansen', term: '2025–2027', fee: 30000 }],
    });
    expect(result.findings).toEqual([]);
  });

  describe('agm.notice-period', () => {
    it('a notice one day late is a violation with the figures', () => {
      expect(checkAgm({ meeting: MEETING, noticeSentOn: '2025-03-14' }).findings).toEqual([
        {
          rule: 'agm.notice-period',
          severity: 'violation',
          message: {
            da: 'Indkaldelsen blev sendt fredag 14. marts 2025, men skulle være sendt senest torsdag 13. marts 2025: der skal være mindst 14 dages varsel før mødet torsdag 27. marts 2025, og der var 13.',
            en: "The notice went out on Friday 14 March 2025 but was due by Thursday 13 March 2025: the meeting on Thursday 27 March 2025 needs at least 14 days' notice, and it had 13.",
          },
          source: { document: 'klyngeregler-2023', section: '4' },
          data: { noticeSentOn: '2025-03-14', noticeBy: '2025-03-13', meeting: MEETING, daysOfNotice: 13 },
        },
      ]);
    });

    it('a notice without the agenda is a violation, even when on time', () => {
      expect(checkAgm({ meeting: MEETING, noticeSentOn: '2025-03-01', agendaIncluded: false }).findings).toEqual([
        {
          rule: 'agm.notice-period',
          severity: 'violation',
          message: {
            da: 'Dagsordenen blev ikke sendt med indkaldelsen; den skal følge med.',
            en: 'The agenda did not go out with the notice; it must accompany it.',
          },
          source: { document: 'klyngeregler-2023', section: '4' },
          data: { agendaIncluded: false },
        },
      ]);
    });

    it('late and without agenda: two violations; agenda not stated: not judged', () => {
      expect(checkAgm({ meeting: MEETING, noticeSentOn: '2025-03-20', agendaIncluded: false }).findings.map((f) => f.data)).toEqual([
        { noticeSentOn: '2025-03-20', noticeBy: '2025-03-13', meeting: MEETING, daysOfNotice: 7 },
        { agendaIncluded: false },
      ]);
      expect(checkAgm({ meeting: MEETING, agendaIncluded: false }).findings).toHaveLength(1);
      expect(checkAgm({ meeting: MEETING, agendaIncluded: true }).findings).toEqual([]);
    });

    it('noticeOnWorkingDay moves the limit back (options reach the deadlines)', () => {
      const facts = { meeting: '2025-05-05', kind: 'extraordinary' as const, noticeSentOn: '2025-04-21' };
      expect(checkAgm(facts).findings).toEqual([]);
      const late = checkAgm(facts, { noticeOnWorkingDay: true });
      expect(late.deadlines.noticeBy).toBe('2025-04-16');
      expect(late.findings.map((f) => [f.rule, f.severity])).toEqual([['agm.notice-period', 'violation']]);
    });
  });

  describe('agm.proposal-deadline', () => {
    it('a late proposal is a warning; the cluster need not take it up', () => {
      const result = checkAgm({
        meeting: MEETING,
        proposals: [
          { id: 'on-time', receivedOn: '2025-03-10' },
          { id: 'late', receivedOn: '2025-03-14' },
        ],
      });
      expect(result.findings).toEqual([
        {
          rule: 'agm.proposal-deadline',
          severity: 'warning',
          message: {
            da: 'Forslaget "late" kom fredag 14. marts 2025, efter fristen torsdag 13. marts 2025; klyngen behøver ikke at behandle det på mødet.',
            en: 'Proposal "late" arrived on Friday 14 March 2025, after the deadline Thursday 13 March 2025; the cluster need not take it up at the meeting.',
          },
          source: { document: 'klyngeregler-2023', section: '5.2' },
          data: { id: 'late', receivedOn: '2025-03-14', proposalsBy: '2025-03-13' },
        },
      ]);
    });

    it('Easter 2025: a proposal on 2025-04-08 for a meeting on 2025-04-24 is late', () => {
      const f = checkAgm({ meeting: '2025-04-24', kind: 'extraordinary', proposals: [{ id: 'x', receivedOn: '2025-04-08' }] }).findings;
      expect(f.map((x) => x.data)).toEqual([{ id: 'x', receivedOn: '2025-04-08', proposalsBy: '2025-04-07' }]);
    });

    it('a proposal without a date is an input error', () => {
      expect(pathsOf(() => checkAgm({ meeting: MEETING, proposals: [{ id: 'P1' }] } as never))).toEqual([['proposals', 0, 'receivedOn']]);
      expect(pathsOf(() => checkAgm({ meeting: MEETING, proposals: [{ id: 'P1', receivedOn: '2025-02-30' }] }))).toEqual([
        ['proposals', 0, 'receivedOn'],
      ]);
      expect(pathsOf(() => checkAgm({ meeting: MEETING, proposals: [{ id: '', receivedOn: '2025-03-01' }] }))).toEqual([['proposals', 0, 'id']]);
    });
  });

  describe('agm.minutes-deadline', () => {
    it('minutes after minutesBy are a violation', () => {
      expect(checkAgm({ meeting: MEETING, minutesSentOn: '2025-04-11' }).findings).toEqual([
        {
          rule: 'agm.minutes-deadline',
          severity: 'violation',
          message: {
            da: 'Referatet blev sendt fredag 11. april 2025, men skulle være sendt senest torsdag 10. april 2025 (14 dage efter mødet torsdag 27. marts 2025).',
            en: 'The minutes went out on Friday 11 April 2025 but were due by Thursday 10 April 2025 (14 days after the meeting on Thursday 27 March 2025).',
          },
          source: { document: 'klyngeregler-2023', section: '5.3' },
          data: { minutesSentOn: '2025-04-11', minutesBy: '2025-04-10', meeting: MEETING },
        },
      ]);
    });

    it('the rolled deadline counts: meeting 2025-04-03, minutes on 2025-04-22 are on time', () => {
      expect(checkAgm({ meeting: '2025-04-03', kind: 'extraordinary', minutesSentOn: '2025-04-22' }).findings).toEqual([]);
      expect(checkAgm({ meeting: '2025-04-03', kind: 'extraordinary', minutesSentOn: '2025-04-23' }).findings).toHaveLength(1);
    });

    it('minutes on the meeting day are fine; minutes before the meeting are an input error', () => {
      expect(checkAgm({ meeting: MEETING, minutesSentOn: MEETING }).findings).toEqual([]);
      expect(pathsOf(() => checkAgm({ meeting: MEETING, minutesSentOn: '2025-03-26' }))).toEqual([['minutesSentOn']]);
      expect(() => checkAgm({ meeting: MEETING, minutesSentOn: '2025-03-26' })).toThrow(
        'the minutes cannot be sent (Wednesday 26 March 2025) before the meeting (Thursday 27 March 2025)',
      );
    });
  });

  describe('agm.election-record', () => {
    it('an election without term and fee is a violation naming what is missing', () => {
      expect(checkAgm({ meeting: MEETING, elections: [{ post: 'klyngekoordinator', name: 'Anne Hansen' }] }).findings).toEqual([
        {
          rule: 'agm.election-record',
          severity: 'violation',
          message: {
            da: 'Valget til posten "klyngekoordinator" mangler valgperiode, honorering i referatet.',
            en: 'The election to the post "klyngekoordinator" lacks the term, fee in the minutes.',
          },
          source: { document: 'klyngeregler-2023', section: '5.4' },
          data: { index: 0, post: 'klyngekoordinator', missing: ['term', 'fee'] },
        },
      ]);
    });

    it('each missing field is found; blank strings count as missing; a fee of 0 is recorded', () => {
      const result = checkAgm({
        meeting: MEETING,
        elections: [
          { post: 'A', term: '2 år', fee: 0 },
          { post: 'B', name: '  ', term: '2 år', fee: 'honorarfri' },
          { post: 'C', name: 'Bo Berg', term: '', fee: '10000' },
          { post: 'D', name: 'Bo Berg', term: '2 år', fee: ' ' },
          { post: 'E' },
          { post: 'F', name: 'Ida Ib', term: '1 år', fee: '0' },
        ],
      });
      expect(result.findings.map((f) => f.data)).toEqual([
        { index: 0, post: 'A', missing: ['name'] },
        { index: 1, post: 'B', missing: ['name'] },
        { index: 2, post: 'C', missing: ['term'] },
        { index: 3, post: 'D', missing: ['fee'] },
        { index: 4, post: 'E', missing: ['name', 'term', 'fee'] },
      ]);
      expect(result.findings[4]!.message).toEqual({
        da: 'Valget til posten "E" mangler fulde navn, valgperiode, honorering i referatet.',
        en: 'The election to the post "E" lacks the full name, term, fee in the minutes.',
      });
    });

    it('rejects an election without a post, a negative fee or unknown keys', () => {
      expect(pathsOf(() => checkAgm({ meeting: MEETING, elections: [{ post: ' ' }] }))).toEqual([['elections', 0, 'post']]);
      expect(pathsOf(() => checkAgm({ meeting: MEETING, elections: [{ post: 'A', fee: -1 }] }))).toEqual([['elections', 0, 'fee']]);
      expect(pathsOf(() => checkAgm({ meeting: MEETING, elections: [{ post: 'A', email: 'x' }] } as never))).toEqual([['elections', 0]]);
    });
  });

  it('the window warning of an ordinary meeting comes first; an extraordinary meeting has none', () => {
    const facts = { meeting: '2025-04-24', noticeSentOn: '2025-04-11', minutesSentOn: '2025-05-09', elections: [{ post: 'X' }] };
    expect(checkAgm(facts).findings.map((f) => [f.rule, f.severity])).toEqual([
      ['agm.meeting-first-quarter', 'warning'],
      ['agm.notice-period', 'violation'],
      ['agm.minutes-deadline', 'violation'],
      ['agm.election-record', 'violation'],
    ]);
    expect(checkAgm({ ...facts, kind: 'ordinary' }).findings).toHaveLength(4);
    expect(checkAgm({ ...facts, kind: 'extraordinary' }).findings.map((f) => f.rule)).toEqual([
      'agm.notice-period',
      'agm.minutes-deadline',
      'agm.election-record',
    ]);
  });

  it('does not mutate its input', () => {
    const input = { meeting: MEETING, proposals: [{ id: 'a', receivedOn: '2025-03-20' }], elections: [{ post: 'A' }] };
    const copy = structuredClone(input);
    checkAgm(input);
    expect(input).toEqual(copy);
  });

  it('rejects bad input and options with KlyngeInputError', () => {
    expect(pathsOf(() => checkAgm({ meeting: '2025-02-30' }))).toEqual([['meeting']]);
    expect(pathsOf(() => checkAgm({ meeting: MEETING, noticeSentOn: '13-03-2025' }))).toEqual([['noticeSentOn']]);
    expect(pathsOf(() => checkAgm({ meeting: MEETING, kind: 'annual' } as never))).toEqual([['kind']]);
    expect(pathsOf(() => checkAgm({ meeting: MEETING, agendaIncluded: 'yes' } as never))).toEqual([['agendaIncluded']]);
    expect(pathsOf(() => checkAgm({ meeting: MEETING, notice: '2025-03-01' } as never))).toEqual([[]]);
    expect(pathsOf(() => checkAgm({ meeting: MEETING }, { meetingKind: 'ordinary' } as never))).toEqual([['options']]);
    expect(pathsOf(() => checkAgm({ meeting: MEETING }, { closedDays: 'none' } as never))).toEqual([['options', 'closedDays']]);
    expect(pathsOf(() => checkAgm(undefined as never))).toEqual([[]]);
  });
});

describe('checkAgm quotes the caller\'s values through echo(): no CPR-shaped number, no endless id in a message', () => {
  const CPR = /(?<!\d)\d{6}-?\d{4}(?!\d)/;
  const texts = (findings: { message: { da: string; en: string } }[]) => findings.flatMap((f) => [f.message.da, f.message.en]);

  it.each(['010190-1234', '0101901234', 'cpr_010190-1234', 'x0101901234'])('a proposal id %s and an election post of the same shape are redacted', (id) => {
    const { findings } = checkAgm({
      meeting: MEETING,
      proposals: [{ id, receivedOn: '2025-03-20' }],
      elections: [{ post: id, name: 'Anne Hansen' }],
    });
    expect(findings.map((f) => f.rule)).toEqual(['agm.proposal-deadline', 'agm.election-record']);
    for (const text of texts(findings)) {
      expect(text).not.toMatch(CPR);
      expect(text).toContain('[CPR]');
    }
    // structured fields keep the caller's value as given
    expect(findings[0]!.data).toMatchObject({ id });
  });

  it('a very long proposal id is cut to 40 characters in the message', () => {
    const id = 'P'.repeat(10_000);
    const [warning] = checkAgm({ meeting: MEETING, proposals: [{ id, receivedOn: '2025-03-20' }] }).findings;
    expect(warning!.message.en).toBe(`Proposal "${'P'.repeat(40)}…" arrived on Thursday 20 March 2025, after the deadline Thursday 13 March 2025; the cluster need not take it up at the meeting.`);
  });
});
