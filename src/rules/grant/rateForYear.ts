/**
 * Rule `grant.rate-per-patient` (klyngeregler-2023 §3.1, kiap-guide "Klyngens
 * økonomi", kiap-klyngeadministration): the published grant rate of a year.
 */
import { tableOption, valueOn, type ParameterTable } from '../../core/parameterTable.js';
import { yearSchema } from '../../core/dates.js';
import { formatAmount, toMoney } from '../../core/money.js';
import type { SourceRef } from '../../core/sources.js';
import { parseInput } from '../../core/validate.js';
import { grantRateTable } from '../../params/rates.js';

/** Options of {@link rateForYear} and {@link grantForYear}. */
export interface GrantRateOptions {
  /** Replace the table of rates per patient (kroner strings), e.g. for a new agreement period. */
  readonly rates?: ParameterTable<string>;
}

/** A published rate and where it comes from. */
export interface PublishedRate {
  /** Kroner per listed group-1 patient per year, two decimals. */
  readonly rate: string;
  readonly source: SourceRef;
}

/**
 * The published grant rate per listed group-1 patient for a year (the entry in
 * force on 1 January of the year), or `undefined` when none is published.
 *
 * @throws {KlyngeInputError} when `year` is not a whole year 1900–2299, or an override rate is not an amount.
 * @example
 * rateForYear(2024) // { rate: '3.55', source: { document: 'kiap-guide', section: 'Klyngens økonomi' } }
 * rateForYear(2031) // undefined
 */
export function rateForYear(year: number, options: GrantRateOptions = {}): PublishedRate | undefined {
  const y = parseInput(yearSchema, year, ['year']);
  const entry = valueOn(tableOption(options, 'rates', grantRateTable), `${String(y)}-01-01`);
  if (entry === undefined) return undefined;
  return { rate: formatAmount(toMoney(entry.value, ['options', 'rates'])), source: entry.source };
}
