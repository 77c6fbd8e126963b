/**
 * Rule `fees.specialist-coordinator-fee` (ekvis-koordinator "Honorering"): the
 * eKVIS preset of {@link prorateFee} — a fixed yearly fee for April–March,
 * paid at the end of March as B-income.
 */
import { z } from 'zod';
import { tableOption, valueOn, type ParameterTable } from '../../core/parameterTable.js';
import { yearSchema, type IsoDate } from '../../core/dates.js';
import { inputError } from '../../core/errors.js';
import { formatAmount, toMoney } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { specialistCoordinatorFeeTable } from '../../params/fees.js';
import { feeHolderSchema, prorateFee, prorateMethodSchema, type ProrateFeeResult } from './prorateFee.js';

/** Strict shape of the options (the table itself is checked by `tableOption`): a misspelt key is an input error. */
const specialistFeeOptionsSchema = z
  .strictObject({ fees: z.unknown().optional().describe('A dated table that replaces the built-in one') })
  .describe('Options of specialistCoordinatorFee: `fees` replaces the dated table of yearly fees');

/**
 * Input of {@link specialistCoordinatorFee}.
 *
 * @example
 * specialistCoordinatorFeeInputSchema.safeParse({ year: 2024, holders: [] }).success // true
 */
export const specialistCoordinatorFeeInputSchema = z.strictObject({
  year: yearSchema.describe('The period runs from 1 April of this year to 31 March of the next'),
  holders: z.array(feeHolderSchema).describe('In strictly increasing `from` order'),
  method: prorateMethodSchema.default('majority-of-days'),
});

/** Input of {@link specialistCoordinatorFee}. */
export type SpecialistCoordinatorFeeInput = z.input<typeof specialistCoordinatorFeeInputSchema>;

/** Options of {@link specialistCoordinatorFee}. */
export interface SpecialistCoordinatorFeeOptions {
  /** Replace the table of yearly fees (kroner strings), looked up on 1 April of `year`. */
  readonly fees?: ParameterTable<string>;
}

/** Result of {@link specialistCoordinatorFee}. */
export interface SpecialistCoordinatorFeeResult extends ProrateFeeResult {
  /** The yearly fee that was divided. */
  readonly annualFee: string;
  /** 1 April of `year` to 31 March of the next year. */
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  /** 31 March of the next year (the last day of the period). */
  readonly paymentDate: IsoDate;
  /** Taxable B-income. */
  readonly incomeType: 'B';
}

/**
 * The eKVIS coordinator fee of a specialist-practice cluster for the period
 * April `year` – March `year + 1`: 50,000 kr divided by whole months, paid
 * 31 March `year + 1` as B-income.
 *
 * @throws {KlyngeInputError} on bad input (see {@link prorateFee}), or when no fee is published for the year.
 * @example
 * specialistCoordinatorFee({ year: 2024, holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: '2024-11-01' }] })
 * // { shares: [{ id: 'A', months: 7, amount: '29166.67' }, { id: 'B', months: 5, amount: '20833.33' }],
 * //   paymentDate: '2025-03-31', incomeType: 'B', … }
 */
export function specialistCoordinatorFee(
  input: SpecialistCoordinatorFeeInput,
  options: SpecialistCoordinatorFeeOptions = {},
): SpecialistCoordinatorFeeResult {
  const { year, holders, method } = parseInput(specialistCoordinatorFeeInputSchema, input);
  parseInput(specialistFeeOptionsSchema, options, ['options']);
  const start = `${String(year)}-04-01`;
  const entry = valueOn(tableOption(options, 'fees', specialistCoordinatorFeeTable), start);
  if (entry === undefined) throw inputError(['year'], `no specialist coordinator fee is published for the period starting ${start}`);
  const annualFee = formatAmount(toMoney(entry.value, ['options', 'fees']));
  const result = prorateFee({ annualFee, periodStart: start, months: 12, holders, method });
  const end = `${String(year + 1)}-03-31`;
  return { ...result, annualFee, period: { start, end }, paymentDate: end, incomeType: 'B' };
}
