/**
 * The three AGM deadlines of a meeting (notice, proposals, minutes) and the
 * window check: agm.meeting-after-accounts (kiap-guide "Regler for budget og
 * regnskab": after 15 March, since the accounts go out only after 1 March)
 * and agm.meeting-first-quarter (klyngeregler-2023 §4.3: as a rule in the
 * first quarter). agm.extraordinary-meeting: an extraordinary meeting (§7.3,
 * kiap-guide "Klyngens regler") has the same deadlines but no window.
 */
import { dayNumberOf, fromDayNumber, toDayNumber, yearOfDay } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import { longDate } from '../../core/dateText.js';
import { finding } from '../../core/findings.js';
import type { Finding } from '../../core/findings.js';
import { AGM_WINDOW } from '../../params/agm.js';
import type { AgmExplanation } from './explanation.js';
import { explainMinutesBy } from './minutesBy.js';
import { explainNoticeBy } from './noticeBy.js';
import { resolveAgmOptions } from './options.js';
import type { AgmOptions } from './options.js';
import { explainProposalsBy } from './proposalsBy.js';
import { agmRules } from './agmRules.js';

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
  /** How each deadline was found: the rule, the days counted and skipped, and a one-line summary of the skipped days. */
  readonly explanation: AgmExplanation;
}

/** The window warning of an ordinary meeting outside 16–31 March of its year, or none. */
function windowFindings(meetingDay: number, meeting: IsoDate): Finding[] {
  const year = yearOfDay(meetingDay);
  const from = dayNumberOf(year, AGM_WINDOW.from.month, AGM_WINDOW.from.day);
  const until = dayNumberOf(year, AGM_WINDOW.until.month, AGM_WINDOW.until.day);
  if (meetingDay >= from && meetingDay <= until) return [];
  const data = { meeting, windowFrom: fromDayNumber(from), windowUntil: fromDayNumber(until) };
  const window = {
    da: `${longDate(data.windowFrom, 'da')}–${longDate(data.windowUntil, 'da')}`,
    en: `${longDate(data.windowFrom, 'en')}–${longDate(data.windowUntil, 'en')}`,
  };
  if (meetingDay < from) {
    return [
      finding(
        agmRules['agm.meeting-after-accounts'],
        'warning',
        {
          da: `Årsmødet ${longDate(meeting, 'da')} ligger før det anbefalede tidsrum ${window.da}: PLO sender først regnskabet for det foregående år ud efter 1. marts, så mødet bør holdes efter 15. marts, hvor regnskabet kan lægges frem.`,
          en: `The meeting on ${longDate(meeting, 'en')} is before the recommended window ${window.en}: PLO sends out the previous year's accounts only after 1 March, so the meeting should be held after 15 March, when the accounts can be presented.`,
        },
        data,
      ),
    ];
  }
  return [
    finding(
      agmRules['agm.meeting-first-quarter'],
      'warning',
      {
        da: `Årsmødet ${longDate(meeting, 'da')} ligger efter det anbefalede tidsrum ${window.da}: reglerne lægger op til, at årsmødet som udgangspunkt holdes i første kvartal.`,
        en: `The meeting on ${longDate(meeting, 'en')} is after the recommended window ${window.en}: the rules expect the annual meeting to be held in the first quarter as a rule.`,
      },
      data,
    ),
  ];
}

/**
 * The deadlines of an annual or extraordinary meeting: `noticeBy` (14
 * calendar days before; `noticeOnWorkingDay` moves it back to a working
 * day), `proposalsBy` (the 10th working day counted backwards from the day
 * before), `minutesBy` (14 calendar days after, forward to a working day),
 * each as {@link noticeBy}, {@link proposalsBy} and {@link minutesBy} compute
 * it. An ordinary meeting outside 16–31 March gives a `warning`.
 * `explanation` lists, per deadline, the rule, the days counted and the days
 * skipped, with a one-line summary of the skipped days.
 *
 * @param meeting - the meeting date `'YYYY-MM-DD'`
 * @param options - `closedDays`, `extraClosedDays`, `noticeOnWorkingDay` (default false), `meetingKind` (default `'ordinary'`)
 * @throws {KlyngeInputError} for an impossible date or unknown/bad options.
 * @example
 * const d = agmDeadlines('2025-04-24');
 * d.proposalsBy // '2025-04-07'
 * d.explanation.proposalsBy.skipped.map((s) => s.name.da) // ['lørdag', 'søndag', 'Skærtorsdag', 'Langfredag', 'lørdag', 'Påskedag', '2. påskedag']
 * d.explanation.proposalsBy.skippedSummary.da // '2 weekender og påsken'
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
