/**
 * Money: the only module that constructs `Decimal`. Amounts come in as
 * `string | number` kroner up to {@link MAX_AMOUNT}, are computed with
 * decimal.js at {@link MONEY_PRECISION} significant digits and go out as
 * strings with exactly two decimals.
 *
 * Why the bound makes every operation exact: an amount has at most 12 digits
 * before the point and 2 after (14 significant digits); a count (patients,
 * attendees) is at most 10,000,000 (src/core/counts.ts), so a product has at
 * most 21 significant digits and a sum of even a billion such products at
 * most 30. {@link MONEY_PRECISION} is 40 digits, so no sum, difference or
 * product the rules make is ever rounded by decimal.js; the only rounding is
 * the explicit half-up rounding to øre. Divisions never touch decimal.js:
 * {@link allocate} divides whole øre as BigInt.
 */
import { Decimal as DecimalJs } from 'decimal.js';
import { z } from 'zod';
import { inputError } from './errors.js';
import { readInput } from './validate.js';

/** A kroner amount as given by a caller: `"1234.5"` or `1234.5`; finite, never negative, at most 2 decimals. */
export type Amount = string | number;

/** Significant digits of every money computation (see the module comment). */
export const MONEY_PRECISION = 40;

/** The one Decimal of the library: decimal.js at {@link MONEY_PRECISION} digits, rounding half up. */
const Decimal = DecimalJs.clone({ precision: MONEY_PRECISION, rounding: DecimalJs.ROUND_HALF_UP });
type Decimal = InstanceType<typeof Decimal>;

/** A money value inside the library. */
export type Money = Decimal;

/** The largest amount one input may state, in kroner: 999,999,999,999.99 kr. */
export const MAX_AMOUNT = '999999999999.99';
const MAX_AMOUNT_TEXT = '999.999.999.999,99 kr. (999999999999.99)';
const TOO_LARGE = `amount is too large: at most ${MAX_AMOUNT_TEXT}`;
const MAX_WHOLE_DIGITS = 12;


/** The form of an amount given as a string (also used in the JSON Schema). */
export const AMOUNT_PATTERN = '^\\d+(\\.\\d{1,2})?$';
const AMOUNT_STRING = new RegExp(AMOUNT_PATTERN);

/** Zero kroner. */
export const ZERO: Money = new Decimal(0);

/** Why `value` does not have the form of an amount (any size), or `undefined`. */
function amountFormProblem(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return undefined;
    if (!Number.isFinite(value)) return 'amount must be a finite number';
    if (value < 0) return 'amount must not be negative (a credit is not an expense)';
    // JavaScript prints the shortest decimal that round-trips (0.29 → "0.29", 1.005 → "1.005").
    const printed = String(value);
    if (AMOUNT_STRING.test(printed)) return undefined;
    return value >= 1e21 ? TOO_LARGE : 'amount must have at most 2 decimals (øre)';
  }
  if (typeof value === 'string') {
    if (value.startsWith('-')) return 'amount must not be negative (a credit is not an expense)';
    if (!AMOUNT_STRING.test(value)) return 'amount must be kroner like "1234.50": digits, optionally "." and at most 2 decimals';
    return undefined;
  }
  return `amount must be a string or a number, received ${value === null ? 'null' : typeof value}`;
}

/** Digits before the point, leading zeros not counted (`'007.50'` → 1). Linear in the text. */
function wholeDigits(text: string): number {
  const point = text.indexOf('.');
  const end = point < 0 ? text.length : point;
  let start = 0;
  while (start < end - 1 && text.charCodeAt(start) === 48) start += 1;
  return end - start;
}

/**
 * Internal: why `value` is not an {@link Amount} (wrong form, or above
 * {@link MAX_AMOUNT}), or `undefined` when it is one.
 *
 * @example
 * amountProblem('1000000000000.00') // 'amount is too large: at most 999.999.999.999,99 kr. (999999999999.99)'
 */
export function amountProblem(value: unknown): string | undefined {
  const problem = amountFormProblem(value);
  if (problem !== undefined) return problem;
  const text = typeof value === 'number' ? String(value) : (value as string);
  return wholeDigits(text) > MAX_WHOLE_DIGITS ? TOO_LARGE : undefined;
}

/**
 * zod schema for {@link Amount}. In JSON Schema: a non-negative number or a string like `"1234.50"`.
 *
 * @example
 * amountSchema.parse('1234.5') // '1234.5'
 */
export const amountSchema = z
  .union([z.number(), z.string()], { message: 'amount must be a string or a number' })
  .superRefine((value, ctx) => {
    const problem = amountProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { code: problem === TOO_LARGE ? 'amount-too-large' : 'invalid-amount' } });
  })
  .describe('Kroner, non-negative, at most 2 decimals and at most 999999999999.99: 1234.5 or "1234.50"');

/**
 * Parse an {@link Amount} into a Decimal, or throw {@link KlyngeInputError} at `path`.
 *
 * @example
 * toMoney('29166.67').toFixed(2) // '29166.67'
 */
export function toMoney(value: unknown, path: readonly (string | number)[] = []): Money {
  const problem = amountProblem(value);
  if (problem) throw inputError(path, problem, problem === TOO_LARGE ? 'amount-too-large' : 'invalid-amount');
  // decimal.js reads a number through its shortest round-trip text, the same text amountProblem checked
  return new Decimal(value as number | string);
}

/**
 * Internal: the amount of a dated table entry (`{ value: '1072.02', … }`) as
 * money and as two-decimal text.
 *
 * @throws {KlyngeInputError} at `path` when the entry's value is not an amount.
 * @example
 * entryAmount({ from: '2025-01-01', value: '1072.02' }, ['options', 'rates']).text // '1072.02'
 */
export function entryAmount(entry: { readonly value: unknown }, path: readonly (string | number)[]): { readonly money: Money; readonly text: string } {
  const money = toMoney(entry.value, path);
  return { money, text: formatAmount(money) };
}

/**
 * Internal: an amount that has already been validated, as money (no second check).
 *
 * @example
 * validMoney('1234.5').toFixed(2) // '1234.50'
 */
export function validMoney(value: Amount): Money {
  return new Decimal(value);
}

/**
 * Round half-up to øre and print with exactly two decimals and no separators.
 *
 * @example
 * formatAmount(toMoney(48000).times(toMoney('3.55'))) // '170400.00'
 */
export function formatAmount(value: Money): string {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/**
 * Round half-up to øre: applies `money.rounding`.
 *
 * @example
 * roundToOre(toMoney('2.55').times('1.5')).toFixed(2) // '3.83' (3.825 rounded half up)
 */
export function roundToOre(value: Money): Money {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Sum money values exactly.
 *
 * @example
 * sumMoney([toMoney(1), toMoney('2.50')]).toFixed(2) // '3.50'
 */
export function sumMoney(values: Iterable<Money>): Money {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/**
 * The smaller of two money values.
 *
 * @example
 * minMoney(toMoney(5), toMoney(3)).toFixed(2) // '3.00'
 */
export function minMoney(a: Money, b: Money): Money {
  return a.lessThanOrEqualTo(b) ? a : b;
}

/**
 * A whole count (patients, attendees) times a per-unit kroner amount, rounded half-up to øre.
 *
 * @example
 * multiplyMoney(48000, '3.55') // '170400.00'
 */
export function multiplyMoney(count: number, perUnit: Amount | Money): string {
  const unit = typeof perUnit === 'object' ? perUnit : toMoney(perUnit);
  return formatAmount(unit.times(count));
}

/**
 * Render kroner in Danish display form: `.` between thousands, `,` before øre, then ` kr.`.
 * Negative values (an overspent balance) keep their sign. Takes an amount
 * as the library prints it (`'-4400.00'`, `50000`), not a decimal.js value.
 *
 * @example
 * formatKroner('29166.67') // '29.166,67 kr.'
 * formatKroner(50000)      // '50.000,00 kr.'
 */
export function formatKroner(amount: Amount): string {
  // Any size is shown (a total may exceed the input bound); only the form is checked.
  const negative = typeof amount === 'string' && amount.startsWith('-');
  const given = negative ? (amount as string).slice(1) : amount;
  const problem = amountFormProblem(given);
  if (problem !== undefined) throw inputError([], problem, 'invalid-amount');
  const fixed = formatAmount(new Decimal(given));
  return groupKroner(fixed, negative && /[1-9]/.test(fixed) ? '-' : '');
}

/** `'1234567.50'` → `'1.234.567,50 kr.'` (the text must have exactly two decimals). Linear in the length. */
function groupKroner(fixed: string, sign: string): string {
  const point = fixed.length - 3;
  const whole = fixed.slice(0, point);
  const groups: string[] = [];
  const head = whole.length % 3 || 3;
  groups.push(whole.slice(0, head));
  for (let i = head; i < whole.length; i += 3) groups.push(whole.slice(i, i + 3));
  return `${sign}${groups.join('.')},${fixed.slice(point + 1)} kr.`;
}

/** A weight as exact plain decimal text (`'2.5'`, `'1000000000000000000000'`), or an input error at its index. */
function weightText(weight: unknown, index: number): string {
  const path = ['weights', index];
  if (typeof weight === 'number') {
    if (!Number.isFinite(weight)) throw inputError(path, 'weight must be a finite number', 'invalid-weight');
    if (weight < 0) throw inputError(path, 'weight must not be negative', 'invalid-weight');
    // The number as JavaScript prints it (shortest round trip), written out without an exponent.
    return new Decimal(String(weight)).toFixed();
  }
  if (typeof weight === 'string' && /^\d+(\.\d+)?$/.test(weight)) return weight;
  throw inputError(path, 'weight must be a non-negative number or a decimal string like "2.5"', 'invalid-weight');
}

/** The weights as whole numbers in the same proportions (scaled by 10 to the most decimals), exact at any size. */
function integerWeights(weights: readonly unknown[]): bigint[] {
  // Indexed reads, so a hole in a sparse array is a missing weight, not skipped.
  const texts = Array.from({ length: weights.length }, (_, i) => weightText(weights[i], i));
  const decimals = texts.map((t) => (t.includes('.') ? t.length - t.indexOf('.') - 1 : 0));
  const scale = decimals.reduce((max, d) => Math.max(max, d), 0);
  return texts.map((t, i) => BigInt(t.replace('.', '') + '0'.repeat(scale - decimals[i]!)));
}

/** The most parts one {@link allocate} makes. */
const MAX_WEIGHTS = 1_000_000;

function oreToKroner(ore: bigint): string {
  const text = ore.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

function compareDescending(a: bigint, b: bigint): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/**
 * Applies `money.allocate` (largest remainder on whole øre, ties to the larger weight, then the earlier input).
 * Split `total` into parts proportional to `weights`, on whole øre, so the parts
 * always sum exactly to the total (largest remainder / Hamilton method).
 *
 * Each part first gets the floor of its exact share in øre; the øre left over go
 * one each to the parts with the largest remainders. Ties go to the larger
 * weight, then to the earlier input. Zero weights get `"0.00"`.
 *
 * @throws {KlyngeInputError} when the total is not an {@link Amount}, or the
 * weights are empty, all zero, negative or not numbers.
 * @example
 * allocate(100000, [30000, 20000, 10000]) // ['50000.00', '33333.33', '16666.67']
 * allocate(50000, [4, 4, 4])              // ['16666.67', '16666.67', '16666.66']
 */
export function allocate(total: Amount, weights: readonly (number | string)[]): string[] {
  // Parsed with decimal.js, then divided as exact whole numbers of øre (BigInt): no float touches money.
  const totalOre = BigInt(toMoney(total, ['total']).times(100).toFixed(0));
  const ints = readInput(['weights'], () => {
    if (!Array.isArray(weights)) throw inputError(['weights'], 'weights must be an array', 'invalid-type');
    if (weights.length === 0) throw inputError(['weights'], 'weights must not be empty', 'too-small');
    if (weights.length > MAX_WEIGHTS) throw inputError(['weights'], `at most ${MAX_WEIGHTS} weights`, 'too-big');
    return integerWeights(weights);
  });
  const sum = ints.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw inputError(['weights'], 'at least one weight must be greater than zero', 'invalid-weight');

  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let left = totalOre;
  for (const w of ints) {
    const product = totalOre * w;
    const floor = product / sum;
    parts.push(floor);
    remainders.push(product - floor * sum);
    left -= floor;
  }
  if (left > 0n) {
    const order = ints
      .map((_, index) => index)
      .sort((a, b) => compareDescending(remainders[a]!, remainders[b]!) || compareDescending(ints[a]!, ints[b]!)); // stable: full ties keep input order
    for (let k = 0; left > 0n; k += 1) {
      const index = order[k]!;
      parts[index] = parts[index]! + 1n;
      left -= 1n;
    }
  }
  return parts.map(oreToKroner);
}
