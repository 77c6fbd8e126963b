/**
 * Rule `eligibility.tax-id-format` (interpretation): what a valid CVR and CPR
 * number looks like. Invalid numbers are input errors; a CPR is never echoed.
 */

const CVR = /^[1-9]\d{7}$/;
const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;
const CPR = /^(\d{2})(\d{2})(\d{2})-?(\d)\d{3}$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * True when `value` is a Danish CVR number: exactly 8 digits whose weighted
 * sum (weights 2,7,6,5,4,3,2,1) is divisible by 11.
 *
 * @example
 * isValidCvr('10150817') // true
 * isValidCvr('10150818') // false
 */
export function isValidCvr(value: unknown): boolean {
  if (typeof value !== 'string' || !CVR.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(value[i]) * CVR_WEIGHTS[i]!;
  return sum % 11 === 0;
}

/**
 * Whether 29 February exists in the CPR's birth year. Only the two-digit year
 * matters, except for `00`: the 7th digit 0–3 means 1900 (not a leap year),
 * 4–9 means 2000 (a leap year) under CPR-kontoret's century table. For every
 * other two-digit year the centuries 18xx, 19xx and 20xx agree.
 */
function leapYear(yy: number, seventh: number): boolean {
  return yy === 0 ? seventh >= 4 : yy % 4 === 0;
}

/**
 * True when `value` is shaped like a Danish CPR number: 10 digits, optionally
 * with a dash after the sixth, where the first six are a real date `DDMMYY`
 * in the century the 7th digit gives. There is deliberately no modulus-11
 * check: numbers issued since 2007 need not pass it.
 *
 * @example
 * isValidCpr('010190-1234') // true
 * isValidCpr('300290-1234') // false (no 30 February)
 */
export function isValidCpr(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = CPR.exec(value);
  if (!match) return false;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const yy = Number(match[3]);
  if (day < 1) return false;
  // A month outside 1–12 has no days, so no day fits in it.
  const days = month === 2 && leapYear(yy, Number(match[4])) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
  return day <= days;
}
