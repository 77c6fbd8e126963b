/**
 * Rule `fees.consultant-hourly-rate` (recommendation; kiap-klyngeadministration,
 * "Klyngens økonomi og udbetaling af midler"): an hourly rate in a time
 * statement above PLO's recommended consultant rate is a warning.
 */
import { z } from 'zod';
import { tableOption, valueOn, type ParameterTable } from '../../core/parameterTable.js';
import { isoDateSchema, type IsoDate } from '../../core/dates.js';
import { longDates } from '../../core/dateText.js';
import { finding, type Finding } from '../../core/findings.js';
import { amountSchema, entryAmount, formatAmount, formatKroner, validMoney, type Amount, type Money } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { consultantHourlyRateTable } from '../../params/fees.js';
import { feesRules } from './feesRules.js';

/** Strict shape of the options (the table itself is checked by `tableOption`): a misspelt key is an input error. */
const hourlyRateOptionsSchema = z
  .strictObject({ rates: z.unknown().optional().describe('A dated table that replaces the built-in one') })
  .describe('Options of checkHourlyRate: `rates` replaces the dated table of recommended hourly rates');

/**
 * Input of {@link checkHourlyRate}.
 *
 * @example
 * checkHourlyRateInputSchema.safeParse({ hourlyRate: '1072.02', date: '2025-01-01' }).success // true
 */
export const checkHourlyRateInputSchema = z.strictObject({
  hourlyRate: amountSchema,
  date: isoDateSchema,
});

/** Input of {@link checkHourlyRate}. */
export type CheckHourlyRateInput = { hourlyRate: Amount; date: IsoDate };

/** Options of {@link checkHourlyRate}. */
export interface CheckHourlyRateOptions {
  /** Replace the table of recommended hourly rates (kroner strings). */
  readonly rates?: ParameterTable<string>;
}

/** Result of {@link checkHourlyRate}. */
export interface CheckHourlyRateResult {
  /** The recommended rate on `date`, when one is published. */
  readonly recommended?: string;
  readonly findings: Finding[];
}

/**
 * Compare an hourly rate with PLO's recommended consultant rate on a date.
 * Above it → a `warning` (`fees.consultant-hourly-rate`); at or below it, or no
 * rate published for the date → no findings.
 *
 * @throws {KlyngeInputError} when the rate is not an amount or the date is not a calendar date.
 * @example
 * checkHourlyRate({ hourlyRate: 1200, date: '2025-02-01' })
 * // { recommended: '1072.02', findings: [{ rule: 'fees.consultant-hourly-rate', severity: 'warning', … }] }
 */
export function checkHourlyRate(input: CheckHourlyRateInput, options: CheckHourlyRateOptions = {}): CheckHourlyRateResult {
  const { hourlyRate, date } = parseInput(checkHourlyRateInputSchema, input);
  parseInput(hourlyRateOptionsSchema, options, ['options']);
  return judgeHourlyRate(hourlyRate, date, tableOption(options, 'rates', consultantHourlyRateTable));
}

/**
 * Internal: {@link checkHourlyRate} for a rate and date already validated
 * (the eligibility engine calls it for every fee claim).
 *
 * @example
 * judgeHourlyRate('1200', '2025-02-01', consultantHourlyRateTable).findings[0].rule // 'fees.consultant-hourly-rate'
 */
export function judgeHourlyRate(hourlyRate: Amount, date: IsoDate, table: ParameterTable<string>): CheckHourlyRateResult {
  const entry = valueOn(table, date);
  if (entry === undefined) return { findings: [] };
  const recommended = entryAmount(entry, ['options', 'rates']);
  const recommendedText = recommended.text;
  const rate = validMoney(hourlyRate);
  if (!rate.greaterThan(recommended.money)) return { recommended: recommendedText, findings: [] };
  const rateText = formatAmount(rate);
  const on = longDates(date);
  return {
    recommended: recommendedText,
    findings: [
      finding(
        feesRules['fees.consultant-hourly-rate'],
        'warning',
        {
          da: `Timeprisen ${formatKroner(rateText)} er over PLO’s anbefalede konsulenttakst på ${formatKroner(recommendedText)} pr. time (${on.da}).`,
          en: `The hourly rate ${rateText} kr is above PLO's recommended consultant rate of ${recommendedText} kr per hour (${on.en}).`,
        },
        { hourlyRate: rateText, recommended: recommendedText, date },
      ),
    ],
  };
}
