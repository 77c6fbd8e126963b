/**
 * The three AGM deadlines of a meeting (notice, proposals, minutes) and the
 * window check: agm.meeting-after-accounts (kiap-guide "Regler for budget og
 * regnskab": after 15 March, since the accounts go out only after 1 March)
 * and agm.meeting-first-quarter (klyngeregler-2023 §4.3: as a rule in the
 * first quarter). agm.extraordinary-meeting: an extraordinary meeting (§7.3,
 * kiap-guide "Klyngens regler") has the same deadlines but no window.
 */
import { toDayNumber } from '../../core/dates.js';
import type { Bilingual } from '../../core/catalogue.js';
import type { IsoDate } from '../../core/dates.js';
import { stepWorkingDays } from '../../core/calendar/workingDays.js';
import type { ResolvedCalendar } from '../../core/calendar/workingDays.js';
import type { Finding } from '../../core/findings.js';
import { AGM_MINUTES_DAYS, AGM_NOTICE_DAYS, AGM_PROPOSAL_WORKING_DAYS } from '../../params/agm.js';
import type { AgmExplanation } from './explanation.js';
import { explainMinutesBy } from './minutesBy.js';
import { explainNoticeBy } from './noticeBy.js';
import { resolveAgmOptions } from './options.js';
import type { AgmOptions, ResolvedAgmOptions } from './options.js';
import { explainProposalsBy } from './proposalsBy.js';
import { agmRules } from './rules.js';
import { isoDateNear, yearTableOf } from './yearTables.js';
import type { YearTable } from './yearTables.js';

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
  /**
   * Built from `meeting` and the call's options on first read, then kept as
   * a plain data property. Until then it is an enumerable getter, which
   * `JSON.stringify`, spreading and deep equality read like any property
   * (`console.log` shows `[Getter]`).
   */
  readonly explanation: AgmExplanation;
}

/**
 * Internal, the executable specification of the three deadlines: each
 * explain* function applies its rule day by day and records the days counted
 * and skipped. {@link agmDeadlines} computes the same dates directly and calls
 * this only when `explanation` is read.
 *
 * @example
 * explainAgmDeadlines(toDayNumber('2025-04-24'), resolveAgmOptions(undefined)).proposalsBy.result // '2025-04-07'
 */
export function explainAgmDeadlines(meetingDay: number, options: ResolvedAgmOptions): AgmExplanation {
  return {
    noticeBy: explainNoticeBy(meetingDay, options),
    proposalsBy: explainProposalsBy(meetingDay, options),
    minutesBy: explainMinutesBy(meetingDay, options),
  };
}

/** The day itself if it is a working day, else the nearest working day after (`direction` 1) or before (−1) it: one working day on from the day before (after) it. */
function workingDayFrom(day: number, direction: 1 | -1, calendar: ResolvedCalendar): number {
  return stepWorkingDays(day - direction, direction, calendar);
}

const afterAccounts = agmRules['agm.meeting-after-accounts'];
const firstQuarter = agmRules['agm.meeting-first-quarter'];

/** What the window warnings say after the meeting date, for a meeting before or after the window: it depends only on the year. */
interface WindowTexts {
  readonly before: Bilingual;
  readonly after: Bilingual;
}

function windowTextsOf(from: IsoDate, until: IsoDate): WindowTexts {
  return {
    before: {
      da: ` ligger før det anbefalede tidsrum ${from}–${until}: PLO sender først regnskabet for det foregående år ud efter 1. marts, så mødet bør holdes efter 15. marts, hvor regnskabet kan lægges frem.`,
      en: ` is before the recommended window ${from}–${until}: PLO sends out the previous year's accounts only after 1 March, so the meeting should be held after 15 March, when the accounts can be presented.`,
    },
    after: {
      da: ` ligger efter det anbefalede tidsrum ${from}–${until}: reglerne lægger op til, at årsmødet som udgangspunkt holdes i første kvartal.`,
      en: ` is after the recommended window ${from}–${until}: the rules expect the annual meeting to be held in the first quarter as a rule.`,
    },
  };
}

/** By year. */
const windowTextsByYear = new Map<number, WindowTexts>();

/**
 * The window warning of an ordinary meeting outside 16 March–31 March of its
 * year, or none; the text after the date is built once per year.
 */
function windowFindings(meetingDay: number, meeting: IsoDate, meetingYear: YearTable): Finding[] {
  const { windowFrom, windowUntil, windowFromDate, windowUntilDate } = meetingYear;
  if (meetingDay >= windowFrom && meetingDay <= windowUntil) return [];
  let texts = windowTextsByYear.get(meetingYear.year);
  if (texts === undefined) {
    texts = windowTextsOf(windowFromDate, windowUntilDate);
    windowTextsByYear.set(meetingYear.year, texts);
  }
  const early = meetingDay < windowFrom;
  const rule = early ? afterAccounts : firstQuarter;
  const text = early ? texts.before : texts.after;
  // Built here rather than by finding() (same keys, same order; test/agm/fastPath.prop.test.ts compares them):
  // V8 pretenures an object literal whose objects tend to survive, and a batch of claims keeps finding()'s
  // objects alive, so after one this short-lived warning went straight to the old generation (agmDeadlines at
  // under half its speed; docs/performance.md).
  const warning: Finding = {
    rule: rule.id,
    severity: 'warning',
    message: { da: `Årsmødet ${meeting}${text.da}`, en: `The meeting on ${meeting}${text.en}` },
    source: rule.sources[0]!,
    data: { meeting, windowFrom: windowFromDate, windowUntil: windowUntilDate },
  };
  return [warning];
}

/** Explanations of frozen or sealed results, which cannot take the explanation as a data property. */
const keptExplanations = new WeakMap<object, AgmExplanation>();

/**
 * The `explanation` property of results computed with `options`: an
 * enumerable getter that builds the explanation from the result's `meeting`
 * on first read and then replaces itself with the explanation as a plain
 * data property, so the same object comes back on every read (a frozen
 * result keeps it in a WeakMap instead). One getter serves every result of
 * the default options: a getter made per result would give each result its
 * own hidden class in V8, about 0.5 µs a call instead of 0.1 µs.
 */
function lazyExplanation(options: ResolvedAgmOptions): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: AgmDeadlines): AgmExplanation {
      const kept = keptExplanations.get(this);
      if (kept !== undefined) return kept;
      const explanation = explainAgmDeadlines(toDayNumber(this.meeting, ['meeting']), options);
      const replaced = Reflect.defineProperty(this, 'explanation', { value: explanation, writable: true, enumerable: true, configurable: true });
      if (!replaced) keptExplanations.set(this, explanation);
      return explanation;
    },
  };
}

let defaultExplanation: PropertyDescriptor | undefined;

/**
 * The deadlines of an annual or extraordinary meeting: `noticeBy` (14
 * calendar days before; `noticeOnWorkingDay` moves it back to a working
 * day), `proposalsBy` (the 10th working day counted backwards from the day
 * before), `minutesBy` (14 calendar days after, forward to a working day).
 * An ordinary meeting outside 16–31 March gives a `warning`. `explanation`
 * lists, per deadline, the rule, the days counted and the days skipped; it is
 * built when first read.
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
  // Optimisation: the three dates straight from the per-year tables, without the day-by-day explanation.
  // They are the dates explainAgmDeadlines gives: test/agm/fastPath.prop.test.ts compares the two.
  const { calendar } = resolved;
  const meetingYear = yearTableOf(day);
  const notice = resolved.noticeOnWorkingDay ? workingDayFrom(day - AGM_NOTICE_DAYS, -1, calendar) : day - AGM_NOTICE_DAYS;
  const proposals = stepWorkingDays(day, -AGM_PROPOSAL_WORKING_DAYS, calendar);
  const minutes = workingDayFrom(day + AGM_MINUTES_DAYS, 1, calendar);
  const result = {
    meeting,
    noticeBy: isoDateNear(notice, meetingYear),
    proposalsBy: isoDateNear(proposals, meetingYear),
    minutesBy: isoDateNear(minutes, meetingYear),
    findings: resolved.meetingKind === 'ordinary' ? windowFindings(day, meeting, meetingYear) : [],
  };
  const explanation = options === undefined ? (defaultExplanation ??= lazyExplanation(resolved)) : lazyExplanation(resolved);
  return Object.defineProperty(result, 'explanation', explanation) as typeof result & Pick<AgmDeadlines, 'explanation'>;
}
