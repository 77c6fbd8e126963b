/**
 * Every issue of a KlyngeInputError has a stable code from the documented
 * list and a message in Danish beside the English one, both redacted.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  allocate,
  calendarOptionsSchema,
  closeYear,
  countVote,
  grantForYear,
  INPUT_ISSUE_CODES,
  isKlyngeInputError,
  isWorkingDay,
  KlyngeInputError,
  rateForYear,
  type InputIssue,
} from '../../src/index.js';
import { z } from 'zod';
import { fromZodError, inputError, withinPath } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/validate.js';

function issues(fn: () => unknown): readonly InputIssue[] {
  try {
    fn();
  } catch (error) {
    if (isKlyngeInputError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected a KlyngeInputError');
}

function revokedList(): number[] {
  const { proxy, revoke } = Proxy.revocable([1], {});
  revoke();
  return proxy;
}

const source = { document: 'design-interpretation', section: 'x' } as const;
const table = (values: unknown[]) => ({ name: 't', unit: 'kr', description: { da: 't', en: 't' }, values });

const CASES = [
  ['unknown-key', () => isWorkingDay('2025-03-03', { closedDay: 'statutory' } as never)],
  ['invalid-type', () => isWorkingDay('2025-03-03', { extraClosedDays: 'x' } as never)],
  ['invalid-value', () => isWorkingDay('2025-03-03', { closedDays: 'weekends' } as never)],
  ['invalid-format', () => parseInput(z.string().regex(/^K\d+$/), 'cluster 7', ['id'])],
  ['invalid-date', () => addWorkingDays('2025-02-30', 1)],
  ['invalid-date', () => isWorkingDay('2025-03-03', { extraClosedDays: ['2025-13-01'] })],
  ['invalid-amount', () => closeYear({ year: 2025, openingBalance: '-1', grant: 0, spent: 0 })],
  ['amount-too-large', () => closeYear({ year: 2025, openingBalance: '1000000000000', grant: 0, spent: 0 })],
  ['too-small', () => allocate(1, [])],
  ['too-big', () => grantForYear({ year: 2025, patients: 10_000_001, rate: '1' })],
  ['not-whole', () => grantForYear({ year: 2025, patients: 1.5, rate: '1' })],
  ['invalid-weight', () => allocate(1, [0, 0])],
  ['invalid-period', () => rateForYear(2025, { rates: table([{ from: '2025-01-01', until: '2024-01-01', value: '1', source }]) } as never)],
  ['table-order', () => rateForYear(2025, { rates: table([{ from: '2025-01-01', value: '1', source }, { from: '2024-01-01', value: '1', source }]) } as never)],
  ['table-overlap', () => rateForYear(2025, { rates: table([{ from: '2024-01-01', until: '2025-01-01', value: '1', source }, { from: '2025-01-01', value: '1', source }]) } as never)],
  ['table-gap', () => rateForYear(2025, { rates: table([{ from: '2024-01-01', until: '2024-01-01', value: '1', source }, { from: '2025-01-01', value: '1', source }]) } as never)],
  ['missing-parameter', () => grantForYear({ year: 2031, patients: 1 })],
  ['unreadable-input', () => allocate(1, revokedList())],
] as const;

describe('input issue codes', () => {
  it.each(CASES)('%s', (code, fn) => {
    const found = issues(fn);
    expect(found.map((i) => i.code)).toContain(code);
    for (const issue of found) {
      expect(INPUT_ISSUE_CODES).toContain(issue.code);
      expect(issue.messages.en).toBe(issue.message);
      expect(issue.messages.da.length).toBeGreaterThan(0);
      expect(issue.messages.da).not.toBe(issue.message);
    }
  });
  it('every documented code is produced by some input above', () => {
    expect(new Set(CASES.map(([code]) => code))).toEqual(new Set(INPUT_ISSUE_CODES));
    expect(Object.isFrozen(INPUT_ISSUE_CODES)).toBe(true);
  });
  it('an unknown key names the key, at the path of its object, in both languages, redacted and cut short', () => {
    const r = calendarOptionsSchema.safeParse({ closedDay: 'statutory', ['x0101901234' + 'y'.repeat(60)]: 1 });
    const [issue] = fromZodError(r.error!, ['options']).issues;
    expect(issue).toMatchObject({ path: ['options'], code: 'unknown-key' });
    expect(issue!.message).toBe(`Unrecognized keys: "closedDay", "x[CPR]${'y'.repeat(34)}…"`);
    expect(issue!.messages.da).toBe(`ukendte felter (stavefejl?): "closedDay", "x[CPR]${'y'.repeat(34)}…"`);
  });
  it('a Danish text given by the rule is used, and both texts are redacted', () => {
    const [issue] = inputError(['id'], 'id 010190-1234 is used twice', 'invalid-value', 'id 010190-1234 er brugt to gange').issues;
    expect(issue).toEqual({ path: ['id'], code: 'invalid-value', message: 'id [CPR] is used twice', messages: { da: 'id [CPR] er brugt to gange', en: 'id [CPR] is used twice' } });
  });
  it('an issue stated by hand without a code gets one from its message, and withinPath keeps code and texts', () => {
    const error = new KlyngeInputError([{ path: ['eligible'], message: '11 votes were cast but only 10 are entitled to vote' }]);
    expect(error.issues[0]!.code).toBe('invalid-value');
    expect(issues(() => countVote({ yes: 11, no: 0, eligible: 10 }))[0]!.code).toBe('invalid-value');
    const moved = issues(() => withinPath(['cluster'], () => allocate(1, [])));
    expect(moved).toEqual([{ path: ['cluster', 'weights'], code: 'too-small', message: 'weights must not be empty', messages: { da: 'for lille, for kort eller for få (weights must not be empty)', en: 'weights must not be empty' } }]);
  });
});
