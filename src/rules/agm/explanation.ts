/** How a deadline was computed, as data for display (days counted and skipped). */
import type { Bilingual } from '../../core/ruleEntry.js';
import { fromDayNumber } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import { closedReason, stepWorkingDays } from '../../core/calendar/workingDays.js';
import type { ClosedReason, ResolvedCalendar, WalkedDay } from '../../core/calendar/workingDays.js';
import type { SourceRef } from '../../core/sources.js';
import type { RuleEntry } from '../../core/ruleEntry.js';
import type { AgmRuleId } from './agmRules.js';
import { skippedSummary } from './skippedSummary.js';

/** A day passed over because it is not a working day, with why (e.g. `2. påskedag`). */
export interface SkippedDay {
  readonly date: IsoDate;
  readonly kind: ClosedReason['kind'];
  readonly name: Bilingual;
}

/**
 * How one deadline was found: the rule and its source, the method in words,
 * the calendar-day offset and working-day count applied to the meeting date,
 * the working days counted and the closed days skipped (both in date order),
 * and, when the date was rolled to a working day, the date it was moved from.
 */
export interface DeadlineExplanation {
  readonly rule: AgmRuleId;
  readonly source: SourceRef;
  readonly method: Bilingual;
  readonly meeting: IsoDate;
  /** Calendar days added to the meeting date before any roll (−14, 0 or +14). */
  readonly calendarDays: number;
  /** Working days counted from the meeting date (−10 for proposals, else 0). */
  readonly workingDays: number;
  /** The working days counted, in date order (empty for calendar-day rules). */
  readonly counted: readonly IsoDate[];
  /** The closed days passed over, in date order. */
  readonly skipped: readonly SkippedDay[];
  /** The skipped days in one line, e.g. `{ da: '2 weekender og påsken', en: '2 weekends and Easter' }`. */
  readonly skippedSummary: Bilingual;
  /** The calendar-day result before it was moved to a working day, if it was. */
  readonly movedFrom?: IsoDate;
  readonly result: IsoDate;
}

/** The explanation of every deadline of {@link agmDeadlines}. */
export interface AgmExplanation {
  readonly noticeBy: DeadlineExplanation;
  readonly proposalsBy: DeadlineExplanation;
  readonly minutesBy: DeadlineExplanation;
}

function skippedDay(date: IsoDate, reason: ClosedReason): SkippedDay {
  return { date, kind: reason.kind, name: { ...reason.name } };
}

/**
 * Internal: split a working-day walk into counted and skipped days, both in date order.
 *
 * @example
 * splitTrail([{ date: '2025-04-22' }, { date: '2025-04-21', reason: { kind: 'holiday', name: { da: '2. påskedag', en: 'Easter Monday' } } }]).counted // ['2025-04-22']
 */
export function splitTrail(trail: readonly WalkedDay[]): { counted: IsoDate[]; skipped: SkippedDay[] } {
  const ordered = [...trail].sort((a, b) => (a.date < b.date ? -1 : 1));
  const counted: IsoDate[] = [];
  const skipped: SkippedDay[] = [];
  for (const day of ordered) {
    if (day.reason === undefined) counted.push(day.date);
    else skipped.push(skippedDay(day.date, day.reason));
  }
  return { counted, skipped };
}

/**
 * Internal: the day itself if it is a working day, else the nearest working day in `direction`, with the days skipped.
 *
 * @example
 * rollToWorkingDay(toDayNumber('2025-04-17'), 1, resolveCalendar(undefined)).movedFrom // '2025-04-17'
 * fromDayNumber(rollToWorkingDay(toDayNumber('2025-04-17'), 1, resolveCalendar(undefined)).day) // '2025-04-22'
 */
export function rollToWorkingDay(
  day: number,
  direction: 1 | -1,
  calendar: ResolvedCalendar,
): { day: number; skipped: SkippedDay[]; movedFrom?: IsoDate } {
  const reason = closedReason(day, calendar);
  if (reason === undefined) return { day, skipped: [] };
  const trail: WalkedDay[] = [{ date: fromDayNumber(day), reason }];
  const result = stepWorkingDays(day, direction, calendar, trail);
  return { day: result, skipped: splitTrail(trail).skipped, movedFrom: fromDayNumber(day) };
}

/**
 * Internal: an explanation of `rule`'s deadline, with a copy of its first
 * source and the one-line summary of the skipped days.
 *
 * @example
 * explained(agmRules['agm.notice-period'], { method: { da: 'm', en: 'm' }, meeting: '2025-03-27', calendarDays: -14, workingDays: 0, counted: [], skipped: [], result: '2025-03-13' }).skippedSummary
 * // { da: 'ingen lukkedage', en: 'no closed days' }
 */
export function explained(
  rule: RuleEntry<AgmRuleId>,
  fields: Omit<DeadlineExplanation, 'rule' | 'source' | 'skippedSummary'>,
): DeadlineExplanation {
  const { method, meeting, calendarDays, workingDays, counted, skipped, movedFrom, result } = fields;
  return {
    rule: rule.id,
    source: { ...rule.sources[0] },
    method,
    meeting,
    calendarDays,
    workingDays,
    counted,
    skipped,
    skippedSummary: skippedSummary(skipped),
    ...(movedFrom === undefined ? {} : { movedFrom }),
    result,
  };
}
