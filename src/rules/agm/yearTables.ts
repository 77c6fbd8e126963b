/**
 * Internal, an optimisation of {@link agmDeadlines}' hot path, tied to the
 * general function `fromDayNumber` and
 * to the explain* specification by test/agm/fastPath.prop.test.ts.
 *
 * Per calendar year, built once: the `'-MM-DD'` of its days (to write ISO
 * dates with one concatenation instead of `fromDayNumber`'s arithmetic), the
 * recommended AGM window. Working days are walked by the core's
 * `stepWorkingDays`.
 */
import { dayNumberOf, fromDayNumber, MAX_YEAR, MIN_YEAR } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import { AGM_WINDOW } from '../../params/agm.js';

/** Internal: what the hot path needs to know about one calendar year. */
export interface YearTable {
  readonly year: number;
  /** `String(year)`, e.g. `'2025'`. */
  readonly text: string;
  /** Day number of 1 January. */
  readonly first: number;
  /** `'-MM-DD'` of each day, by day of the year (0 = 1 January); shared by all years of the same length. */
  readonly monthDays: readonly string[];
  /** The recommended window of the ordinary meeting (16–31 March), as day numbers and as dates. */
  readonly windowFrom: number;
  readonly windowUntil: number;
  readonly windowFromDate: IsoDate;
  readonly windowUntilDate: IsoDate;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** `'-MM-DD'` of each day of a common or a leap year. */
function monthDaysOf(leap: boolean): string[] {
  return MONTH_LENGTHS.flatMap((common, m) =>
    Array.from({ length: m === 1 && leap ? 29 : common }, (_, d) => `-${String(m + 1).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`),
  );
}

let commonYear: readonly string[] | undefined;
let leapYear: readonly string[] | undefined;

function buildYearTable(year: number): YearTable {
  const first = dayNumberOf(year, 1, 1);
  const monthDays = dayNumberOf(year + 1, 1, 1) - first === 366 ? (leapYear ??= monthDaysOf(true)) : (commonYear ??= monthDaysOf(false));
  const windowFrom = dayNumberOf(year, AGM_WINDOW.from.month, AGM_WINDOW.from.day);
  const windowUntil = dayNumberOf(year, AGM_WINDOW.until.month, AGM_WINDOW.until.day);
  return {
    year,
    text: String(year),
    first,
    monthDays,
    windowFrom,
    windowUntil,
    windowFromDate: fromDayNumber(windowFrom),
    windowUntilDate: fromDayNumber(windowUntil),
  };
}

/** Tables of the years MIN_YEAR − 1 … MAX_YEAR + 1 (a deadline may fall in the year before or after its meeting), by year − (MIN_YEAR − 1). */
const tables: (YearTable | undefined)[] = [];

/**
 * Internal: the table of a year, cached for MIN_YEAR − 1 … MAX_YEAR + 1.
 *
 * @example
 * yearTable(2025).windowFromDate // '2025-03-16'
 */
export function yearTable(year: number): YearTable {
  if (year < MIN_YEAR - 1 || year > MAX_YEAR + 1) return buildYearTable(year);
  return (tables[year - MIN_YEAR + 1] ??= buildYearTable(year));
}

/**
 * Internal: the table of the year of `day`, starting from a year `near` it.
 *
 * @example
 * yearTableNear(toDayNumber('2024-12-22'), yearTable(2025)).year // 2024
 */
export function yearTableNear(day: number, near: YearTable): YearTable {
  let table = near;
  while (day < table.first) table = yearTable(table.year - 1);
  while (day >= table.first + table.monthDays.length) table = yearTable(table.year + 1);
  return table;
}

/**
 * Internal: the table of the year of a day number.
 *
 * @example
 * yearTableOf(toDayNumber('2025-03-27')).year // 2025
 */
export function yearTableOf(day: number): YearTable {
  // 365.2425 days a year on average: the estimate is at most a year off, and yearTableNear corrects it
  return yearTableNear(day, yearTable(1970 + Math.floor(day / 365.2425)));
}

/**
 * Internal: the ISO date of a day number in or near the year of `near`, the
 * same as `fromDayNumber(day)`.
 *
 * @example
 * isoDateNear(toDayNumber('2025-01-05') - 14, yearTable(2025)) // '2024-12-22'
 */
export function isoDateNear(day: number, near: YearTable): IsoDate {
  const table = yearTableNear(day, near);
  return table.text + table.monthDays[day - table.first]!;
}

