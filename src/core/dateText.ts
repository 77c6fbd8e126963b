/**
 * Dates for people: long dates, weekday names and ISO week numbers in Danish
 * and English. The one module in `src/` that touches `Date`, and only through
 * date-fns with a UTC context (`@date-fns/utc`), so the machine's time zone
 * never leaks in. All arithmetic stays on day numbers (`dates.ts`).
 */
import { UTCDate, utc } from '@date-fns/utc';
import { format } from 'date-fns/format';
import { getISOWeek } from 'date-fns/getISOWeek';
import { da } from 'date-fns/locale/da';
import { enGB } from 'date-fns/locale/en-GB';
import { partsOf, toDayNumber, type IsoDate } from './dates.js';

/** A language of the texts this library writes. */
export type Lang = 'da' | 'en';

const LOCALES = { da, en: enGB } as const;

function utcDate(date: IsoDate): UTCDate {
  const { year, month, day } = partsOf(toDayNumber(date, ['date']));
  return new UTCDate(year, month - 1, day);
}

function render(date: IsoDate, pattern: string, lang: Lang): string {
  return format(utcDate(date), pattern, { locale: LOCALES[lang], in: utc });
}

/**
 * A date as people write it, with its weekday: `'torsdag 20. marts 2025'` /
 * `'Thursday 20 March 2025'`.
 *
 * @example
 * longDate('2025-03-20', 'da') // 'torsdag 20. marts 2025'
 * @example
 * longDate('2025-03-20', 'en') // 'Thursday 20 March 2025'
 */
export function longDate(date: IsoDate, lang: Lang): string {
  return render(date, lang === 'da' ? 'EEEE d. MMMM yyyy' : 'EEEE d MMMM yyyy', lang);
}

/**
 * A date without its weekday: `'20. marts 2025'` / `'20 March 2025'`.
 *
 * @example
 * shortDate('2025-03-20', 'da') // '20. marts 2025'
 */
export function shortDate(date: IsoDate, lang: Lang): string {
  return render(date, lang === 'da' ? 'd. MMMM yyyy' : 'd MMMM yyyy', lang);
}

/**
 * The weekday's name: `'torsdag'` / `'Thursday'`.
 *
 * @example
 * weekdayName('2025-03-20', 'en') // 'Thursday'
 */
export function weekdayName(date: IsoDate, lang: Lang): string {
  return render(date, 'EEEE', lang);
}

/**
 * The ISO 8601 week number (Danish "uge"), weeks starting on Monday.
 *
 * @example
 * isoWeek('2025-03-20') // 12
 */
export function isoWeek(date: IsoDate): number {
  return getISOWeek(utcDate(date), { in: utc });
}

/**
 * The ISO week as text: `'uge 12'` / `'week 12'`.
 *
 * @example
 * weekText('2025-03-20', 'da') // 'uge 12'
 */
export function weekText(date: IsoDate, lang: Lang): string {
  return `${lang === 'da' ? 'uge' : 'week'} ${isoWeek(date)}`;
}

/**
 * A long date in both languages, for `{ da, en }` messages.
 *
 * @example
 * longDates('2025-03-20').en // 'Thursday 20 March 2025'
 */
export function longDates(date: IsoDate): { da: string; en: string } {
  return { da: longDate(date, 'da'), en: longDate(date, 'en') };
}
