/**
 * The regions that exist on a date (parameter of
 * `restructuring.dissolution-returns-funds`; lov-699-2025 § 126).
 */
import { z } from 'zod';
import { tableOption, valueOn, type ParameterTable } from '../../core/parameterTable.js';
import { isoDateSchema, type IsoDate } from '../../core/dates.js';
import { parseInput } from '../../core/validate.js';
import { REGIONS, regionsTable, type Region } from '../../params/regions.js';

/** Strict shape of the options (the table itself is checked by `tableOption`): a misspelt key is an input error. */
const regionOptionsSchema = z
  .strictObject({ regions: z.unknown().optional().describe('A dated table that replaces the built-in one') })
  .describe('Options of regionsOn and dissolveCluster: `regions` replaces the dated table of regions');

/**
 * zod schema of a region name (whether it exists on a date is checked separately).
 *
 * @example
 * regionSchema.safeParse('Østdanmark').success // true
 */
export const regionSchema = z.enum(REGIONS).describe('A Danish region');

/** Options of {@link regionsOn} and {@link dissolveCluster}. */
export interface RegionOptions {
  /** Replace the dated table of regions. */
  readonly regions?: ParameterTable<readonly Region[]>;
}

/**
 * The regions that exist on `date`: five until 31 December 2026, four from
 * 1 January 2027 (Østdanmark replaces Hovedstaden and Sjælland); none before 2007.
 *
 * @throws {KlyngeInputError} when `date` is not a calendar date.
 * @example
 * regionsOn('2026-12-31') // ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland']
 * regionsOn('2027-01-01') // ['Østdanmark', 'Syddanmark', 'Midtjylland', 'Nordjylland']
 */
export function regionsOn(date: IsoDate, options: RegionOptions = {}): Region[] {
  const day = parseInput(isoDateSchema, date, ['date']);
  parseInput(regionOptionsSchema, options, ['options']);
  return [...(valueOn(tableOption(options, 'regions', regionsTable), day)?.value ?? [])];
}
