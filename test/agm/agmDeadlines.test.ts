import { describe, expect, it } from 'vitest';
import { pathsOf } from '../support/inputErrors.js';
import { KlyngeInputError } from '../../src/index.js';
import { agmDeadlines } from '../../src/rules/agm/index.js';

describe('agmDeadlines', () => {
  it('meeting Thu 2025-03-27: notice 03-13, proposals 03-13, minutes 04-10, no finding (inside 16–31 March)', () => {
    const d = agmDeadlines('2025-03-27');
    expect(d.meeting).toBe('2025-03-27');
    expect(d.noticeBy).toBe('2025-03-13');
    expect(d.proposalsBy).toBe('2025-03-13');
    expect(d.minutesBy).toBe('2025-04-10');
    expect(d.findings).toEqual([]);
  });

  it('meeting 2025-04-24 (Easter 2025): the explanation lists each day counted and skipped, with names', () => {
    const d = agmDeadlines('2025-04-24');
    expect(d.proposalsBy).toBe('2025-04-07');
    expect(d.noticeBy).toBe('2025-04-10');
    expect(d.minutesBy).toBe('2025-05-08');
    expect(d.explanation.proposalsBy).toEqual({
      rule: 'agm.proposal-deadline',
      source: { document: 'klyngeregler-2023', section: '5.2' },
      method: {
        da: 'Den 10. hverdag talt baglæns fra dagen før mødet',
        en: 'The 10th working day counted backwards from the day before the meeting',
      },
      meeting: '2025-04-24',
      calendarDays: 0,
      workingDays: -10,
      counted: [
        '2025-04-07',
        '2025-04-08',
        '2025-04-09',
        '2025-04-10',
        '2025-04-11',
        '2025-04-14',
        '2025-04-15',
        '2025-04-16',
        '2025-04-22',
        '2025-04-23',
      ],
      skipped: [
        { date: '2025-04-12', kind: 'weekend', name: { da: 'lørdag', en: 'Saturday' } },
        { date: '2025-04-13', kind: 'weekend', name: { da: 'søndag', en: 'Sunday' } },
        { date: '2025-04-17', kind: 'holiday', name: { da: 'Skærtorsdag', en: 'Maundy Thursday' } },
        { date: '2025-04-18', kind: 'holiday', name: { da: 'Langfredag', en: 'Good Friday' } },
        { date: '2025-04-19', kind: 'weekend', name: { da: 'lørdag', en: 'Saturday' } },
        { date: '2025-04-20', kind: 'holiday', name: { da: 'Påskedag', en: 'Easter Sunday' } },
        { date: '2025-04-21', kind: 'holiday', name: { da: '2. påskedag', en: 'Easter Monday' } },
      ],
      skippedSummary: { da: '2 weekender og påsken', en: '2 weekends and Easter' },
      result: '2025-04-07',
    });
    // the doc-comment example
    expect(d.explanation.proposalsBy.skipped.map((s) => s.name.da)).toEqual([
      'lørdag',
      'søndag',
      'Skærtorsdag',
      'Langfredag',
      'lørdag',
      'Påskedag',
      '2. påskedag',
    ]);
    expect(d.explanation.noticeBy.result).toBe(d.noticeBy);
    expect(d.explanation.minutesBy.result).toBe(d.minutesBy);
  });

  it('extra closed days are reported as such', () => {
    const d = agmDeadlines('2025-03-27', { extraClosedDays: ['2025-03-20'] });
    expect(d.explanation.proposalsBy.skipped).toContainEqual({
      date: '2025-03-20',
      kind: 'extra',
      name: { da: 'ekstra lukkedag', en: 'extra closed day' },
    });
  });

  describe('agm.meeting-after-accounts / agm.meeting-first-quarter: the recommended window 16–31 March', () => {
    it('16 March and 31 March are inside the window', () => {
      expect(agmDeadlines('2025-03-16').findings).toEqual([]);
      expect(agmDeadlines('2025-03-31').findings).toEqual([]);
    });

    it('15 March is too early: a warning that says the accounts come after 1 March', () => {
      expect(agmDeadlines('2025-03-15').findings).toEqual([
        {
          rule: 'agm.meeting-after-accounts',
          severity: 'warning',
          message: {
            da: 'Årsmødet lørdag 15. marts 2025 ligger før det anbefalede tidsrum søndag 16. marts 2025–mandag 31. marts 2025: PLO sender først regnskabet for det foregående år ud efter 1. marts, så mødet bør holdes efter 15. marts, hvor regnskabet kan lægges frem.',
            en: "The meeting on Saturday 15 March 2025 is before the recommended window Sunday 16 March 2025–Monday 31 March 2025: PLO sends out the previous year's accounts only after 1 March, so the meeting should be held after 15 March, when the accounts can be presented.",
          },
          source: { document: 'kiap-guide', section: 'Regler for budget og regnskab' },
          data: { meeting: '2025-03-15', windowFrom: '2025-03-16', windowUntil: '2025-03-31' },
        },
      ]);
      expect(agmDeadlines('2024-01-10').findings.map((f) => f.rule)).toEqual(['agm.meeting-after-accounts']);
    });

    it('1 April is after the first quarter: a warning citing §4.3', () => {
      expect(agmDeadlines('2025-04-01').findings).toEqual([
        {
          rule: 'agm.meeting-first-quarter',
          severity: 'warning',
          message: {
            da: 'Årsmødet tirsdag 1. april 2025 ligger efter det anbefalede tidsrum søndag 16. marts 2025–mandag 31. marts 2025: reglerne lægger op til, at årsmødet som udgangspunkt holdes i første kvartal.',
            en: 'The meeting on Tuesday 1 April 2025 is after the recommended window Sunday 16 March 2025–Monday 31 March 2025: the rules expect the annual meeting to be held in the first quarter as a rule.',
          },
          source: { document: 'klyngeregler-2023', section: '4.3' },
          data: { meeting: '2025-04-01', windowFrom: '2025-03-16', windowUntil: '2025-03-31' },
        },
      ]);
      expect(agmDeadlines('2024-12-31').findings.map((f) => [f.rule, f.severity])).toEqual([['agm.meeting-first-quarter', 'warning']]);
    });

    it('the window is in the meeting year, also in a leap year', () => {
      expect(agmDeadlines('2024-03-16').findings).toEqual([]);
      expect(agmDeadlines('2024-03-15').findings[0]!.data).toEqual({ meeting: '2024-03-15', windowFrom: '2024-03-16', windowUntil: '2024-03-31' });
    });
  });

  describe('agm.extraordinary-meeting', () => {
    it('same deadlines, no window warning', () => {
      const ordinary = agmDeadlines('2025-06-12', { meetingKind: 'ordinary' });
      const extra = agmDeadlines('2025-06-12', { meetingKind: 'extraordinary' });
      expect(ordinary.findings.map((f) => f.rule)).toEqual(['agm.meeting-first-quarter']);
      expect(extra.findings).toEqual([]);
      expect([extra.noticeBy, extra.proposalsBy, extra.minutesBy]).toEqual(['2025-05-29', '2025-05-26', '2025-06-26']);
      expect([extra.noticeBy, extra.proposalsBy, extra.minutesBy]).toEqual([ordinary.noticeBy, ordinary.proposalsBy, ordinary.minutesBy]);
      expect(agmDeadlines('2025-01-20', { meetingKind: 'extraordinary' }).findings).toEqual([]);
    });
  });

  it('hands out no object the library keeps: changing a result does not change the next one or the catalogue', () => {
    const first = agmDeadlines('2025-04-24');
    (first.explanation.proposalsBy.skipped[0]!.name as { da: string }).da = 'HACKED';
    (first.explanation.proposalsBy.source as { section: string }).section = 'X';
    (first.findings[0]!.source as { section: string }).section = 'X';
    const next = agmDeadlines('2025-04-24');
    expect(next.explanation.proposalsBy.skipped[0]!.name.da).toBe('lørdag');
    expect(next.explanation.proposalsBy.source.section).toBe('5.2');
    expect(next.findings[0]!.source.section).toBe('4.3');
  });

  it('does not mutate its options', () => {
    const options = { extraClosedDays: ['2025-03-20'], noticeOnWorkingDay: true };
    const copy = structuredClone(options);
    agmDeadlines('2025-03-27', options);
    expect(options).toEqual(copy);
  });

  it('bad input throws KlyngeInputError with the path', () => {
    expect(pathsOf(() => agmDeadlines('2025-02-30'))).toEqual([['meeting']]);
    expect(pathsOf(() => agmDeadlines('2025-03-27', { meetingKind: 'annual' } as never))).toEqual([['options', 'meetingKind']]);
    expect(pathsOf(() => agmDeadlines('2025-03-27', { extraClosedDays: ['2025-02-30'] }))).toEqual([['options', 'extraClosedDays', 0]]);
    expect(pathsOf(() => agmDeadlines('2025-03-27', { noticeBy: 3 } as never))).toEqual([['options']]);
    expect(pathsOf(() => agmDeadlines('2025-03-27', null as never))).toEqual([['options']]);
  });
});
