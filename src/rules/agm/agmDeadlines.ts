/**
 * The three AGM deadlines of a meeting (notice, proposals, minutes) and the
 * window check: agm.meeting-after-accounts (kiap-guide "Regler for budget og
 * regnskab": after 15 March, since the accounts go out only after 1 March)
 * and agm.meeting-first-quarter (klyngeregler-2023 §4.3: as a rule in the
 * first quarter). agm.extraordinary-meeting: an extraordinary meeting (§7.3,
 * kiap-guide "Klyngens regler") has the same deadlines but no window.
 */
import { dayNumberOf, fromDayNumber, partsOf, toDayNumber } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import { finding } from '../../core/findings.js';
import type { Finding } from '../../core/findings.js';
import { AGM_WINDOW } from '../../params/agm.js';
import type { AgmExplanation } from './explanation.js';
import { explainMinutesBy } from './minutesBy.js';
import { explainNoticeBy } from './noticeBy.js';
import { resolveAgmOptions } from './options.js';
import type { AgmOptions } from './options.js';
import { explainProposalsBy } from './proposalsBy.js';
import { agmRules } from './rules.js';

/** The deadlines of one meeting, findings about its date, and how each deadline was found. */
export interface AgmDeadlines {
  readonly meeting: IsoDate;
  /** Latest day to send the electronic notice with the agenda. */
  readonly noticeBy: IsoDate;
  /** Latest day members' proposals should be received. */
  readonly proposalsBy: IsoDate;
  /** Latest day to send the minutes. */
  readonly minutesBy: IsoDate;
  readonly findings: Finding[];
  readonly explanation: AgmExplanation;
}

function windowFindings(meetingDay: number, meeting: IsoDate): Finding[] {
  const { year } = partsOf(meetingDay);
  const from = dayNumberOf(year, AGM_WINDOW.from.month, AGM_WINDOW.from.day);
  const until = dayNumberOf(year, AGM_WINDOW.until.month, AGM_WINDOW.until.day);
  const data = { meeting, windowFrom: fromDayNumber(from), windowUntil: fromDayNumber(until) };
  if (meetingDay < from) {
    return [
      finding(
        agmRules['agm.meeting-after-accounts'],
        'warning',
        {
          da: `Årsmødet ${meeting} ligger før det anbefalede tidsrum ${data.windowFrom}–${data.windowUntil}: PLO sender først regnskabet for det foregående år ud efter 1. marts, så mødet bør holdes efter 15. marts, hvor regnskabet kan lægges frem.`,
          en: `The meeting on ${meeting} is before the recommended window ${data.windowFrom}–${data.windowUntil}: PLO sends out the previous year's accounts only after 1 March, so the meeting should be held after 15 March, when the accounts can be presented.`,
        },
        data,
      ),
    ];
  }
  if (meetingDay > until) {
    return [
      finding(
        agmRules['agm.meeting-first-quarter'],
        'warning',
        {
          da: `Årsmødet ${meeting} ligger efter det anbefalede tidsrum ${data.windowFrom}–${data.windowUntil}: reglerne lægger op til, at årsmødet som udgangspunkt holdes i første kvartal.`,
          en: `The meeting on ${meeting} is after the recommended window ${data.windowFrom}–${data.windowUntil}: the rules expect the annual meeting to be held in the first quarter as a rule.`,
        },
        data,
      ),
    ];
  }
  return [];
}

/**
 * The deadlines of an annual or extraordinary meeting: `noticeBy` (14
 * calendar days before; `noticeOnWorkingDay` moves it back to a working
 * day), `proposalsBy` (the 10th working day counted backwards from the day
 * before), `minutesBy` (14 calendar days after, forward to a working day).
 * An ordinary meeting outside 16–31 March gives a `warning`. `explanation`
 * lists, per deadline, the rule, the days counted and the days skipped.
 *
 * @param meeting - the meeting date `'YYYY-MM-DD'`
 * @param options - `closedDays`, `extraClosedDays`, `noticeOnWorkingDay` (default false), `meetingKind` (default `'ordinary'`)
 * @throws {KlyngeInputError} for an impossible date or unknown/bad options.
 * @example
 * const d = agmDeadlines('2025-04-24');
 * d.proposalsBy // '2025-04-07'
 * d.explanation.proposalsBy.skipped.map((s) => s.name.da) // ['lørdag', 'søndag', 'Skærtorsdag', 'Langfredag', 'lørdag', 'Påskedag', '2. påskedag']
 * d.findings[0].rule // 'agm.meeting-first-quarter'
 */
export function agmDeadlines(meeting: IsoDate, options?: AgmOptions): AgmDeadlines {
  const day = toDayNumber(meeting, ['meeting']);
  const resolved = resolveAgmOptions(options);
  const explanation: AgmExplanation = {
    noticeBy: explainNoticeBy(day, resolved),
    proposalsBy: explainProposalsBy(day, resolved),
    minutesBy: explainMinutesBy(day, resolved),
  };
  return {
    meeting,
    noticeBy: explanation.noticeBy.result,
    proposalsBy: explanation.proposalsBy.result,
    minutesBy: explanation.minutesBy.result,
    findings: resolved.meetingKind === 'ordinary' ? windowFindings(day, meeting) : [],
    explanation,
  };
}
