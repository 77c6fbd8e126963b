/**
 * ISO calendar dates (`YYYY-MM-DD`) as day numbers. All arithmetic is on whole
 * days counted from 1970-01-01 with UTC-only conversions, so no result can
 * depend on the machine's time zone (Pacific/Kiritimati skipped 1994-12-31
 * locally; we never ask the local clock).
 */
import { z } from 'zod';
import { inputError } from './errors.js';

/** A calendar date `'YYYY-MM-DD'`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The first and last years the calendar functions accept (Gregorian computus is exact for these). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2299;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `date must be a string 'YYYY-MM-DD', received ${value === null ? 'null' : typeof value}`;
  const match = ISO_DATE.exec(value);
  if (!match) return `date must be 'YYYY-MM-DD' (no time, no time zone), received '${value.slice(0, 30)}'`;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return `year must be between ${MIN_YEAR} and ${MAX_YEAR}, received ${year}`;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return `${value} is not a calendar date`;
  return undefined;
}

/**
 * zod schema for {@link IsoDate}: a real calendar date, nothing else.
 *
 * @example
 * isoDateSchema.safeParse('2025-02-30').success // false
 */
export const isoDateSchema = z
  .string({ message: "date must be a string 'YYYY-MM-DD'" })
  .regex(ISO_DATE, { message: "date must be 'YYYY-MM-DD' (no time, no time zone)", abort: true })
  .superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe("A calendar date 'YYYY-MM-DD'");

/**
 * Parse an ISO date to its day number (days since 1970-01-01), or throw {@link KlyngeInputError}.
 *
 * @example
 * toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(date: unknown, path: readonly (string | number)[] = []): number {
  const problem = dateProblem(date);
  if (problem) throw inputError(path, problem);
  const [y, m, d] = (date as string).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/**
 * The ISO date of a day number.
 *
 * @example
 * fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Day of the week of a day number: 0 Sunday … 6 Saturday.
 *
 * @example
 * weekday(toDayNumber('2025-03-27')) // 4 (Thursday)
 */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Day number of a year, month (1–12) and day.
 *
 * @example
 * dayNumberOf(2025, 3, 1) === toDayNumber('2025-03-01') // true
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * The year, month (1–12) and day of a day number.
 *
 * @example
 * partsOf(toDayNumber('2024-11-01')) // { year: 2024, month: 11, day: 1 }
 */
export function partsOf(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The year of a day number, by integer arithmetic only (civil-from-days), for hot loops.
 *
 * @example
 * yearOfDay(toDayNumber('2024-12-31')) // 2024
 */
export function yearOfDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/**
 * Add calendar days to an ISO date.
 *
 * @example
 * addDays('2025-03-27', -14) // '2025-03-13'
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * Add whole months to a day number of the 1st of a month.
 *
 * @example
 * fromDayNumber(addMonthsToFirst(toDayNumber('2024-04-01'), 12)) // '2025-04-01'
 */
export function addMonthsToFirst(firstOfMonth: number, months: number): number {
  const { year, month } = partsOf(firstOfMonth);
  return dayNumberOf(year, month + months, 1);
}

/**
 * Days in the month of a day number.
 *
 * @example
 * monthLength(toDayNumber('2024-02-10')) // 29
 */
export function monthLength(day: number): number {
  const { year, month } = partsOf(day);
  return daysInMonth(year, month);
}

/**
 * zod schema for a calendar year the library can compute with.
 *
 * @example
 * yearSchema.parse(2025) // 2025
 */
export const yearSchema = z.number().int().min(MIN_YEAR).max(MAX_YEAR).describe('A calendar year');
