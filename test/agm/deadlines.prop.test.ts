import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../../src/core/dates.js';
import { isRuleId, isWorkingDay, KlyngeInputError, workingDaysBetween } from '../../src/index.js';
import { agmDeadlines, checkAgm, minutesBy, noticeBy, proposalsBy } from '../../src/rules/agm/index.js';

const FIRST = toDayNumber('1901-01-01');
const LAST = toDayNumber('2298-12-01');
const meetingDay = fc.integer({ min: FIRST, max: LAST });
const meeting = meetingDay.map(fromDayNumber);
const calendarOptions = fc.record(
  {
    closedDays: fc.constantFrom('statutory' as const, 'holidays-only' as const),
    noticeOnWorkingDay: fc.boolean(),
    meetingKind: fc.constantFrom('ordinary' as const, 'extraordinary' as const),
  },
  { requiredKeys: [] },
);

describe('AGM deadline properties', () => {
  test.prop([meeting, calendarOptions])('proposalsBy < meeting, with exactly 10 working days in [proposalsBy, meeting)', (m, options) => {
    const p = proposalsBy(m, options);
    expect(p < m).toBe(true);
    expect(workingDaysBetween(p, m, options.closedDays === undefined ? {} : { closedDays: options.closedDays })).toBe(10);
    expect(isWorkingDay(p, options.closedDays === undefined ? {} : { closedDays: options.closedDays })).toBe(true);
  });

  test.prop([meeting, calendarOptions])('minutesBy is a working day ≥ meeting + 14, and the first such day', (m, options) => {
    const calendar = options.closedDays === undefined ? {} : { closedDays: options.closedDays };
    const minutes = minutesBy(m, options);
    const earliest = addDays(m, 14);
    expect(minutes >= earliest).toBe(true);
    expect(isWorkingDay(minutes, calendar)).toBe(true);
    expect(workingDaysBetween(earliest, minutes, calendar)).toBe(0);
  });

  test.prop([meeting])('noticeBy = meeting − 14 calendar days', (m) => {
    expect(noticeBy(m)).toBe(addDays(m, -14));
    expect(noticeBy(m, { noticeOnWorkingDay: false })).toBe(addDays(m, -14));
  });

  test.prop([meeting])('with noticeOnWorkingDay, noticeBy is the last working day on or before meeting − 14', (m) => {
    const n = noticeBy(m, { noticeOnWorkingDay: true });
    expect(isWorkingDay(n)).toBe(true);
    expect(n <= addDays(m, -14)).toBe(true);
    expect(workingDaysBetween(addDays(n, 1), addDays(m, -13))).toBe(0);
  });

  test.prop([meetingDay, fc.integer({ min: 1, max: 60 }), calendarOptions])(
    'a later meeting never gives an earlier deadline (each of the three)',
    (day, gap, options) => {
      const early = agmDeadlines(fromDayNumber(day), options);
      const late = agmDeadlines(fromDayNumber(Math.min(day + gap, LAST)), options);
      expect(late.noticeBy >= early.noticeBy).toBe(true);
      expect(late.proposalsBy >= early.proposalsBy).toBe(true);
      expect(late.minutesBy >= early.minutesBy).toBe(true);
    },
  );

  test.prop([meeting, calendarOptions])('agmDeadlines composes the rule functions; the explanation is consistent', (m, options) => {
    const d = agmDeadlines(m, options);
    expect(d.noticeBy).toBe(noticeBy(m, options));
    expect(d.proposalsBy).toBe(proposalsBy(m, options));
    expect(d.minutesBy).toBe(minutesBy(m, options));
    const e = d.explanation.proposalsBy;
    expect(e.counted).toHaveLength(10);
    expect(e.counted[0]).toBe(d.proposalsBy);
    expect([...e.counted, ...e.skipped.map((s) => s.date)].sort()).toEqual(
      Array.from({ length: toDayNumber(m) - toDayNumber(d.proposalsBy) }, (_, i) => addDays(d.proposalsBy, i)),
    );
    for (const finding of d.findings) {
      expect(isRuleId(finding.rule)).toBe(true);
      expect(finding.severity).toBe('warning');
    }
    const inWindow = m.slice(5) >= '03-16' && m.slice(5) <= '03-31';
    expect(d.findings.length).toBe(options.meetingKind === 'extraordinary' || inWindow ? 0 : 1);
  });

  test.prop([meeting, fc.anything()])('checkAgm either judges or throws KlyngeInputError, never another error; pure', (m, junk) => {
    const input = { meeting: m, proposals: [{ id: 'p', receivedOn: m }], extra: junk };
    const copy = structuredClone(input);
    expect(() => checkAgm(input as never)).toThrow(KlyngeInputError);
    expect(input).toEqual(copy);
    expect(checkAgm({ meeting: m })).toEqual(checkAgm({ meeting: m }));
  });
});
