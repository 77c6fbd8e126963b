import { describe, expect, it } from 'vitest';
import { issuesOf } from '../support/inputErrors.js';
import { KlyngeInputError, workingDaysBetween } from '../../src/index.js';
import { agmDeadlines, proposalsBy } from '../../src/rules/agm/index.js';

describe('agm.proposal-deadline: proposalsBy', () => {
  it('meeting Thu 2025-03-27 → 2025-03-13 (design)', () => {
    expect(proposalsBy('2025-03-27')).toBe('2025-03-13');
  });

  it('meeting 2025-04-24 → 2025-04-07, Easter 2025 skipped (design)', () => {
    expect(proposalsBy('2025-04-24')).toBe('2025-04-07');
    expect(workingDaysBetween('2025-04-07', '2025-04-24')).toBe(10);
  });

  it('Store Bededag 2023 (2023-05-05) is skipped; its Friday in 2024 (2024-04-26) is counted', () => {
    const y2023 = agmDeadlines('2023-05-11');
    expect(y2023.proposalsBy).toBe('2023-04-26');
    expect(y2023.explanation.proposalsBy.skipped).toContainEqual({
      date: '2023-05-05',
      kind: 'holiday',
      name: { da: 'Store bededag', en: 'Great Prayer Day' },
    });
    const y2024 = agmDeadlines('2024-05-02');
    expect(y2024.proposalsBy).toBe('2024-04-18');
    expect(y2024.explanation.proposalsBy.counted).toContain('2024-04-26');
    expect(y2024.explanation.proposalsBy.skipped.map((s) => s.date)).toEqual(['2024-04-20', '2024-04-21', '2024-04-27', '2024-04-28']);
  });

  it('statutory mode closes Grundlovsdag; holidays-only counts it', () => {
    // 2025-06-12: back over 2. pinsedag (06-09), Grundlovsdag (06-05) and Kristi himmelfartsdag (05-29)
    expect(proposalsBy('2025-06-12')).toBe('2025-05-26');
    expect(proposalsBy('2025-06-12', { closedDays: 'holidays-only' })).toBe('2025-05-27');
    expect(proposalsBy('2025-06-12', { closedDays: 'statutory' })).toBe('2025-05-26');
  });

  it('extra closed days are skipped too', () => {
    expect(proposalsBy('2025-03-27', { extraClosedDays: ['2025-03-20'] })).toBe('2025-03-12');
  });

  it('accepts the AGM options (they do not change this deadline)', () => {
    expect(proposalsBy('2025-03-27', { noticeOnWorkingDay: true, meetingKind: 'extraordinary' })).toBe('2025-03-13');
  });

  it('counts from the day before a meeting held on a weekend', () => {
    expect(proposalsBy('2025-03-29')).toBe('2025-03-17');
    expect(workingDaysBetween('2025-03-17', '2025-03-29')).toBe(10);
  });

  it('rejects impossible dates and unknown options with KlyngeInputError', () => {
    expect(() => proposalsBy('2025-02-30')).toThrow(KlyngeInputError);
    expect(() => proposalsBy('2025-02-30')).toThrow(/meeting/);
    expect(() => proposalsBy('2025-03-27', { closedDays: 'none' } as never)).toThrow(KlyngeInputError);
    expect(() => proposalsBy('2025-03-27', { foo: 1 } as never)).toThrow(KlyngeInputError);
  });

  it('reports the path of the bad option', () => {
    expect(issuesOf(() => proposalsBy('2025-03-27', { noticeOnWorkingDay: 'yes' } as never)).map((i) => i.path)).toEqual([['options', 'noticeOnWorkingDay']]);
  });

  it('a computation leaving the supported calendar is an input error, not a crash', () => {
    expect(() => proposalsBy('1900-01-05')).toThrow(KlyngeInputError);
  });
});
