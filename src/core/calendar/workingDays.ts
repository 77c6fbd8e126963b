import { z } from 'zod';
import type { Bilingual } from '../ruleEntry.js';
import { inputError } from '../errors.js';
import { dayNumberOf, fromDayNumber, isoDateSchema, MAX_YEAR, MIN_YEAR, toDayNumber, weekday, yearOfDay } from '../dates.js';
import type { IsoDate } from '../dates.js';
import { parseInput } from '../validate.js';
import { copyData, deepFreeze } from '../frozen.js';
import { statutoryClosingDays } from '../../params/holidays.js';
import { holidaysOfYear } from './holidays.js';

/**
 * Which days are closed besides weekends. `statutory` (default): public
 * holidays plus Grundlovsdag, 24 and 31 December, as Danish statutes count
 * deadlines; `holidays-only`: the public holidays alone.
 *
 * @example
 * closedDaysSchema.options // ['statutory', 'holidays-only']
 */
export const closedDaysSchema = z
  .enum(['statutory', 'holidays-only'])
  .describe("Which days are closed besides weekends: 'statutory' (public holidays, Grundlovsdag, 24 and 31 December; the default) or 'holidays-only'");

/**
 * zod schema of {@link CalendarOptions}: `closedDays` (see
 * {@link closedDaysSchema}) and `extraClosedDays`, the caller's own closed
 * days (e.g. a secretariat's closing days). Strict; other option sets
 * (the AGM options) `.extend` it.
 *
 * @example
 * calendarOptionsSchema.parse({ closedDays: 'holidays-only' }) // { closedDays: 'holidays-only' }
 * calendarOptionsSchema.safeParse({ closedDays: 'weekends' }).success // false
 */
export const calendarOptionsSchema = z
  .strictObject({
    closedDays: closedDaysSchema.optional(),
    extraClosedDays: z.array(isoDateSchema).optional().describe('Extra closed days of your own, as YYYY-MM-DD'),
  })
  .describe('Which days count as working days');

/** Options of the working-day functions: which days are closed besides weekends. */
export type CalendarOptions = z.input<typeof calendarOptionsSchema>;

/** Why a day is not a working day. */
export interface ClosedReason {
  readonly kind: 'weekend' | 'holiday' | 'closing-day' | 'extra';
  readonly name: Bilingual;
}

/** A resolved calendar: mode and extra closed days as day numbers. */
export interface ResolvedCalendar {
  readonly statutory: boolean;
  readonly extra: ReadonlySet<number>;
}

const DEFAULT_CALENDAR: ResolvedCalendar = { statutory: true, extra: new Set() };
const SATURDAY: ClosedReason = deepFreeze({ kind: 'weekend', name: { da: 'lørdag', en: 'Saturday' } });
const SUNDAY: ClosedReason = deepFreeze({ kind: 'weekend', name: { da: 'søndag', en: 'Sunday' } });
const EXTRA: ClosedReason = deepFreeze({ kind: 'extra', name: { da: 'ekstra lukkedag', en: 'extra closed day' } });

const closedCache = new Map<number, { holidays: Map<number, ClosedReason>; statutory: Map<number, ClosedReason> }>();

function closedDaysOf(year: number): { holidays: Map<number, ClosedReason>; statutory: Map<number, ClosedReason> } {
  let entry = closedCache.get(year);
  if (!entry) {
    const holidays = new Map<number, ClosedReason>();
    for (const h of holidaysOfYear(year)) holidays.set(h.day, deepFreeze({ kind: 'holiday', name: h.name }));
    const statutory = new Map(holidays);
    for (const c of statutoryClosingDays) {
      const day = dayNumberOf(year, c.month, c.day);
      if (!statutory.has(day)) statutory.set(day, deepFreeze({ kind: 'closing-day', name: c.name }));
    }
    entry = { holidays, statutory };
    closedCache.set(year, entry);
  }
  return entry;
}

function outOfRange(year: number): Error {
  return inputError([], `the calendar covers ${MIN_YEAR}–${MAX_YEAR}; the computation reached ${year}`);
}

/**
 * Validate calendar options once, for use in loops.
 *
 * @example
 * resolveCalendar({ closedDays: 'holidays-only' }).statutory // false
 */
export function resolveCalendar(options: CalendarOptions | undefined, path: readonly (string | number)[] = ['options']): ResolvedCalendar {
  if (options === undefined) return DEFAULT_CALENDAR;
  const parsed = parseInput(calendarOptionsSchema, options, path);
  return {
    statutory: parsed.closedDays !== 'holidays-only',
    extra: new Set((parsed.extraClosedDays ?? []).map((d) => toDayNumber(d))),
  };
}

/**
 * Why a day number is not a working day, or undefined for a working day. A
 * holiday on a weekend is named as the holiday.
 *
 * @example
 * closedReason(toDayNumber('2025-04-21'), resolveCalendar(undefined))?.name.da // '2. påskedag'
 */
export function closedReason(day: number, calendar: ResolvedCalendar): ClosedReason | undefined {
  const year = yearOfDay(day);
  if (year < MIN_YEAR || year > MAX_YEAR) throw outOfRange(year);
  const sets = closedDaysOf(year);
  const named = (calendar.statutory ? sets.statutory : sets.holidays).get(day);
  if (named) return named;
  const wd = weekday(day);
  if (wd === 6) return SATURDAY;
  if (wd === 0) return SUNDAY;
  return calendar.extra.has(day) ? EXTRA : undefined;
}

/**
 * True when the date is a working day (hverdag): Monday–Friday and not closed.
 *
 * @throws {KlyngeInputError} for an impossible date or bad options.
 * @example
 * isWorkingDay('2025-06-05')                                  // false (Grundlovsdag)
 * isWorkingDay('2025-06-05', { closedDays: 'holidays-only' }) // true
 */
export function isWorkingDay(date: IsoDate, options?: CalendarOptions): boolean {
  return closedReason(toDayNumber(date, ['date']), resolveCalendar(options)) === undefined;
}

/** One step of a working-day walk, for explanations: a day without a reason was counted. */
export interface WalkedDay {
  readonly date: IsoDate;
  readonly reason?: ClosedReason;
}

/**
 * Move `n` working days from a day number (the start itself is not counted);
 * optionally record every day passed, counted or skipped.
 *
 * @example
 * fromDayNumber(stepWorkingDays(toDayNumber('2025-04-24'), -10, resolveCalendar(undefined))) // '2025-04-07'
 */
export function stepWorkingDays(start: number, n: number, calendar: ResolvedCalendar, trail?: WalkedDay[]): number {
  const direction = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let day = start;
  while (remaining > 0) {
    day += direction;
    const reason = closedReason(day, calendar);
    if (reason === undefined) remaining -= 1;
    trail?.push(reason === undefined ? { date: fromDayNumber(day) } : { date: fromDayNumber(day), reason: copyData(reason) });
  }
  return day;
}

function checkCount(n: unknown): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || Math.abs(n) > 100_000) {
    throw inputError(['n'], 'n must be a whole number of working days between -100000 and 100000');
  }
  return n;
}

/**
 * Add `n` working days to a date (negative `n` counts backwards). The start
 * date is not counted; `n = 0` returns the date unchanged.
 *
 * @throws {KlyngeInputError} for an impossible date, a non-integer `n` or bad options.
 * @example
 * addWorkingDays('2025-04-17', 1)  // '2025-04-22' (skærtorsdag to 2. påskedag skipped)
 * addWorkingDays('2025-03-26', -9) // '2025-03-13'
 */
export function addWorkingDays(date: IsoDate, n: number, options?: CalendarOptions): IsoDate {
  const start = toDayNumber(date, ['date']);
  return fromDayNumber(stepWorkingDays(start, checkCount(n), resolveCalendar(options)));
}

/**
 * The date itself if it is a working day, else the next working day.
 *
 * @example
 * workingDayOnOrAfter('2025-04-10') // '2025-04-10'
 * workingDayOnOrAfter('2025-04-19') // '2025-04-22'
 */
export function workingDayOnOrAfter(date: IsoDate, options?: CalendarOptions): IsoDate {
  const day = toDayNumber(date, ['date']);
  const calendar = resolveCalendar(options);
  return closedReason(day, calendar) === undefined ? date : fromDayNumber(stepWorkingDays(day, 1, calendar));
}

/**
 * The date itself if it is a working day, else the previous working day.
 *
 * @example
 * workingDayOnOrBefore('2025-03-16') // '2025-03-14'
 */
export function workingDayOnOrBefore(date: IsoDate, options?: CalendarOptions): IsoDate {
  const day = toDayNumber(date, ['date']);
  const calendar = resolveCalendar(options);
  return closedReason(day, calendar) === undefined ? date : fromDayNumber(stepWorkingDays(day, -1, calendar));
}

/**
 * Number of working days in the half-open range `[start, end)`; negative when `end` is before `start`.
 *
 * @example
 * workingDaysBetween('2025-03-13', '2025-03-27') // 10
 */
export function workingDaysBetween(start: IsoDate, end: IsoDate, options?: CalendarOptions): number {
  const a = toDayNumber(start, ['start']);
  const b = toDayNumber(end, ['end']);
  const calendar = resolveCalendar(options);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = lo; day < hi; day += 1) if (closedReason(day, calendar) === undefined) count += 1;
  return sign * count;
}
