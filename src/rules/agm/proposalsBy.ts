/**
 * agm.proposal-deadline — klyngeregler-2023 §5.2: members' proposals should
 * ("bør") reach the coordinator or board no later than 10 working days
 * (hverdage) before the meeting. We count the 10th working day backwards
 * from the day before the meeting, so exactly 10 working days lie in
 * [proposalsBy, meeting).
 */
import { fromDayNumber, toDayNumber } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import { stepWorkingDays } from '../../core/calendar/workingDays.js';
import type { WalkedDay } from '../../core/calendar/workingDays.js';
import type { DeadlineExplanation } from './explanation.js';
import { explained, splitTrail } from './explanation.js';
import { resolveAgmOptions } from './options.js';
import type { AgmOptions, ResolvedAgmOptions } from './options.js';
import { agmPeriodsOn } from './periods.js';
import { agmRules } from './agmRules.js';

/**
 * Internal: the proposal deadline of a meeting day number, with its explanation.
 *
 * @example
 * explainProposalsBy(toDayNumber('2025-04-24'), resolveAgmOptions(undefined)).skippedSummary // { da: '2 weekender og påsken', en: '2 weekends and Easter' }
 */
export function explainProposalsBy(meetingDay: number, options: ResolvedAgmOptions): DeadlineExplanation {
  const meeting = fromDayNumber(meetingDay);
  const workingDays = agmPeriodsOn(meeting).proposalWorkingDays;
  const trail: WalkedDay[] = [];
  const day = stepWorkingDays(meetingDay, -workingDays, options.calendar, trail);
  const { counted, skipped } = splitTrail(trail);
  return explained(agmRules['agm.proposal-deadline'], {
    method: {
      da: `Den ${workingDays}. hverdag talt baglæns fra dagen før mødet`,
      en: `The ${workingDays}th working day counted backwards from the day before the meeting`,
    },
    meeting,
    calendarDays: 0,
    workingDays: -workingDays,
    counted,
    skipped,
    result: fromDayNumber(day),
  });
}

/**
 * The latest day members' proposals should be received for a meeting: the
 * 10th working day counted backwards from the day before the meeting.
 *
 * @param meeting - the meeting date `'YYYY-MM-DD'`
 * @param options - calendar options (`closedDays`, `extraClosedDays`); the AGM options are accepted too
 * @throws {KlyngeInputError} for an impossible date or unknown/bad options.
 * @example
 * proposalsBy('2025-03-27') // '2025-03-13'
 * proposalsBy('2025-04-24') // '2025-04-07' (Easter 2025 skipped)
 */
export function proposalsBy(meeting: IsoDate, options?: AgmOptions): IsoDate {
  const day = toDayNumber(meeting, ['meeting']);
  return explainProposalsBy(day, resolveAgmOptions(options)).result;
}
