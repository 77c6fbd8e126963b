/**
 * agmDeadlines computes its dates through per-year tables and builds the
 * explanation only when it is read (an optimisation, see docs/performance.md).
 * These tests tie it to the executable specification: the explain* functions
 * and the window check as they were written before the optimisation
 * (`reference` below). Results must be the same, byte for byte in JSON.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, fromDayNumber, MAX_YEAR, MIN_YEAR, partsOf, toDayNumber } from '../../src/core/dates.js';
import type { IsoDate } from '../../src/core/dates.js';
import { finding } from '../../src/core/findings.js';
import type { Finding } from '../../src/core/findings.js';
import { AGM_WINDOW } from '../../src/params/agm.js';
import { agmDeadlines, explainAgmDeadlines } from '../../src/rules/agm/agmDeadlines.js';
import { explainMinutesBy } from '../../src/rules/agm/minutesBy.js';
import { explainNoticeBy } from '../../src/rules/agm/noticeBy.js';
import { resolveAgmOptions } from '../../src/rules/agm/options.js';
import type { AgmOptions } from '../../src/rules/agm/options.js';
import { explainProposalsBy } from '../../src/rules/agm/proposalsBy.js';
import { agmRules } from '../../src/rules/agm/rules.js';
import { isoDateNear, yearTable, yearTableNear, yearTableOf } from '../../src/rules/agm/yearTables.js';

/** The window check as written before the optimisation (through `finding()`, dates from `fromDayNumber`). */
function referenceWindowFindings(meetingDay: number, meeting: IsoDate): Finding[] {
  const { year } = partsOf(meetingDay);
  const from = dayNumberOf(year, AGM_WINDOW.from.month, AGM_WINDOW.from.day);
  const until = dayNumberOf(year, AGM_WINDOW.until.month, AGM_WINDOW.until.day);
  const data = { meeting, windowFrom: fromDayNumber(from), windowUntil: fromDayNumber(until) };
  if (meetingDay < from) {
    return [
      finding(
        agmRules['agm.meeting-after-accounts'],
        'warning',
        {
          da: `Årsmødet ${meeting} ligger før det anbefalede tidsrum ${data.windowFrom}–${data.windowUntil}: PLO sender først regnskabet for det foregående år ud efter 1. marts, så mødet bør holdes efter 15. marts, hvor regnskabet kan lægges frem.`,
          en: `The meeting on ${meeting} is before the recommended window ${data.windowFrom}–${data.windowUntil}: PLO sends out the previous year's accounts only after 1 March, so the meeting should be held after 15 March, when the accounts can be presented.`,
        },
        data,
      ),
    ];
  }
  if (meetingDay > until) {
    return [
      finding(
        agmRules['agm.meeting-first-quarter'],
        'warning',
        {
          da: `Årsmødet ${meeting} ligger efter det anbefalede tidsrum ${data.windowFrom}–${data.windowUntil}: reglerne lægger op til, at årsmødet som udgangspunkt holdes i første kvartal.`,
          en: `The meeting on ${meeting} is after the recommended window ${data.windowFrom}–${data.windowUntil}: the rules expect the annual meeting to be held in the first quarter as a rule.`,
        },
        data,
      ),
    ];
  }
  return [];
}

/** agmDeadlines as it was before the optimisation: every deadline from its explain* function. */
function reference(meeting: IsoDate, options?: AgmOptions) {
  const day = toDayNumber(meeting, ['meeting']);
  const resolved = resolveAgmOptions(options);
  const explanation = {
    noticeBy: explainNoticeBy(day, resolved),
    proposalsBy: explainProposalsBy(day, resolved),
    minutesBy: explainMinutesBy(day, resolved),
  };
  return {
    meeting,
    noticeBy: explanation.noticeBy.result,
    proposalsBy: explanation.proposalsBy.result,
    minutesBy: explanation.minutesBy.result,
    findings: resolved.meetingKind === 'ordinary' ? referenceWindowFindings(day, meeting) : [],
    explanation,
  };
}

/** The JSON of a call's result, or its error (class, message and issues). */
function outcome(fn: () => unknown): string {
  try {
    return JSON.stringify(fn());
  } catch (error) {
    const e = error as Error & { issues?: unknown };
    return `throws ${e.constructor.name}: ${e.message} ${JSON.stringify(e.issues)}`;
  }
}

function daysOf(year: number): IsoDate[] {
  const first = dayNumberOf(year, 1, 1);
  return Array.from({ length: dayNumberOf(year + 1, 1, 1) - first }, (_, i) => fromDayNumber(first + i));
}

const WHOLE_YEARS = [1999, 2000, 2001, 2024, 2025, 2026];
// some closed days of the tested years on every weekday, and around the turn of each year
const EXTRA_CLOSED = WHOLE_YEARS.flatMap((y) => [
  ...daysOf(y).filter((d) => toDayNumber(d) % 47 === 0),
  `${y}-01-02`,
  `${y}-12-30`,
]);
const OPTION_SETS: readonly (AgmOptions | undefined)[] = [
  undefined,
  {},
  { closedDays: 'holidays-only' },
  { noticeOnWorkingDay: true },
  { meetingKind: 'extraordinary' },
  { extraClosedDays: EXTRA_CLOSED },
  { closedDays: 'holidays-only', noticeOnWorkingDay: true, extraClosedDays: EXTRA_CLOSED },
];

describe('agmDeadlines fast path = the explain* specification', () => {
  it.each(OPTION_SETS.map((o) => [JSON.stringify(o) ?? 'no options', o] as const))('every date of 1999–2001 and 2024–2026, options %s', (_, options) => {
    const differences: string[] = [];
    for (const year of WHOLE_YEARS) {
      for (const meeting of daysOf(year)) {
        const fast = outcome(() => agmDeadlines(meeting, options));
        if (fast !== outcome(() => reference(meeting, options))) differences.push(meeting);
      }
    }
    expect(differences).toEqual([]);
  });

  it('every date of the first and last months of the calendar, where deadlines leave it (same result or same error)', () => {
    const dates = [...daysOf(MIN_YEAR).slice(0, 45), ...daysOf(MAX_YEAR).slice(-45)];
    for (const options of OPTION_SETS) {
      for (const meeting of dates) expect(outcome(() => agmDeadlines(meeting, options)), meeting).toBe(outcome(() => reference(meeting, options)));
    }
    expect(outcome(() => agmDeadlines('1900-01-05'))).toMatch(/^throws KlyngeInputError: .*1899/);
    expect(outcome(() => agmDeadlines('2299-12-25'))).toMatch(/^throws KlyngeInputError: .*2300/);
  });

  const meetingDay = fc.integer({ min: toDayNumber(`${MIN_YEAR}-01-01`), max: toDayNumber(`${MAX_YEAR}-12-31`) });
  const options = fc.record(
    {
      closedDays: fc.constantFrom('statutory' as const, 'holidays-only' as const),
      noticeOnWorkingDay: fc.boolean(),
      meetingKind: fc.constantFrom('ordinary' as const, 'extraordinary' as const),
      extraClosedDays: fc.array(fc.integer({ min: -30, max: 30 }), { maxLength: 8 }),
    },
    { requiredKeys: [] },
  );
  test.prop([meetingDay, options], { numRuns: 3000 })('random dates 1900–2299 and options', (day, o) => {
    const meeting = fromDayNumber(day);
    const { extraClosedDays: offsets, ...rest } = o;
    const extraClosedDays = offsets
      ?.map((offset) => day + offset)
      .filter((d) => d >= toDayNumber(`${MIN_YEAR}-01-01`) && d <= toDayNumber(`${MAX_YEAR}-12-31`))
      .map(fromDayNumber);
    const opts: AgmOptions = { ...rest, ...(extraClosedDays === undefined ? {} : { extraClosedDays }) };
    expect(outcome(() => agmDeadlines(meeting, opts))).toBe(outcome(() => reference(meeting, opts)));
    expect(outcome(() => agmDeadlines(meeting))).toBe(outcome(() => reference(meeting)));
  });

  it('bad meetings and options give the same errors', () => {
    const bad: unknown[] = [
      '2025-02-30',
      '2023-02-29',
      '1900-02-29',
      '2025-00-10',
      '2025-13-01',
      '2025-01-00',
      '2025-01-32',
      '2025-2-03',
      ' 2025-02-03',
      '2025-02-03 ',
      '2025/02/03',
      '2025-02/03',
      '2025-0a-01',
      '202x-01-01',
      '2025-01-0x',
      '１９９９-01-01',
      '1899-12-31',
      '2300-01-01',
      '0000-01-01',
      '2025-03-27T00:00',
      '',
      20250327,
      null,
      undefined,
      {},
      ['2025-03-27'],
    ];
    for (const meeting of bad) {
      const fast = outcome(() => agmDeadlines(meeting as IsoDate));
      expect(fast, String(meeting)).toMatch(/^throws KlyngeInputError/);
      expect(fast, String(meeting)).toBe(outcome(() => reference(meeting as IsoDate)));
    }
    for (const options of [null, { meetingKind: 'annual' }, { extraClosedDays: ['2025-02-30'] }, { noticeBy: 3 }]) {
      expect(outcome(() => agmDeadlines('2025-03-27', options as never))).toBe(outcome(() => reference('2025-03-27', options as never)));
    }
    expect(outcome(() => agmDeadlines('2025-02-30', null as never))).toBe(outcome(() => reference('2025-02-30', null as never)));
  });
});

describe('the lazy explanation', () => {
  const KEYS = ['meeting', 'noticeBy', 'proposalsBy', 'minutesBy', 'findings', 'explanation'];

  it('is an enumerable own property in the old place, equal to the explain* result, the same object on every read', () => {
    for (const options of OPTION_SETS) {
      const d = agmDeadlines('2025-04-24', options);
      expect(Object.keys(d)).toEqual(KEYS);
      expect(Object.getOwnPropertyDescriptor(d, 'explanation')?.enumerable).toBe(true);
      expect(Object.getOwnPropertyDescriptor(d, 'explanation')?.get).toBeTypeOf('function');
      const first = d.explanation;
      expect(d.explanation).toBe(first);
      expect(Object.getOwnPropertyDescriptor(d, 'explanation')).toEqual({ value: first, writable: true, enumerable: true, configurable: true });
      expect(JSON.parse(JSON.stringify(d)).explanation).toEqual(first);
      expect(first).toEqual(explainAgmDeadlines(toDayNumber('2025-04-24'), resolveAgmOptions(options)));
      expect(d).toEqual(reference('2025-04-24', options));
      expect(d).toStrictEqual(reference('2025-04-24', options));
      expect({ ...d }).toEqual(reference('2025-04-24', options));
      expect(structuredClone(d)).toEqual(reference('2025-04-24', options));
      expect(Object.keys(d)).toEqual(KEYS);
    }
  });

  it('uses the options of its own call', () => {
    const plain = agmDeadlines('2025-03-27');
    const extra = agmDeadlines('2025-03-27', { extraClosedDays: ['2025-03-20'] });
    const holidaysOnly = agmDeadlines('2025-06-19', { closedDays: 'holidays-only' });
    expect(extra.explanation.proposalsBy.skipped.map((s) => s.kind)).toContain('extra');
    expect(plain.explanation.proposalsBy.skipped.map((s) => s.kind)).not.toContain('extra');
    expect(holidaysOnly.explanation).toEqual(reference('2025-06-19', { closedDays: 'holidays-only' }).explanation);
    expect(agmDeadlines('2025-06-19').explanation).toEqual(reference('2025-06-19').explanation);
  });

  it('is built only when read, once per result, and still works on a frozen result', () => {
    const a = agmDeadlines('2025-12-23');
    const b = agmDeadlines('2025-12-23');
    expect(a.explanation).not.toBe(b.explanation);
    expect(a.explanation).toEqual(b.explanation);
    const frozen = Object.freeze(agmDeadlines('2026-01-08', { noticeOnWorkingDay: true }));
    expect(frozen.explanation).toBe(frozen.explanation);
    expect(JSON.stringify(frozen)).toBe(JSON.stringify(reference('2026-01-08', { noticeOnWorkingDay: true })));
  });
});

describe('the per-year tables', () => {
  const FIRST = toDayNumber(`${MIN_YEAR}-01-01`);
  const LAST = toDayNumber(`${MAX_YEAR}-12-31`);

  it('write every date of the calendar like fromDayNumber', () => {
    const wrong: string[] = [];
    for (let day = FIRST; day <= LAST; day += 1) {
      const iso = fromDayNumber(day);
      const year = yearTableOf(day);
      if (year.year !== partsOf(day).year) wrong.push(`year of ${iso}`);
      for (const offset of [-400, -30, -14, 0, 14, 30, 400]) {
        if (isoDateNear(day + offset, year) !== fromDayNumber(day + offset)) wrong.push(`write ${iso} ${offset}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('know the window of each year', () => {
    for (let year = MIN_YEAR; year <= MAX_YEAR; year += 1) {
      const facts = yearTable(year);
      expect([facts.windowFromDate, facts.windowUntilDate]).toEqual([`${year}-03-16`, `${year}-03-31`]);
      expect(fromDayNumber(facts.windowFrom)).toBe(facts.windowFromDate);
      expect(fromDayNumber(facts.windowUntil)).toBe(facts.windowUntilDate);
    }
  });

  it('give the facts of any year (cached only near the calendar), and find a year from far away', () => {
    expect(yearTable(2025)).toBe(yearTable(2025));
    expect(yearTable(MIN_YEAR - 1)).toBe(yearTable(MIN_YEAR - 1));
    expect(yearTable(1800)).toEqual({ ...yearTable(1800), first: dayNumberOf(1800, 1, 1), text: '1800' });
    expect(yearTable(1800)).not.toBe(yearTable(1800));
    expect(yearTable(2400).monthDays).toHaveLength(366);
    expect(yearTableNear(toDayNumber('2025-06-01'), yearTable(2020)).year).toBe(2025);
    expect(yearTableNear(toDayNumber('2020-06-01'), yearTable(2025)).year).toBe(2020);
  });

  it('resolve the default options once', () => {
    expect(resolveAgmOptions(undefined)).toBe(resolveAgmOptions(undefined));
    expect(resolveAgmOptions({})).not.toBe(resolveAgmOptions(undefined));
    expect(resolveAgmOptions({})).toEqual(resolveAgmOptions(undefined));
  });
});
