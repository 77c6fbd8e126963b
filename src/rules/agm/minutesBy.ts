/**
 * agm.minutes-deadline — klyngeregler-2023 §5.3: the minutes go to the
 * members no later than 14 days after the meeting. 14 calendar days; a day
 * that is not a working day moves to the next working day, as Danish
 * statutes count deadlines (forældelsesloven § 27, stk. 2).
 */
import { fromDayNumber, toDayNumber } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import type { DeadlineExplanation } from './explanation.js';
import { explained, rollToWorkingDay } from './explanation.js';
import { resolveAgmOptions } from './options.js';
import type { AgmOptions, ResolvedAgmOptions } from './options.js';
import { agmPeriodsOn } from './periods.js';
import { agmRules } from './agmRules.js';

/**
 * Internal: the minutes deadline of a meeting day number, with its explanation.
 *
 * @example
 * explainMinutesBy(toDayNumber('2025-04-03'), resolveAgmOptions(undefined)).skippedSummary // { da: '1 weekend og påsken', en: '1 weekend and Easter' }
 */
export function explainMinutesBy(meetingDay: number, options: ResolvedAgmOptions): DeadlineExplanation {
  const meeting = fromDayNumber(meetingDay);
  const days = agmPeriodsOn(meeting).minutesDays;
  const rolled = rollToWorkingDay(meetingDay + days, 1, options.calendar);
  return explained(agmRules['agm.minutes-deadline'], {
    method: {
      da: `${days} kalenderdage efter mødet; er den dag ikke en hverdag, den næste hverdag`,
      en: `${days} calendar days after the meeting; if that is not a working day, the next working day`,
    },
    meeting,
    calendarDays: days,
    workingDays: 0,
    counted: [],
    skipped: rolled.skipped,
    ...(rolled.movedFrom === undefined ? {} : { movedFrom: rolled.movedFrom }),
    result: fromDayNumber(rolled.day),
  });
}

/**
 * The latest day to send the minutes of a meeting: 14 calendar days after
 * it, moved forward to the next working day if that day is closed.
 *
 * @param meeting - the meeting date `'YYYY-MM-DD'`
 * @param options - calendar options (`closedDays`, `extraClosedDays`); the AGM options are accepted too
 * @throws {KlyngeInputError} for an impossible date or unknown/bad options.
 * @example
 * minutesBy('2025-03-27') // '2025-04-10'
 * minutesBy('2025-04-03') // '2025-04-22' (2025-04-17 is skærtorsdag; Easter follows)
 */
export function minutesBy(meeting: IsoDate, options?: AgmOptions): IsoDate {
  const day = toDayNumber(meeting, ['meeting']);
  return explainMinutesBy(day, resolveAgmOptions(options)).result;
}
