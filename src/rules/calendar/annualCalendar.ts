/**
 * The cluster year as dated events (DESIGN.md "The cluster year and the
 * calendar"): calendar.ydernumre-registration, calendar.activity-report,
 * calendar.grant-payment, calendar.meeting-dates-announcement (general
 * practice); calendar.ekvis-status-report, calendar.specialist-fee-payment
 * (specialist practice; calendar.scheme-items); the AGM deadlines when a
 * meeting date is given; calendar.closed-day-shift: month-bound duties stay
 * on the month's last day, only deadlines counted from the meeting move.
 */
import { z } from 'zod';
import type { Bilingual } from '../../core/ruleEntry.js';
import { dayNumberOf, fromDayNumber, isoDateSchema, yearSchema } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import { inputError } from '../../core/errors.js';
import { longDate } from '../../core/dateText.js';
import { resolveCalendar } from '../../core/calendar/workingDays.js';
import type { ResolvedCalendar } from '../../core/calendar/workingDays.js';
import { parseInput } from '../../core/validate.js';
import type { RuleEntry } from '../../core/ruleEntry.js';
import type { RuleId } from '../../ruleCatalogue.js';
import { agmDeadlines } from '../agm/agmDeadlines.js';
import type { DeadlineExplanation } from '../agm/explanation.js';
import type { AgmOptions } from '../agm/options.js';
import { agmOptionsSchema } from '../agm/options.js';
import { agmRules } from '../agm/agmRules.js';
import type { CalendarEvent } from './event.js';
import { monthBoundNote, monthEnd, registrationDeadline } from './monthBound.js';
import { calendarRules } from './calendarRules.js';

/**
 * zod schema for the input of {@link annualCalendar}: the year, the scheme
 * (default `'almen-praksis'`), an optional date of the ordinary AGM in that
 * year, and the calendar options (`closedDays`, `extraClosedDays`,
 * `noticeOnWorkingDay`) used for every deadline.
 *
 * @example
 * annualCalendarInputSchema.safeParse({ year: 2025, agmDate: '2025-03-27' }).success // true
 */
export const annualCalendarInputSchema = agmOptionsSchema
  .omit({ meetingKind: true })
  .extend({
    year: yearSchema,
    scheme: z
      .enum(['almen-praksis', 'speciallaegepraksis'])
      .optional()
      .describe("The cluster's scheme: 'almen-praksis' (general practice, default) or 'speciallaegepraksis' (specialist practice)"),
    agmDate: isoDateSchema.optional().describe('Date of the ordinary annual meeting in the year, if planned'),
  })
  .strict();

/** Input of {@link annualCalendar}. */
export type AnnualCalendarInput = z.input<typeof annualCalendarInputSchema>;

interface Draft {
  readonly suffix: string;
  readonly date: IsoDate;
  readonly title: Bilingual;
  readonly description: Bilingual;
  readonly rule: RuleEntry<RuleId>;
  /** A line added to the description (a moved AGM deadline, a month-bound duty on a closed day). */
  readonly note?: Bilingual;
  readonly movedFrom?: IsoDate;
}

function toEvent(year: number, draft: Draft): CalendarEvent {
  const { note } = draft;
  return {
    id: `${year}-${draft.suffix}`,
    date: draft.date,
    title: { ...draft.title },
    description: note === undefined ? { ...draft.description } : { da: `${draft.description.da}\n${note.da}`, en: `${draft.description.en}\n${note.en}` },
    rule: draft.rule.id,
    source: { ...draft.rule.sources[0] },
    ...(draft.movedFrom === undefined ? {} : { movedFrom: draft.movedFrom }),
  };
}

/** A month-bound duty: due on `date` (a month's last day), never moved; a note when that day is closed. */
function monthBound(suffix: string, date: IsoDate, calendar: ResolvedCalendar, rest: Pick<Draft, 'title' | 'description' | 'rule'>): Draft {
  const note = monthBoundNote(date, calendar);
  return note === undefined ? { suffix, date, ...rest } : { suffix, date, ...rest, note };
}

/** An AGM deadline as computed by agmDeadlines (already rolled as its rule says), with a note when it was moved. */
function agmDeadline(suffix: string, explained: DeadlineExplanation, rest: Pick<Draft, 'title' | 'description' | 'rule'>): Draft {
  const date = explained.result;
  const from = explained.movedFrom;
  if (from === undefined) return { suffix, date, ...rest };
  const forward = from < date;
  const reason = explained.skipped.find((s) => s.date === from)!;
  const note = {
    da: `Fristen ${longDate(from, 'da')} er en lukkedag (${reason.name.da}) og er flyttet til ${forward ? 'næste' : 'forrige'} hverdag, ${longDate(date, 'da')}.`,
    en: `The deadline ${longDate(from, 'en')} is a closed day (${reason.name.en}) and has moved to the ${forward ? 'next' : 'previous'} working day, ${longDate(date, 'en')}.`,
  };
  return { suffix, date, ...rest, note, movedFrom: from };
}

function generalPractice(year: number, calendar: ResolvedCalendar): Draft[] {
  return [
    monthBound('registration', registrationDeadline(year), calendar, {
      rule: calendarRules['calendar.ydernumre-registration'],
      title: { da: 'Frist: klyngens ydernumre og medlemmer på kiap.dk', en: "Deadline: the cluster's provider numbers and members on kiap.dk" },
      description: {
        da: 'Koordinatoren opdaterer klyngens ydernumre og medlemmer på www.kiap.dk inden udgangen af januar. Regionen beregner årets klyngemidler ud fra registreringen.',
        en: "The coordinator updates the cluster's provider numbers (ydernumre) and members on www.kiap.dk before the end of January. The region computes the year's grant from this record.",
      },
    }),
    {
      suffix: 'grant-payment',
      date: fromDayNumber(dayNumberOf(year, 3, 1)),
      rule: calendarRules['calendar.grant-payment'],
      title: { da: 'Klyngemidlerne udbetales', en: 'Cluster grant paid' },
      description: {
        da: 'Regionen udbetaler årets klyngemidler til klyngens konto i PLO, beregnet ud fra de registrerede gruppe 1-patienter. Det er en udbetalingsdato, ikke en frist, og den flyttes ikke.',
        en: "The region pays the year's grant into the cluster's PLO account, computed from the registered group 1 patients. It is a payment date, not a deadline, and does not move.",
      },
    },
    monthBound('meeting-dates', monthEnd(year, 9), calendar, {
      rule: calendarRules['calendar.meeting-dates-announcement'],
      title: { da: `Frist: datoer for klyngemøderne i ${year + 1} meldes ud`, en: `Deadline: announce the cluster meeting dates for ${year + 1}` },
      description: {
        da: `Koordinatoren bør melde datoerne for næste års klyngemøder ud i god tid, så medlemmerne har dem senest ved udgangen af september.`,
        en: `The coordinator should announce next year's cluster meeting dates in good time, so members have them by the end of September.`,
      },
    }),
  ];
}

const ACTIVITY_REPORT = {
  rule: calendarRules['calendar.activity-report'],
  title: { da: 'Frist: aktivitetsrapport til KiAP', en: 'Deadline: activity report to KiAP' },
  what: {
    da: 'Koordinatoren udfylder KiAP’s skabelon til aktivitetsrapporten med klyngens møder, planlagte faglige aktiviteter og formuen primo og ultimo året, og sender den til KiAP, når klyngen har godkendt den.',
    en: "The coordinator fills in KiAP's activity report template with the cluster's meetings, planned activities and wealth at the start and end of the year, and sends it to KiAP once the cluster has approved it.",
  },
} as const;

/** The activity report (§8.1): at the AGM when one is given (the accounts and the approval come there), else 31 March. */
function activityReport(year: number, agmDate: IsoDate | undefined, calendar: ResolvedCalendar): Draft {
  const { rule, title, what } = ACTIVITY_REPORT;
  if (agmDate !== undefined) {
    return {
      suffix: 'activity-report',
      date: agmDate,
      rule,
      title,
      description: {
        da: `${what.da} Rapporten bygger på årets regnskab og klyngens godkendelse, som begge kommer på årsmødet, så den er dateret ved årsmødet ${longDate(agmDate, 'da')}. Reglerne siger "i starten af året"; datoen er bibliotekets fortolkning.`,
        en: `${what.en} The report rests on the year's accounts and the cluster's approval, which both come at the annual meeting, so it is dated at the meeting on ${longDate(agmDate, 'en')}. The rules say 'at the start of the year'; the date is this library's interpretation.`,
      },
    };
  }
  return monthBound('activity-report', monthEnd(year, 3), calendar, {
    rule,
    title,
    description: {
      da: `${what.da} Rapporten bygger på årets regnskab og klyngens godkendelse på årsmødet, der som udgangspunkt holdes i første kvartal; uden en mødedato er den dateret 31. marts. Reglerne siger "i starten af året"; datoen er bibliotekets fortolkning.`,
      en: `${what.en} The report rests on the year's accounts and the cluster's approval at the annual meeting, held as a rule in the first quarter; without a meeting date it is dated 31 March. The rules say 'at the start of the year'; the date is this library's interpretation.`,
    },
  });
}

function specialistPractice(year: number, calendar: ResolvedCalendar): Draft[] {
  return [
    monthBound('ekvis-status', monthEnd(year, 1), calendar, {
      rule: calendarRules['calendar.ekvis-status-report'],
      title: { da: 'Frist: status over klyngens arbejde til eKVIS', en: "Deadline: status of the cluster's work to eKVIS" },
      description: {
        da: `Koordinatoren afleverer i januar en status over klyngens arbejde i ${year - 1} på eKVIS’ skema. Kilden siger "i januar"; den sidste dag i januar er bibliotekets fortolkning.`,
        en: `In January the coordinator hands in a status of the cluster's work in ${year - 1} on eKVIS's form. The source says 'in January'; the last day of January is this library's interpretation.`,
      },
    }),
    {
      suffix: 'coordinator-fee',
      date: monthEnd(year, 3),
      rule: calendarRules['calendar.specialist-fee-payment'],
      title: { da: 'Koordinatorhonoraret udbetales', en: 'Coordinator fee paid' },
      description: {
        da: `Honoraret for april ${year - 1}–marts ${year} udbetales som B-indkomst ved udgangen af marts. Det er en udbetalingsdato, ikke en frist, og den flyttes ikke.`,
        en: `The fee for April ${year - 1}–March ${year} is paid as B-income at the end of March. It is a payment date, not a deadline, and does not move.`,
      },
    },
  ];
}

function agmEvents(agmDate: IsoDate, options: AgmOptions): Draft[] {
  const { explanation } = agmDeadlines(agmDate, options);
  const meeting = { da: longDate(agmDate, 'da'), en: longDate(agmDate, 'en') };
  const notice = -explanation.noticeBy.calendarDays;
  const proposals = -explanation.proposalsBy.workingDays;
  const minutes = explanation.minutesBy.calendarDays;
  return [
    agmDeadline('agm-notice', explanation.noticeBy, {
      rule: agmRules['agm.notice-period'],
      title: { da: 'Frist: indkaldelse til årsmødet med dagsorden', en: 'Deadline: notice of the annual meeting, with agenda' },
      description: {
        da: `Indkaldelsen sendes elektronisk sammen med dagsordenen senest ${notice} dage før årsmødet ${meeting.da}.`,
        en: `The notice goes out electronically, with the agenda, at least ${notice} days before the annual meeting on ${meeting.en}.`,
      },
    }),
    agmDeadline('agm-proposals', explanation.proposalsBy, {
      rule: agmRules['agm.proposal-deadline'],
      title: { da: 'Frist: forslag til årsmødet', en: 'Deadline: proposals for the annual meeting' },
      description: {
        da: `Medlemmernes forslag bør være koordinatoren eller bestyrelsen i hænde senest ${proposals} hverdage før årsmødet ${meeting.da}. Sprunget over: ${explanation.proposalsBy.skippedSummary.da}.`,
        en: `Members' proposals should reach the coordinator or board no later than ${proposals} working days before the annual meeting on ${meeting.en}. Skipped: ${explanation.proposalsBy.skippedSummary.en}.`,
      },
    }),
    {
      suffix: 'agm',
      date: agmDate,
      rule: agmRules['agm.annual-meeting'],
      title: { da: 'Årsmøde (generalforsamling)', en: 'Annual general meeting' },
      description: {
        da: 'Klyngens årlige møde om administrationen: regnskabet for sidste år og budgettet for det kommende år.',
        en: "The cluster's yearly meeting on its administration: last year's accounts and the coming budget.",
      },
    },
    agmDeadline('agm-minutes', explanation.minutesBy, {
      rule: agmRules['agm.minutes-deadline'],
      title: { da: 'Frist: referat af årsmødet', en: 'Deadline: minutes of the annual meeting' },
      description: {
        da: `Referatet af årsmødet ${meeting.da} sendes til medlemmerne senest ${minutes} dage efter mødet.`,
        en: `The minutes of the annual meeting on ${meeting.en} go to the members within ${minutes} days after it.`,
      },
    }),
  ];
}

/**
 * Applies `calendar.scheme-items` (which dated duties each scheme gets) and `calendar.closed-day-shift` (only deadlines counted from an event move off a closed day).
 * The dated duties of a cluster year, sorted by date (ties in a fixed order).
 * General practice (default): provider-number registration by 31 January,
 * grant paid 1 March, the activity report at the AGM (31 March without one),
 * next year's meeting dates announced by 30 September. Specialist practice:
 * status to eKVIS by 31 January and the coordinator fee paid 31 March. With
 * `agmDate`: the notice and proposal deadlines, the meeting and the minutes
 * deadline. Month-bound duties stay on the month's last day (the text says
 * when that day is closed); only the AGM deadlines counted from the meeting
 * move to a working day (with `movedFrom` and a note); payment dates never move.
 *
 * @param input - `year`, `scheme`, `agmDate` (in `year`), `closedDays`, `extraClosedDays`, `noticeOnWorkingDay`
 * @throws {KlyngeInputError} for a bad year, an impossible date, an `agmDate` outside `year`, unknown keys.
 * @example
 * annualCalendar({ year: 2026 }).map((e) => [e.id, e.date])
 * // [['2026-registration', '2026-01-31'], ['2026-grant-payment', '2026-03-01'],
 * //  ['2026-activity-report', '2026-03-31'], ['2026-meeting-dates', '2026-09-30']]
 */
export function annualCalendar(input: AnnualCalendarInput): CalendarEvent[] {
  const parsed = parseInput(annualCalendarInputSchema, input);
  const { year, agmDate } = parsed;
  const calendarOptions = {
    ...(parsed.closedDays === undefined ? {} : { closedDays: parsed.closedDays }),
    ...(parsed.extraClosedDays === undefined ? {} : { extraClosedDays: parsed.extraClosedDays }),
  };
  const calendar = resolveCalendar(calendarOptions);
  if (agmDate !== undefined && !agmDate.startsWith(`${year}-`)) {
    throw inputError(['agmDate'], `agmDate ${longDate(agmDate, 'en')} is not in ${year}`);
  }
  const specialist = parsed.scheme === 'speciallaegepraksis';
  const drafts = specialist ? specialistPractice(year, calendar) : generalPractice(year, calendar);
  if (agmDate !== undefined) {
    const noticeOption = parsed.noticeOnWorkingDay === undefined ? {} : { noticeOnWorkingDay: parsed.noticeOnWorkingDay };
    drafts.push(...agmEvents(agmDate, { ...calendarOptions, ...noticeOption }));
  }
  if (!specialist) drafts.push(activityReport(year, agmDate, calendar));
  return drafts
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((draft) => toEvent(year, draft));
}
