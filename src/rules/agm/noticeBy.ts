/**
 * agm.notice-period — klyngeregler-2023 §4 (the notice paragraph after 4.2):
 * the notice, with the agenda, goes out electronically at least 2 weeks
 * before the meeting. We read "2 uger" as 14 calendar days; the option
 * `noticeOnWorkingDay` moves the latest day back to a working day.
 */
import { fromDayNumber, toDayNumber } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import type { DeadlineExplanation, SkippedDay } from './explanation.js';
import { explained, rollToWorkingDay } from './explanation.js';
import { resolveAgmOptions } from './options.js';
import type { AgmOptions, ResolvedAgmOptions } from './options.js';
import { agmPeriodsOn } from './periods.js';
import { agmRules } from './agmRules.js';

/**
 * Internal: the notice deadline of a meeting day number, with its explanation.
 *
 * @example
 * explainNoticeBy(toDayNumber('2025-05-05'), resolveAgmOptions({ noticeOnWorkingDay: true })).movedFrom // '2025-04-21'
 */
export function explainNoticeBy(meetingDay: number, options: ResolvedAgmOptions): DeadlineExplanation {
  const meeting = fromDayNumber(meetingDay);
  const days = agmPeriodsOn(meeting).noticeDays;
  const candidate = meetingDay - days;
  const rolled: { day: number; skipped: SkippedDay[]; movedFrom?: IsoDate } = options.noticeOnWorkingDay
    ? rollToWorkingDay(candidate, -1, options.calendar)
    : { day: candidate, skipped: [] };
  return explained(agmRules['agm.notice-period'], {
    method: options.noticeOnWorkingDay
      ? {
          da: `${days} kalenderdage før mødet; er den dag ikke en hverdag, den nærmeste hverdag før`,
          en: `${days} calendar days before the meeting; if that is not a working day, the previous working day`,
        }
      : { da: `${days} kalenderdage før mødet`, en: `${days} calendar days before the meeting` },
    meeting,
    calendarDays: -days,
    workingDays: 0,
    counted: [],
    skipped: rolled.skipped,
    ...(rolled.movedFrom === undefined ? {} : { movedFrom: rolled.movedFrom }),
    result: fromDayNumber(rolled.day),
  });
}

/**
 * The latest day to send the electronic notice, with the agenda, of a meeting:
 * 14 calendar days before it. With `noticeOnWorkingDay: true`, a notice day
 * that is not a working day moves back to the previous working day.
 *
 * @param meeting - the meeting date `'YYYY-MM-DD'`
 * @param options - calendar options, `noticeOnWorkingDay`, `meetingKind`
 * @throws {KlyngeInputError} for an impossible date or unknown/bad options.
 * @example
 * noticeBy('2025-03-27') // '2025-03-13'
 * noticeBy('2025-05-05', { noticeOnWorkingDay: true }) // '2025-04-16' (2025-04-21 is 2. påskedag)
 */
export function noticeBy(meeting: IsoDate, options?: AgmOptions): IsoDate {
  const day = toDayNumber(meeting, ['meeting']);
  return explainNoticeBy(day, resolveAgmOptions(options)).result;
}
