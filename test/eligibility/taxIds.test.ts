import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/index.js';
import { isValidCpr, isValidCvr } from '../../src/rules/eligibility/index.js';

describe('eligibility.tax-id-format', () => {
  it('is an interpretation with a summary in both languages', () => {
    expect(ruleCatalogue['eligibility.tax-id-format'].kind).toBe('interpretation');
  });

  it('CVR: 8 digits, first not 0, modulus 11 with weights 2,7,6,5,4,3,2,1', () => {
    expect(isValidCvr('10150817')).toBe(true); // 2+0+6+25+0+24+2+7 = 66
    expect(isValidCvr('24256790')).toBe(true);
    expect(isValidCvr('10150818')).toBe(false);
    expect(isValidCvr('1015081')).toBe(false);
    expect(isValidCvr('101508170')).toBe(false);
    expect(isValidCvr('00000000')).toBe(false);
    expect(isValidCvr('1015 0817')).toBe(false);
    expect(isValidCvr('DK10150817')).toBe(false);
  });

  it('CVR: each weight matters', () => {
    // Changing one digit by 1 changes the sum by that position's weight (never a multiple of 11).
    const base = '10150817';
    for (let i = 1; i < 8; i += 1) {
      const digit = Number(base[i]);
      const changed = base.slice(0, i) + String((digit + 1) % 10) + base.slice(i + 1);
      expect(isValidCvr(changed), changed).toBe(false);
    }
  });

  it('CPR: ten digits, optionally a dash after six, the first six a real date', () => {
    expect(isValidCpr('010190-1234')).toBe(true);
    expect(isValidCpr('0101901234')).toBe(true);
    expect(isValidCpr('311299-9999')).toBe(true);
    expect(isValidCpr('310490-1234')).toBe(false); // 31 April
    expect(isValidCpr('000190-1234')).toBe(false);
    expect(isValidCpr('010090-1234')).toBe(false);
    expect(isValidCpr('011390-1234')).toBe(false);
    expect(isValidCpr('011290-1234')).toBe(true);
    expect(isValidCpr('320190-1234')).toBe(false);
    expect(isValidCpr('01019-1234')).toBe(false);
    expect(isValidCpr('010190 1234')).toBe(false);
    expect(isValidCpr('010190--1234')).toBe(false);
    expect(isValidCpr('0101901234x')).toBe(false);
  });

  it('CPR: no modulus-11 check (numbers since 2007 need not pass it)', () => {
    expect(isValidCpr('010190-1235')).toBe(true);
    expect(isValidCpr('010190-1236')).toBe(true);
  });

  it('CPR: 29 February only in leap years, century from the 7th digit for year 00', () => {
    expect(isValidCpr('290296-1234')).toBe(true);
    expect(isValidCpr('290297-1234')).toBe(false);
    expect(isValidCpr('290298-1234')).toBe(false);
    expect(isValidCpr('300296-1234')).toBe(false);
    expect(isValidCpr('290200-3999')).toBe(false); // 1900
    expect(isValidCpr('290200-4000')).toBe(true); // 2000
    expect(isValidCpr('290200-9000')).toBe(true); // 2000
    expect(isValidCpr('280200-0000')).toBe(true);
  });

  it('CVR: a valid number with a digit in front is not a CVR', () => {
    // 310150817: its last eight digits are a valid CVR (10150817), and so are its first eight (31015081 passes modulus 11).
    for (let first = 1; first <= 9; first += 1) expect(isValidCvr(`${first}10150817`), `${first}10150817`).toBe(false);
    expect(isValidCvr('31015081')).toBe(true);
  });

  it('CPR: a valid number with a digit in front is not a CPR', () => {
    expect(isValidCpr('1010190-1234')).toBe(false);
    expect(isValidCpr('10101901234')).toBe(false);
  });

  it('CPR: anything but a string is not a CPR', () => {
    for (const value of [101_901_234, null, undefined, ['010190-1234'], { cpr: '010190-1234' }]) expect(isValidCpr(value), String(value)).toBe(false);
  });

  it('CPR: only February has a leap day; 30 April is a date in a leap year too', () => {
    expect(isValidCpr('300492-1234')).toBe(true);
    expect(isValidCpr('311292-1234')).toBe(true);
    expect(isValidCpr('290292-1234')).toBe(true);
    expect(isValidCpr('300292-1234')).toBe(false);
    expect(isValidCpr('290293-1234')).toBe(false);
  });
});
