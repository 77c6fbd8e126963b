import { describe, expect, it } from 'vitest';
import { KlyngeInputError } from '../../src/index.js';
import { agmDeadlines, noticeBy } from '../../src/rules/agm/index.js';

describe('agm.notice-period: noticeBy', () => {
  it('is 14 calendar days before the meeting: 2025-03-27 → 2025-03-13', () => {
    expect(noticeBy('2025-03-27')).toBe('2025-03-13');
  });

  it('by default stays on a closed day (the notice is electronic)', () => {
    expect(noticeBy('2025-05-05')).toBe('2025-04-21'); // 2. påskedag
    expect(noticeBy('2025-03-30')).toBe('2025-03-16'); // a Sunday
    expect(noticeBy('2025-05-05', { noticeOnWorkingDay: false })).toBe('2025-04-21');
  });

  it('noticeOnWorkingDay moves it back to the previous working day', () => {
    expect(noticeBy('2025-05-05', { noticeOnWorkingDay: true })).toBe('2025-04-16');
    expect(noticeBy('2025-03-30', { noticeOnWorkingDay: true })).toBe('2025-03-14');
    expect(noticeBy('2025-03-27', { noticeOnWorkingDay: true })).toBe('2025-03-13');
  });

  it('noticeOnWorkingDay follows the calendar mode (Grundlovsdag)', () => {
    expect(noticeBy('2025-06-19', { noticeOnWorkingDay: true })).toBe('2025-06-04');
    expect(noticeBy('2025-06-19', { noticeOnWorkingDay: true, closedDays: 'holidays-only' })).toBe('2025-06-05');
  });

  it('explains a moved notice day with every day skipped and its name', () => {
    const e = agmDeadlines('2025-05-05', { noticeOnWorkingDay: true }).explanation.noticeBy;
    expect(e).toEqual({
      rule: 'agm.notice-period',
      source: { document: 'klyngeregler-2023', section: '4' },
      method: {
        da: '14 kalenderdage før mødet; er den dag ikke en hverdag, den nærmeste hverdag før',
        en: '14 calendar days before the meeting; if that is not a working day, the previous working day',
      },
      meeting: '2025-05-05',
      calendarDays: -14,
      workingDays: 0,
      counted: [],
      skipped: [
        { date: '2025-04-17', kind: 'holiday', name: { da: 'Skærtorsdag', en: 'Maundy Thursday' } },
        { date: '2025-04-18', kind: 'holiday', name: { da: 'Langfredag', en: 'Good Friday' } },
        { date: '2025-04-19', kind: 'weekend', name: { da: 'lørdag', en: 'Saturday' } },
        { date: '2025-04-20', kind: 'holiday', name: { da: 'Påskedag', en: 'Easter Sunday' } },
        { date: '2025-04-21', kind: 'holiday', name: { da: '2. påskedag', en: 'Easter Monday' } },
      ],
      movedFrom: '2025-04-21',
      skippedSummary: { da: '1 weekend og påsken', en: '1 weekend and Easter' },
      result: '2025-04-16',
    });
  });

  it('explains an unmoved notice day without movedFrom', () => {
    const e = agmDeadlines('2025-05-05').explanation.noticeBy;
    expect(e.method).toEqual({ da: '14 kalenderdage før mødet', en: '14 calendar days before the meeting' });
    expect(e.skipped).toEqual([]);
    expect('movedFrom' in e).toBe(false);
    expect(e.result).toBe('2025-04-21');
    const onWorkingDay = agmDeadlines('2025-03-27', { noticeOnWorkingDay: true }).explanation.noticeBy;
    expect(onWorkingDay.skipped).toEqual([]);
    expect('movedFrom' in onWorkingDay).toBe(false);
  });

  it('rejects impossible dates and bad options', () => {
    expect(() => noticeBy('2025-13-01')).toThrow(KlyngeInputError);
    expect(() => noticeBy('27-03-2025')).toThrow(KlyngeInputError);
    expect(() => noticeBy('2025-03-27', { meetingKind: 'special' } as never)).toThrow(KlyngeInputError);
  });
});
