/**
 * Rules `grant.carry-over` (klyngeregler-2023 §3.2, §8.1, §9.1) and
 * `grant.overspent` (§3.2): the year's ledger of a cluster's funds.
 */
import { z } from 'zod';
import { yearSchema } from '../../core/dates.js';
import { inputError } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { amountSchema, formatAmount, formatKroner, sumMoney, toMoney, ZERO, type Money } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { grantRules } from './grantRules.js';

const spentSchema = z
  .union([amountSchema, z.array(amountSchema)])
  .describe("The year's spending: one total or the single amounts");

/**
 * Input of {@link closeYear}.
 *
 * @example
 * closeYearInputSchema.safeParse({ year: 2024, openingBalance: 0, grant: 1, spent: [] }).success // true
 */
export const closeYearInputSchema = z.strictObject({
  year: yearSchema,
  openingBalance: amountSchema.describe('Wealth at the start of the year (formue primo)'),
  grant: amountSchema.describe("The year's grant"),
  spent: spentSchema,
});

/** Input of {@link closeYear}. */
export type CloseYearInput = z.input<typeof closeYearInputSchema>;

/** Result of {@link closeYear}: the figures of the activity report (§8.1). */
export interface CloseYearResult {
  readonly year: number;
  /** Wealth at the start of the year (formue primo). May be negative only inside {@link closeYears}. */
  readonly openingBalance: string;
  readonly grant: string;
  /** Total spent in the year. */
  readonly spent: string;
  /** Wealth at the end of the year (formue ultimo) = opening + grant − spent; negative when overspent (`"-1200.00"`). */
  readonly closingBalance: string;
  readonly findings: Finding[];
}

/** The total of validated spent amounts. */
function spentTotal(spent: unknown): Money {
  if (Array.isArray(spent)) return sumMoney(spent.map((s) => toMoney(s)));
  return toMoney(spent);
}

function ledgerYear(year: number, opening: Money, grant: Money, spent: Money): { result: CloseYearResult; closing: Money } {
  const closing = opening.plus(grant).minus(spent);
  const closingBalance = formatAmount(closing);
  const findings: Finding[] = [];
  if (closing.lessThan(ZERO)) {
    findings.push(
      finding(
        grantRules['grant.overspent'],
        'violation',
        {
          da: `Klyngen har i ${String(year)} brugt mere end sine midler: formuen ultimo er ${formatKroner(closingBalance)}`,
          en: `In ${String(year)} the cluster spent more than its funds: the closing balance is ${closingBalance} kr.`,
        },
        { year, closingBalance },
      ),
    );
  }
  return {
    result: {
      year,
      openingBalance: formatAmount(opening),
      grant: formatAmount(grant),
      spent: formatAmount(spent),
      closingBalance,
      findings,
    },
    closing,
  };
}

/**
 * Close a year's ledger: closing balance = opening balance + grant − spent. The
 * closing balance is carried over as next year's opening balance; opening and
 * closing are the wealth primo and ultimo of the activity report (§8.1). A
 * negative closing balance is a `violation` finding (`grant.overspent`), not an error.
 *
 * @throws {KlyngeInputError} when an amount is negative, not an amount, or the year is not a year.
 * @example
 * closeYear({ year: 2024, openingBalance: 20000, grant: '170400', spent: [100000, '50000.50'] }).closingBalance
 * // '40399.50'
 */
export function closeYear(input: CloseYearInput): CloseYearResult {
  const parsed = parseInput(closeYearInputSchema, input);
  return ledgerYear(
    parsed.year,
    toMoney(parsed.openingBalance),
    toMoney(parsed.grant),
    spentTotal(parsed.spent),
  ).result;
}

/**
 * Input of {@link closeYears}.
 *
 * @example
 * closeYearsInputSchema.safeParse({ openingBalance: 0, years: [] }).success // false (at least one year)
 */
export const closeYearsInputSchema = z.strictObject({
  openingBalance: amountSchema.describe('Wealth at the start of the first year'),
  years: z
    .array(z.strictObject({ year: yearSchema, grant: amountSchema, spent: spentSchema }))
    .min(1)
    .describe('Consecutive calendar years, in order'),
});

/** Input of {@link closeYears}. */
export type CloseYearsInput = z.input<typeof closeYearsInputSchema>;

/** Result of {@link closeYears}. */
export interface CloseYearsResult {
  /** Each year's ledger; each closing balance is the next year's opening balance. */
  readonly years: CloseYearResult[];
  /** The last year's closing balance. */
  readonly closingBalance: string;
  /** Every year's findings, in year order. */
  readonly findings: Finding[];
}

/**
 * Close several consecutive years in a row, carrying each closing balance over
 * as the next opening balance (a negative balance is carried as it is).
 *
 * @throws {KlyngeInputError} on bad amounts, or when the years are not consecutive.
 * @example
 * closeYears({ openingBalance: 0, years: [
 *   { year: 2024, grant: 170400, spent: 150000 },
 *   { year: 2025, grant: 175200, spent: 200000 },
 * ] }).closingBalance // '-4400.00'
 */
export function closeYears(input: CloseYearsInput): CloseYearsResult {
  const parsed = parseInput(closeYearsInputSchema, input);
  const years: CloseYearResult[] = [];
  let balance = toMoney(parsed.openingBalance);
  parsed.years.forEach((entry, index) => {
    const previous = parsed.years[index - 1];
    if (previous !== undefined && entry.year !== previous.year + 1) {
      throw inputError(['years', index, 'year'], `years must be consecutive: ${String(entry.year)} does not follow ${String(previous.year)}`);
    }
    const { result, closing } = ledgerYear(
      entry.year,
      balance,
      toMoney(entry.grant),
      spentTotal(entry.spent),
    );
    years.push(result);
    balance = closing;
  });
  return {
    years,
    closingBalance: formatAmount(balance),
    findings: years.flatMap((y) => y.findings),
  };
}
