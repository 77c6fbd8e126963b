/**
 * ISO calendar dates (`YYYY-MM-DD`) as day numbers. All arithmetic is on whole
 * days counted from 1970-01-01 with integer arithmetic only (no `Date`), so no
 * result can depend on the machine's time zone (Pacific/Kiritimati skipped
 * 1994-12-31 locally; we never ask the local clock).
 */
import { z } from 'zod';
import { inputError } from './errors.js';

/** A calendar date `'YYYY-MM-DD'`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first and last years the calendar functions accept (Gregorian computus is exact for these). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2299;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month and day of a day number (H. Hinnant's civil_from_days). */
function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM-DD` → year·10000 + month·100 + day, or −1 when the text is not of that form (ranges not checked). */
function packedDigits(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  let packed = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    packed = packed * 10 + digit;
  }
  return packed;
}

/** The day number of an ISO date, or why it is not one (a message). */
function parseIsoDate(value: unknown): number | string {
  if (typeof value !== 'string') return `date must be a string 'YYYY-MM-DD', received ${value === null ? 'null' : typeof value}`;
  const packed = packedDigits(value);
  if (packed < 0) return `date must be 'YYYY-MM-DD' (no time, no time zone), received '${value.slice(0, 30)}'`;
  const year = Math.floor(packed / 10_000);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  if (year < MIN_YEAR || year > MAX_YEAR) return `year must be between ${MIN_YEAR} and ${MAX_YEAR}, received ${year}`;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return `${value} is not a calendar date`;
  return daysFromCivil(year, month, day);
}

/** Internal: why `value` is not an {@link IsoDate}, or `undefined` when it is one. */
export function dateProblem(value: unknown): string | undefined {
  const parsed = parseIsoDate(value);
  return typeof parsed === 'string' ? parsed : undefined;
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
  const parsed = parseIsoDate(date);
  if (typeof parsed === 'string') throw inputError(path, parsed);
  return parsed;
}

/**
 * The ISO date of a day number.
 *
 * @example
 * fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(day: number): IsoDate {
  const { year, month, day: dom } = civilFromDays(day);
  return `${year}-${pad2(month)}-${pad2(dom)}`;
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
  // months outside 1–12 roll over into neighbouring years, as Date.UTC does
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return daysFromCivil(y, m, 1) + day - 1;
}

/**
 * The year, month (1–12) and day of a day number.
 *
 * @example
 * partsOf(toDayNumber('2024-11-01')) // { year: 2024, month: 11, day: 1 }
 */
export function partsOf(day: number): { year: number; month: number; day: number } {
  return civilFromDays(day);
}

/**
 * The year of a day number, by integer arithmetic only (civil-from-days), for hot loops.
 *
 * @example
 * yearOfDay(toDayNumber('2024-12-31')) // 2024
 */
export function yearOfDay(day: number): number {
  return civilFromDays(day).year;
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
