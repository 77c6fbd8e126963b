import { valueOn } from '../parameterTable.js';
import { dayNumberOf, fromDayNumber, yearSchema } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { Bilingual } from '../ruleEntry.js';
import { parseInput } from '../validate.js';
import { copyData, deepFreeze } from '../frozen.js';
import { storeBededagTable } from '../../params/holidays.js';

/** A Danish public holiday. */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: Bilingual;
}

/**
 * Easter Sunday by the Gregorian computus (anonymous algorithm), as a day number.
 *
 * @example
 * fromDayNumber(easterDay(2025)) // '2025-04-20'
 */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOf(year, month, day);
}

/** Holidays fixed relative to Easter Sunday (days offset). */
const EASTER_HOLIDAYS: readonly { offset: number; name: Bilingual; storeBededag?: true }[] = deepFreeze([
  { offset: -3, name: { da: 'Skærtorsdag', en: 'Maundy Thursday' } },
  { offset: -2, name: { da: 'Langfredag', en: 'Good Friday' } },
  { offset: 0, name: { da: 'Påskedag', en: 'Easter Sunday' } },
  { offset: 1, name: { da: '2. påskedag', en: 'Easter Monday' } },
  { offset: 26, name: { da: 'Store bededag', en: 'Great Prayer Day' }, storeBededag: true },
  { offset: 39, name: { da: 'Kristi himmelfartsdag', en: 'Ascension Day' } },
  { offset: 49, name: { da: 'Pinsedag', en: 'Whit Sunday' } },
  { offset: 50, name: { da: '2. pinsedag', en: 'Whit Monday' } },
]);

const FIXED_HOLIDAYS: readonly { month: number; day: number; name: Bilingual }[] = deepFreeze([
  { month: 1, day: 1, name: { da: 'Nytårsdag', en: "New Year's Day" } },
  { month: 12, day: 25, name: { da: 'Juledag', en: 'Christmas Day' } },
  { month: 12, day: 26, name: { da: '2. juledag', en: 'Boxing Day' } },
]);

/** Holidays by year, built once per year (a pure function of the year, frozen). */
const cache = new Map<number, readonly (Holiday & { day: number })[]>();

/** Internal: holidays of a validated year with day numbers, cached per year. */
export function holidaysOfYear(year: number): readonly (Holiday & { day: number })[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterDay(year);
  const storeBededag = valueOn(storeBededagTable, `${year}-06-01`)?.value === true;
  const days = [
    ...FIXED_HOLIDAYS.map((h) => ({ day: dayNumberOf(year, h.month, h.day), name: h.name })),
    ...EASTER_HOLIDAYS.filter((h) => !h.storeBededag || storeBededag).map((h) => ({ day: easter + h.offset, name: h.name })),
  ]
    .sort((a, b) => a.day - b.day)
    .map((h) => Object.freeze({ day: h.day, date: fromDayNumber(h.day), name: h.name }));
  cache.set(year, days);
  return days;
}

/**
 * The Danish public holidays (helligdage) of a year, in date order. Store
 * bededag is included up to and including 2023 only. Grundlovsdag, 24 and 31
 * December are closing days, not holidays, and are not listed.
 *
 * @throws {KlyngeInputError} when `year` is not a whole year in 1900–2299.
 * @example
 * danishHolidays(2025).find((h) => h.name.da === '2. påskedag')?.date // '2025-04-21'
 * danishHolidays(2024).some((h) => h.name.da === 'Store bededag')    // false
 */
export function danishHolidays(year: number): Holiday[] {
  parseInput(yearSchema, year, ['year']);
  return holidaysOfYear(year).map(({ date, name }) => ({ date, name: copyData(name) }));
}
