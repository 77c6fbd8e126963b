/**
 * Month-bound duties (DESIGN.md "The cluster year and the calendar"): a duty
 * the sources bind to a month ("inden udgangen af januar", "i januar",
 * "senest ved udgangen af september") is due on the month's last day and
 * never leaves its month, also when that day is a weekend or holiday.
 */
import type { Bilingual } from '../../core/ruleEntry.js';
import { dayNumberOf, fromDayNumber, toDayNumber } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/dateText.js';
import { closedReason, resolveCalendar, stepWorkingDays } from '../../core/calendar/workingDays.js';
import type { ClosedReason, ResolvedCalendar } from '../../core/calendar/workingDays.js';

/**
 * Internal: the last day of a month, the due date of every month-bound duty
 * (never moved to a working day).
 *
 * @example
 * monthEnd(2026, 1) // '2026-01-31'
 * monthEnd(2024, 2) // '2024-02-29'
 */
export function monthEnd(year: number, month: number): IsoDate {
  return fromDayNumber(dayNumberOf(year, month + 1, 1) - 1);
}

/**
 * Applies `calendar.closed-day-shift`: a month-bound duty is due on the month's last day and never leaves the month.
 * Internal: the deadline of the yearly registration of the cluster's clinics
 * (ydernumre) on kiap.dk, "inden udgangen af januar": 31 January, never
 * moved. `grantForYear` and `annualCalendar` both take it from here.
 *
 * @example
 * registrationDeadline(2026) // '2026-01-31' (a Saturday; not moved)
 */
export function registrationDeadline(year: number): IsoDate {
  return monthEnd(year, 1);
}

function closedKind(reason: ClosedReason): Bilingual {
  switch (reason.kind) {
    case 'weekend':
      return { da: 'en weekenddag', en: 'a weekend day' };
    case 'holiday':
      return { da: `en helligdag (${reason.name.da})`, en: `a public holiday (${reason.name.en})` };
    case 'closing-day':
      return { da: `en lukkedag (${reason.name.da})`, en: `a closed day (${reason.name.en})` };
    default:
      return { da: 'en af jeres ekstra lukkedage', en: 'one of your extra closed days' };
  }
}

/**
 * Internal: when a month-bound due date is a weekend, holiday or closed day,
 * a note that says so, that the date does not move, and which working day
 * comes before it; `undefined` on a working day.
 *
 * @example
 * monthBoundNote('2026-01-31', resolveCalendar(undefined))?.en
 * // 'Saturday 31 January 2026 is a weekend day. The duty is bound to its month, so the date does not move; the last working day before it is Friday 30 January 2026.'
 * monthBoundNote('2025-01-31', resolveCalendar(undefined)) // undefined
 */
export function monthBoundNote(date: IsoDate, calendar: ResolvedCalendar = resolveCalendar(undefined)): Bilingual | undefined {
  const day = toDayNumber(date);
  const reason = closedReason(day, calendar);
  if (reason === undefined) return undefined;
  const before = fromDayNumber(stepWorkingDays(day, -1, calendar));
  const kind = closedKind(reason);
  return {
    da: `${capitalised(longDate(date, 'da'))} er ${kind.da}. Pligten hører til måneden, så datoen flyttes ikke; sidste hverdag før er ${longDate(before, 'da')}.`,
    en: `${longDate(date, 'en')} is ${kind.en}. The duty is bound to its month, so the date does not move; the last working day before it is ${longDate(before, 'en')}.`,
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
