import { fromDayNumber, yearSchema } from '../dates.js';
import type { IsoDate } from '../dates.js';
import { parseInput } from '../validate.js';
import { easterDay } from './holidays.js';

export { danishHolidays } from './holidays.js';

/**
 * Easter Sunday of a year (Gregorian computus).
 *
 * @throws {KlyngeInputError} when `year` is not a whole year in 1900–2299.
 * @example
 * easterSunday(2025) // '2025-04-20'
 */
export function easterSunday(year: number): IsoDate {
  return fromDayNumber(easterDay(parseInput(yearSchema, year, ['year'])));
}
