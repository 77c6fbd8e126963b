/**
 * Rules `fees.whole-months` (ekvis-koordinator "Honorering"),
 * `fees.month-assignment` and `fees.vacant-months` (interpretations): an
 * annual fee divided between the holders of a post by whole months.
 */
import { z } from 'zod';
import { addMonthsToFirst, isoDateSchema, partsOf, toDayNumber } from '../../core/dates.js';
import { inputError } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { allocate, amountSchema, formatKroner } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { feesRules } from './feesRules.js';

/**
 * How a month is assigned to a holder.
 *
 * @example
 * prorateMethodSchema.parse('majority-of-days') // 'majority-of-days'
 */
export const prorateMethodSchema = z
  .enum(['first-of-month', 'majority-of-days', 'whole-months-only'])
  .describe('majority-of-days (default): the holder with most days in the month, a tie to the outgoing holder; first-of-month: the holder on the 1st; whole-months-only: only a holder of every day');

/** How a month is assigned to a holder. */
export type ProrateMethod = z.output<typeof prorateMethodSchema>;

/**
 * One holder of the post from a date on; `id: null` is a vacancy.
 *
 * @example
 * feeHolderSchema.safeParse({ id: null, from: '2024-07-01' }).success // true
 */
export const feeHolderSchema = z.strictObject({
  id: z.string().min(1).nullable().describe('The holder; null when the post is vacant'),
  from: isoDateSchema.describe('First day the holder holds the post'),
}).describe('One holder of the post from a date on (strict: an unknown key is an input error)');

/**
 * Input of {@link prorateFee}.
 *
 * @example
 * prorateFeeInputSchema.parse({ annualFee: 50000, periodStart: '2024-04-01', holders: [] }).months // 12
 */
export const prorateFeeInputSchema = z.strictObject({
  annualFee: amountSchema.describe('The fee for the whole period'),
  periodStart: isoDateSchema.describe('The 1st of a month'),
  months: z.number().int().min(1).max(120).default(12).describe('Length of the period in whole months (1–120)'),
  holders: z.array(feeHolderSchema).describe('In strictly increasing `from` order'),
  method: prorateMethodSchema.default('majority-of-days'),
});

/** Input of {@link prorateFee}. */
export type ProrateFeeInput = z.input<typeof prorateFeeInputSchema>;

/** One person's share of the fee. */
export interface FeeShare {
  readonly id: string;
  readonly months: number;
  readonly amount: string;
}

/** Result of {@link prorateFee}. */
export interface ProrateFeeResult {
  /** Every id in `holders` once, in first-appearance order; `months` is 0 when no month fell to it. */
  readonly shares: FeeShare[];
  /** Months that fell to no holder (vacancy, before the first holder, or split under whole-months-only). */
  readonly unallocated: { readonly months: number; readonly amount: string };
  readonly findings: Finding[];
}

interface Holder {
  readonly id: string | null;
  readonly fromDay: number;
}

/** The holder (index into holders, -1 for none) on a day: the last whose `fromDay` is not after it (binary search; holders are in strictly increasing order). */
function holderOn(holders: readonly Holder[], day: number): number {
  let low = 0;
  let high = holders.length; // the answer + 1 lies in [low, high]
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holders[middle]!.fromDay <= day) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The id a month falls to (null when none), by method. */
function ownerOfMonth(holders: readonly Holder[], start: number, end: number, method: ProrateMethod): string | null {
  // Days held in the month per id (null = vacant or no holder yet), in order of appearance.
  const days = new Map<string | null, number>();
  let pieceStart = start;
  let current = holderOn(holders, start);
  const add = (index: number, until: number): void => {
    const id = index < 0 ? null : holders[index]!.id;
    days.set(id, (days.get(id) ?? 0) + until - pieceStart);
  };
  // Holders are in strictly increasing `from` order, so those taking over inside the month follow `current`.
  for (let index = current + 1; index < holders.length && holders[index]!.fromDay < end; index += 1) {
    const { fromDay } = holders[index]!;
    add(current, fromDay);
    pieceStart = fromDay;
    current = index;
  }
  add(current, end);
  const entries = [...days.entries()];
  if (method === 'first-of-month') return entries[0]![0];
  if (method === 'whole-months-only') return entries.length === 1 ? entries[0]![0] : null;
  let best = entries[0]!;
  for (const entry of entries) if (entry[1] > best[1]) best = entry;
  return best[0];
}

/**
 * Divide an annual fee between the holders of a post by whole months
 * (`fees.whole-months`). Each month of the period goes to one holder by
 * `method` (default `majority-of-days`: the holder with most days in the
 * month, a tie to the outgoing holder), or to nobody; the fee is then split with `allocate(annualFee,
 * [...monthsPerShare, unallocatedMonths])`, so the shares and the unallocated
 * part sum exactly to the fee. Holders whose `from` lies before the period
 * count from the period start (the latest such one holds the first month);
 * holders whose `from` lies after the period get 0 months.
 *
 * Time grows linearly with the number of holders.
 *
 * @throws {KlyngeInputError} on bad input: `periodStart` not the 1st of a month,
 * holders not in strictly increasing `from` order, months outside 1–120.
 * @example
 * prorateFee({ annualFee: 50000, periodStart: '2024-04-01',
 *   holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: '2024-11-01' }] }).shares
 * // [{ id: 'A', months: 7, amount: '29166.67' }, { id: 'B', months: 5, amount: '20833.33' }]
 * @example
 * prorateFee({ annualFee: 50000, periodStart: '2024-04-01',
 *   holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: '2024-09-03' }] }).shares
 * // [{ id: 'A', months: 5, amount: '20833.33' }, { id: 'B', months: 7, amount: '29166.67' }]
 */
export function prorateFee(input: ProrateFeeInput): ProrateFeeResult {
  const parsed = parseInput(prorateFeeInputSchema, input);
  const start = toDayNumber(parsed.periodStart);
  if (partsOf(start).day !== 1) throw inputError(['periodStart'], `periodStart must be the 1st of a month, received ${parsed.periodStart}`);
  const holders: Holder[] = parsed.holders.map((h, index) => {
    const fromDay = toDayNumber(h.from);
    const previous = parsed.holders[index - 1];
    if (previous !== undefined && !(previous.from < h.from)) {
      throw inputError(['holders', index, 'from'], `holders must be in strictly increasing \`from\` order: ${h.from} does not come after ${previous.from}`);
    }
    return { id: h.id, fromDay };
  });

  const months = new Map<string, number>(); // every id once, in first-appearance order
  for (const h of holders) if (h.id !== null && !months.has(h.id)) months.set(h.id, 0);
  const ids = [...months.keys()];
  let unallocatedMonths = 0;
  for (let m = 0; m < parsed.months; m += 1) {
    const owner = ownerOfMonth(holders, addMonthsToFirst(start, m), addMonthsToFirst(start, m + 1), parsed.method);
    if (owner === null) unallocatedMonths += 1;
    else months.set(owner, months.get(owner)! + 1);
  }

  const weights = [...ids.map((id) => months.get(id)!), unallocatedMonths];
  const amounts = allocate(parsed.annualFee, weights);
  const shares = ids.map((id, index) => ({ id, months: months.get(id)!, amount: amounts[index]! }));
  const unallocated = { months: unallocatedMonths, amount: amounts[ids.length]! };
  const findings: Finding[] = [];
  if (unallocatedMonths > 0) {
    findings.push(
      finding(
        feesRules['fees.vacant-months'],
        'info',
        {
          da: `${String(unallocatedMonths)} af periodens ${String(parsed.months)} måneder tilfalder ingen indehaver; ${formatKroner(unallocated.amount)} udbetales ikke.`,
          en: `${String(unallocatedMonths)} of the period's ${String(parsed.months)} months fall to no holder; ${unallocated.amount} kr is not paid.`,
        },
        { months: unallocatedMonths, amount: unallocated.amount },
      ),
    );
  }
  return { shares, unallocated, findings };
}

