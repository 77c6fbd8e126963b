/**
 * The cluster year as dated events (DESIGN.md "The cluster year and the
 * calendar"): calendar.ydernumre-registration, calendar.activity-report,
 * calendar.grant-payment, calendar.meeting-dates-announcement (general
 * practice); calendar.ekvis-status-report, calendar.specialist-fee-payment
 * (specialist practice; calendar.scheme-items); the AGM deadlines when a
 * meeting date is given; calendar.closed-day-shift for deadlines on closed days.
 */
import { z } from 'zod';
import type { Bilingual } from '../../core/catalogue.js';
import { dayNumberOf, fromDayNumber, isoDateSchema, yearSchema } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import { inputError } from '../../core/errors.js';
import { resolveCalendar } from '../../core/calendar/workingDays.js';
import type { ResolvedCalendar } from '../../core/calendar/workingDays.js';
import { parseInput } from '../../core/validate.js';
import type { RuleEntry } from '../../core/catalogue.js';
import type { RuleId } from '../../catalogue.js';
import { agmDeadlines } from '../agm/agmDeadlines.js';
import type { DeadlineExplanation, SkippedDay } from '../agm/explanation.js';
import { rollToWorkingDay } from '../agm/explanation.js';
import { agmRules } from '../agm/rules.js';
import type { CalendarEvent } from './event.js';
import { calendarRules } from './rules.js';

/**
 * zod schema for the input of {@link annualCalendar}: the year, the scheme
 * (default `'almen-praksis'`), an optional date of the ordinary AGM in that
 * year, and the calendar options (`closedDays`, `extraClosedDays`,
 * `noticeOnWorkingDay`) used for every deadline.
 *
 * @example
 * annualCalendarInputSchema.safeParse({ year: 2025, agmDate: '2025-03-27' }).success // true
 */
export const annualCalendarInputSchema = z
  .object({
    year: yearSchema,
    scheme: z.enum(['almen-praksis', 'speciallaegepraksis']).optional().describe('almen-praksis (default) or speciallaegepraksis'),
    agmDate: isoDateSchema.optional(),
    closedDays: z.enum(['statutory', 'holidays-only']).optional().describe('statutory (default: also Grundlovsdag, 24 and 31 December) or holidays-only'),
    extraClosedDays: z.array(isoDateSchema).optional().describe('More days that are not working days'),
    noticeOnWorkingDay: z.boolean().optional().describe('Move the notice deadline back to a working day'),
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
  readonly moved?: { readonly from: IsoDate; readonly reason: SkippedDay; readonly direction: 'forward' | 'back' };
}

function movedNote(date: IsoDate, moved: NonNullable<Draft['moved']>): Bilingual {
  const forward = moved.direction === 'forward';
  return {
    da: `Fristen ${moved.from} er en lukkedag (${moved.reason.name.da}) og er flyttet til ${forward ? 'næste' : 'forrige'} hverdag, ${date}.`,
    en: `The deadline ${moved.from} is a closed day (${moved.reason.name.en}) and has moved to the ${forward ? 'next' : 'previous'} working day, ${date}.`,
  };
}

function toEvent(year: number, draft: Draft): CalendarEvent {
  const description = draft.moved
    ? { da: `${draft.description.da}\n${movedNote(draft.date, draft.moved).da}`, en: `${draft.description.en}\n${movedNote(draft.date, draft.moved).en}` }
    : draft.description;
  return {
    id: `${year}-${draft.suffix}`,
    date: draft.date,
    title: draft.title,
    description,
    rule: draft.rule.id,
    source: draft.rule.sources[0],
    ...(draft.moved ? { movedFrom: draft.moved.from } : {}),
  };
}

/** A "by"-deadline: rolled forward to the next working day when closed. */
function deadline(
  suffix: string,
  day: number,
  calendar: ResolvedCalendar,
  rest: Pick<Draft, 'title' | 'description' | 'rule'>,
): Draft {
  const rolled = rollToWorkingDay(day, 1, calendar);
  const date = fromDayNumber(rolled.day);
  return rolled.movedFrom === undefined
    ? { suffix, date, ...rest }
    : { suffix, date, ...rest, moved: { from: rolled.movedFrom, reason: rolled.skipped[0]!, direction: 'forward' } };
}

/** An AGM deadline as computed by agmDeadlines (already rolled as its rule says). */
function agmDeadline(suffix: string, explained: DeadlineExplanation, rest: Pick<Draft, 'title' | 'description' | 'rule'>): Draft {
  const date = explained.result;
  if (explained.movedFrom === undefined) return { suffix, date, ...rest };
  const direction = explained.movedFrom < date ? 'forward' : 'back';
  const reason = explained.skipped.find((s) => s.date === explained.movedFrom)!;
  return { suffix, date, ...rest, moved: { from: explained.movedFrom, reason, direction } };
}

function generalPractice(year: number, calendar: ResolvedCalendar): Draft[] {
  return [
    deadline('registration', dayNumberOf(year, 1, 31), calendar, {
      rule: calendarRules['calendar.ydernumre-registration'],
      title: { da: 'Frist: klyngens ydernumre og medlemmer på kiap.dk', en: "Deadline: the cluster's provider numbers and members on kiap.dk" },
      description: {
        da: 'Koordinatoren opdaterer klyngens ydernumre og medlemmer på www.kiap.dk inden udgangen af januar. Regionen beregner årets klyngemidler ud fra registreringen.',
        en: "The coordinator updates the cluster's provider numbers (ydernumre) and members on www.kiap.dk before the end of January. The region computes the year's grant from this record.",
      },
    }),
    deadline('activity-report', dayNumberOf(year, 1, 31), calendar, {
      rule: calendarRules['calendar.activity-report'],
      title: { da: 'Frist: aktivitetsrapport til KiAP', en: 'Deadline: activity report to KiAP' },
      description: {
        da: 'Koordinatoren udfylder KiAP’s skabelon til aktivitetsrapporten med klyngens møder, planlagte faglige aktiviteter og formuen primo og ultimo året, og sender den til KiAP, når klyngen har godkendt den. Reglerne siger "i starten af året"; 31. januar er bibliotekets fortolkning.',
        en: "The coordinator fills in KiAP's activity report template with the cluster's meetings, planned activities and wealth at the start and end of the year, and sends it to KiAP once the cluster has approved it. The rules say 'at the start of the year'; 31 January is this library's interpretation.",
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
    deadline('meeting-dates', dayNumberOf(year, 9, 30), calendar, {
      rule: calendarRules['calendar.meeting-dates-announcement'],
      title: { da: `Frist: datoer for klyngemøderne i ${year + 1} meldes ud`, en: `Deadline: announce the cluster meeting dates for ${year + 1}` },
      description: {
        da: `Koordinatoren bør melde datoerne for næste års klyngemøder ud i god tid, så medlemmerne har dem senest ved udgangen af september.`,
        en: `The coordinator should announce next year's cluster meeting dates in good time, so members have them by the end of September.`,
      },
    }),
  ];
}

function specialistPractice(year: number, calendar: ResolvedCalendar): Draft[] {
  return [
    deadline('ekvis-status', dayNumberOf(year, 1, 31), calendar, {
      rule: calendarRules['calendar.ekvis-status-report'],
      title: { da: 'Frist: status over klyngens arbejde til eKVIS', en: "Deadline: status of the cluster's work to eKVIS" },
      description: {
        da: `Koordinatoren afleverer i januar en status over klyngens arbejde i ${year - 1} på eKVIS’ skema. Kilden siger "i januar"; 31. januar er bibliotekets fortolkning.`,
        en: `In January the coordinator hands in a status of the cluster's work in ${year - 1} on eKVIS's form. The source says 'in January'; 31 January is this library's interpretation.`,
      },
    }),
    {
      suffix: 'coordinator-fee',
      date: fromDayNumber(dayNumberOf(year, 3, 31)),
      rule: calendarRules['calendar.specialist-fee-payment'],
      title: { da: 'Koordinatorhonoraret udbetales', en: 'Coordinator fee paid' },
      description: {
        da: `Honoraret for april ${year - 1}–marts ${year} udbetales som B-indkomst ved udgangen af marts. Det er en udbetalingsdato, ikke en frist, og den flyttes ikke.`,
        en: `The fee for April ${year - 1}–March ${year} is paid as B-income at the end of March. It is a payment date, not a deadline, and does not move.`,
      },
    },
  ];
}

function agmEvents(agmDate: IsoDate, options: Parameters<typeof agmDeadlines>[1]): Draft[] {
  const { explanation } = agmDeadlines(agmDate, options);
  return [
    agmDeadline('agm-notice', explanation.noticeBy, {
      rule: agmRules['agm.notice-period'],
      title: { da: 'Frist: indkaldelse til årsmødet med dagsorden', en: 'Deadline: notice of the annual meeting, with agenda' },
      description: {
        da: `Indkaldelsen sendes elektronisk sammen med dagsordenen senest 14 dage før årsmødet ${agmDate}.`,
        en: `The notice goes out electronically, with the agenda, at least 14 days before the annual meeting on ${agmDate}.`,
      },
    }),
    agmDeadline('agm-proposals', explanation.proposalsBy, {
      rule: agmRules['agm.proposal-deadline'],
      title: { da: 'Frist: forslag til årsmødet', en: 'Deadline: proposals for the annual meeting' },
      description: {
        da: `Medlemmernes forslag bør være koordinatoren eller bestyrelsen i hænde senest 10 hverdage før årsmødet ${agmDate}.`,
        en: `Members' proposals should reach the coordinator or board no later than 10 working days before the annual meeting on ${agmDate}.`,
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
        da: `Referatet af årsmødet ${agmDate} sendes til medlemmerne senest 14 dage efter mødet.`,
        en: `The minutes of the annual meeting on ${agmDate} go to the members within 14 days after it.`,
      },
    }),
  ];
}

/**
 * The dated duties of a cluster year, sorted by date (ties in a fixed order).
 * General practice (default): provider-number registration and activity
 * report by 31 January, grant paid 1 March, next year's meeting dates
 * announced by 30 September. Specialist practice: status to eKVIS by 31
 * January and the coordinator fee paid 31 March. With `agmDate`: the notice
 * and proposal deadlines, the meeting and the minutes deadline. Deadlines on
 * a closed day move to the next working day and carry `movedFrom` and a note;
 * payment dates never move.
 *
 * @param input - `year`, `scheme`, `agmDate` (in `year`), `closedDays`, `extraClosedDays`, `noticeOnWorkingDay`
 * @throws {KlyngeInputError} for a bad year, an impossible date, an `agmDate` outside `year`, unknown keys.
 * @example
 * annualCalendar({ year: 2026 }).map((e) => [e.id, e.date])
 * // [['2026-registration', '2026-02-02'], ['2026-activity-report', '2026-02-02'],
 * //  ['2026-grant-payment', '2026-03-01'], ['2026-meeting-dates', '2026-09-30']]
 */
export function annualCalendar(input: AnnualCalendarInput): CalendarEvent[] {
  const parsed = parseInput(annualCalendarInputSchema, input);
  const { year, agmDate } = parsed;
  const calendarOptions = {
    ...(parsed.closedDays === undefined ? {} : { closedDays: parsed.closedDays }),
    ...(parsed.extraClosedDays === undefined ? {} : { extraClosedDays: parsed.extraClosedDays }),
  };
  const calendar = resolveCalendar(calendarOptions);
  const drafts = parsed.scheme === 'speciallaegepraksis' ? specialistPractice(year, calendar) : generalPractice(year, calendar);
  if (agmDate !== undefined) {
    if (!agmDate.startsWith(`${year}-`)) throw inputError(['agmDate'], `agmDate ${agmDate} is not in ${year}`);
    const noticeOption = parsed.noticeOnWorkingDay === undefined ? {} : { noticeOnWorkingDay: parsed.noticeOnWorkingDay };
    drafts.push(...agmEvents(agmDate, { ...calendarOptions, ...noticeOption }));
  }
  return drafts
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((draft) => toEvent(year, draft));
}
