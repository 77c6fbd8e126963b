import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hasViolations, isKlyngeInputError, KlyngeInputError, sortFindings } from '../../src/index.js';
import type { Finding } from '../../src/index.js';
import { fromZodError, inputError, redactCpr } from '../../src/core/errors.js';
import { toDayNumber } from '../../src/core/dates.js';
import { finding } from '../../src/core/findings.js';
import { coreRules } from '../../src/core/coreRules.js';

describe('KlyngeInputError', () => {
  it('has a name, a code, issues with paths and a readable message', () => {
    const error = inputError(['expenses', 3, 'amount'], 'amount must not be negative');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('KlyngeInputError');
    expect(error.code).toBe('KLYNGE_INPUT');
    expect(error.issues).toEqual([
      {
        path: ['expenses', 3, 'amount'],
        code: 'invalid-amount',
        message: 'amount must not be negative',
        messages: { da: 'ikke et beløb i kroner (ikke negativt, højst 2 decimaler) (amount must not be negative)', en: 'amount must not be negative' },
      },
    ]);
    expect(error.message).toBe('Invalid input at expenses[3].amount: amount must not be negative');
    expect(inputError([], 'x').message).toBe('Invalid input at (input): x');
  });

  it('lists several problems on separate lines', () => {
    const error = new KlyngeInputError([
      { path: ['a'], message: 'one' },
      { path: [0, 'b'], message: 'two' },
    ]);
    expect(error.message).toBe('Invalid input (2 problems):\n  - a: one\n  - [0].b: two');
  });

  it('never echoes a CPR number, with or without the dash', () => {
    const error = inputError(['payee', 'cpr'], 'bad value 010190-1234 and 0101901234');
    expect(error.message).not.toMatch(/\d{6}-?\d{4}/);
    expect(error.issues[0]?.message).toBe('bad value [CPR] and [CPR]');
    expect(redactCpr('CVR 12972997 is fine')).toBe('CVR 12972997 is fine');
  });

  it('is built from zod errors with their paths (symbols become strings)', () => {
    const result = z.object({ a: z.array(z.number()) }).safeParse({ a: [1, 'x'] });
    expect(result.success).toBe(false);
    const error = fromZodError(result.error!, ['input']);
    expect(error.issues[0]?.path).toEqual(['input', 'a', 1]);
    const symbolic = new z.ZodError([{ code: 'custom', path: [Symbol('k')], message: 'm', input: 1 }]);
    expect(fromZodError(symbolic).issues[0]?.path).toEqual(['Symbol(k)']);
  });

  it('is recognised by isKlyngeInputError, also across bundle copies by its code', () => {
    expect(isKlyngeInputError(inputError([], 'x'))).toBe(true);
    expect(isKlyngeInputError({ code: 'KLYNGE_INPUT' })).toBe(true);
    expect(isKlyngeInputError(new Error('x'))).toBe(false);
    expect(isKlyngeInputError(null)).toBe(false);
    expect(isKlyngeInputError('KLYNGE_INPUT')).toBe(false);
  });

  it('dates name what they received', () => {
    expect(() => toDayNumber(null)).toThrow("date must be a string 'YYYY-MM-DD', received null");
    expect(() => toDayNumber(5)).toThrow("date must be a string 'YYYY-MM-DD', received number");
  });
});

describe('findings', () => {
  const make = (severity: Finding['severity']) => finding(coreRules['money.allocate'], severity, { da: severity, en: severity });
  it('cite the rule’s first source and carry data only when given', () => {
    expect(make('info')).toEqual({ rule: 'money.allocate', severity: 'info', message: { da: 'info', en: 'info' }, source: { document: 'design-interpretation', section: 'Splitting money' } });
    expect(finding(coreRules['money.allocate'], 'info', { da: 'a', en: 'b' }, { x: 1 }).data).toEqual({ x: 1 });
  });
  it('sort by severity, stable within a severity', () => {
    const a = { ...make('info'), data: { n: 1 } };
    const b = make('violation');
    const c = { ...make('info'), data: { n: 2 } };
    const d = make('warning');
    expect(sortFindings([a, b, c, d])).toEqual([b, d, a, c]);
  });
  it('reject something that is not a list of findings, with the path', () => {
    expect(() => sortFindings(undefined as never)).toThrow(KlyngeInputError);
    expect(() => hasViolations([make('info'), { severity: 'fatal' } as never])).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['findings', 1, 'severity'], code: 'invalid-value', message: "severity must be 'violation', 'warning' or 'info'" })],
      }),
    );
    expect(() => hasViolations([null as never])).toThrow("severity must be 'violation', 'warning' or 'info'");
    expect(() => hasViolations('x' as never)).toThrow('findings must be a list of findings');
  });
  it('hasViolations is true only when a violation is present', () => {
    expect(hasViolations([])).toBe(false);
    expect(hasViolations([make('warning'), make('info')])).toBe(false);
    expect(hasViolations([make('info'), make('violation')])).toBe(true);
  });
});

describe('CPR redaction', () => {
  it('replaces both written forms and leaves other numbers alone', () => {
    expect(redactCpr('010190-1234')).toBe('[CPR]');
    expect(redactCpr('0101901234')).toBe('[CPR]');
    expect(redactCpr('a 010190-1234 b')).toBe('a [CPR] b');
    expect(redactCpr('01019-1234')).toBe('01019-1234');
    expect(redactCpr('010190-123')).toBe('010190-123');
    expect(redactCpr('abcdef-1234')).toBe('abcdef-1234');
    expect(redactCpr('01019012345')).toBe('01019012345');
  });
});
