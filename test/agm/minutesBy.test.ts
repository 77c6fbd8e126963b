import { describe, expect, it } from 'vitest';
import { issuesOf } from '../support/inputErrors.js';
import { KlyngeInputError } from '../../src/index.js';
import { agmDeadlines, minutesBy } from '../../src/rules/agm/index.js';

describe('agm.minutes-deadline: minutesBy', () => {
  it('is 14 calendar days after the meeting when that is a working day: 2025-03-27 → 2025-04-10', () => {
    expect(minutesBy('2025-03-27')).toBe('2025-04-10');
  });

  it('moves forward to the next working day: 2025-04-03 → 2025-04-17 (skærtorsdag) → 2025-04-22', () => {
    expect(minutesBy('2025-04-03')).toBe('2025-04-22');
    const e = agmDeadlines('2025-04-03').explanation.minutesBy;
    expect(e).toEqual({
      rule: 'agm.minutes-deadline',
      source: { document: 'klyngeregler-2023', section: '5.3' },
      method: {
        da: '14 kalenderdage efter mødet; er den dag ikke en hverdag, den næste hverdag',
        en: '14 calendar days after the meeting; if that is not a working day, the next working day',
      },
      meeting: '2025-04-03',
      calendarDays: 14,
      workingDays: 0,
      counted: [],
      skipped: [
        { date: '2025-04-17', kind: 'holiday', name: { da: 'Skærtorsdag', en: 'Maundy Thursday' } },
        { date: '2025-04-18', kind: 'holiday', name: { da: 'Langfredag', en: 'Good Friday' } },
        { date: '2025-04-19', kind: 'weekend', name: { da: 'lørdag', en: 'Saturday' } },
        { date: '2025-04-20', kind: 'holiday', name: { da: 'Påskedag', en: 'Easter Sunday' } },
        { date: '2025-04-21', kind: 'holiday', name: { da: '2. påskedag', en: 'Easter Monday' } },
      ],
      movedFrom: '2025-04-17',
      skippedSummary: { da: '1 weekend og påsken', en: '1 weekend and Easter' },
      result: '2025-04-22',
    });
  });

  it('a weekend moves to Monday; Grundlovsdag only in statutory mode', () => {
    expect(minutesBy('2025-03-22')).toBe('2025-04-07');
    expect(minutesBy('2025-05-22')).toBe('2025-06-06');
    expect(minutesBy('2025-05-22', { closedDays: 'holidays-only' })).toBe('2025-06-05');
  });

  it('24 and 31 December are closed in statutory mode', () => {
    expect(minutesBy('2025-12-10')).toBe('2025-12-29');
    expect(minutesBy('2025-12-17')).toBe('2026-01-02');
    expect(minutesBy('2025-12-17', { closedDays: 'holidays-only' })).toBe('2025-12-31');
  });

  it('an unmoved deadline has no movedFrom and no skipped days', () => {
    const e = agmDeadlines('2025-03-27').explanation.minutesBy;
    expect(e.skipped).toEqual([]);
    expect('movedFrom' in e).toBe(false);
  });

  it('rejects bad input', () => {
    expect(() => minutesBy('2025-02-29')).toThrow(KlyngeInputError);
    expect(() => minutesBy('2025-03-27', { extraClosedDays: ['2025-02-30'] })).toThrow(KlyngeInputError);
    expect(() => minutesBy(20250327 as never)).toThrow(KlyngeInputError);
  });

  it('an impossible meeting date is refused at meeting', () => {
    expect(issuesOf(() => minutesBy('2025-02-30')).map((i) => i.path)).toEqual([['meeting']]);
  });
});
