/**
 * The caps of the specialist scheme (`ekvis-koordinator` "Møder" and
 * "Honorering") as one table: each cap names its rule, its dated parameter,
 * the override in `context.caps`, the period it runs over, and what it has
 * used so far. `capFor` applies the cap a category falls under.
 */
import { valueOn, type ParameterTable } from '../../core/parameterTable.js';
import { longDate } from '../../core/dateText.js';
import { echo, inputError } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { ZERO, entryAmount, formatAmount, formatKroner, minMoney, toMoney, type Money } from '../../core/money.js';
import { specialistCoordinatorFeeTable } from '../../params/fees.js';
import {
  specialistExternalVenuePerSpecialistTable,
  specialistMeetingPerSpecialistTable,
  specialistMeetingsPerYearTable,
  specialistPresentersPerYearTable,
} from '../../params/specialist.js';
import type { Bilingual } from '../../core/ruleEntry.js';
import type { EligibilityRuleId, SpecialistCap } from './categories.js';
import { eligibilityRules } from './eligibilityRules.js';
import type { ParsedContext, ParsedExpense } from './schema.js';
import type { Ytd } from './yearToDate.js';

type Path = readonly (string | number)[];
/** A cap's override key in `context.caps`. */
type CapOption = keyof NonNullable<ParsedContext['caps']>;

/** Every dated parameter of the caps, by its override key. */
const PARAMETERS: { readonly [K in CapOption]: ParameterTable<K extends 'meetingsPerYear' ? number : string> } = {
  perSpecialist: specialistMeetingPerSpecialistTable,
  perSpecialistExternalVenue: specialistExternalVenuePerSpecialistTable,
  meetingsPerYear: specialistMeetingsPerYearTable,
  otherExpensesPerYear: specialistPresentersPerYearTable,
  coordinatorFeePerYear: specialistCoordinatorFeeTable,
};

/** The value of a cap on a date: the override when given, else the dated table. */
function limitOf(option: Exclude<CapOption, 'meetingsPerYear'>, caps: ParsedContext['caps'], date: string, path: Path): Money {
  const given = caps?.[option];
  if (given !== undefined) return toMoney(given);
  const table = PARAMETERS[option];
  const entry = valueOn(table, date);
  if (entry === undefined) throw inputError([...path, 'date'], `no ${table.name} is published for ${longDate(date, 'en')}; pass context.caps.${option}`);
  return entryAmount(entry, ['context', 'caps', option]).money;
}

function meetingsPerYear(caps: ParsedContext['caps'], date: string, path: Path): number {
  if (caps?.meetingsPerYear !== undefined) return caps.meetingsPerYear;
  const entry = valueOn(PARAMETERS.meetingsPerYear, date);
  if (entry === undefined) throw inputError([...path, 'date'], `no ${PARAMETERS.meetingsPerYear.name} is published for ${longDate(date, 'en')}; pass context.caps.meetingsPerYear`);
  return entry.value;
}

/** The yearly pots: one row per cap that sums claims over a period. */
interface Pot {
  readonly rule: EligibilityRuleId;
  readonly option: 'otherExpensesPerYear' | 'coordinatorFeePerYear';
  readonly used: (ytd: Ytd) => Money;
  readonly period: (ytd: Ytd) => Bilingual;
  readonly what: Bilingual;
  readonly data: (ytd: Ytd) => Record<string, unknown>;
}

const POTS: { readonly [K in 'other-expenses' | 'coordinator']: Pot } = {
  'other-expenses': {
    rule: 'eligibility.specialist-presenter-cap',
    option: 'otherExpensesPerYear',
    used: (ytd) => ytd.otherExpenses,
    period: (ytd) => ({ da: `i ${ytd.year}`, en: `in ${ytd.year}` }),
    what: {
      da: 'Andre udgifter end lokale, forplejning og koordinatorhonorar (eksterne oplæg, udstyr, konsulenter m.m.) refunderes tilsammen med højst',
      en: 'Expenses other than venue, catering and the coordinator fee (external presentations, equipment, consultancy and so on) are reimbursed with at most',
    },
    data: (ytd) => ({ year: ytd.year }),
  },
  coordinator: {
    rule: 'eligibility.specialist-coordinator-fee-cap',
    option: 'coordinatorFeePerYear',
    used: (ytd) => ytd.coordinatorFees,
    period: (ytd) => ({
      da: `i honorarperioden april ${ytd.feeYear} – marts ${ytd.feeYear + 1}`,
      en: `in the fee year April ${ytd.feeYear} – March ${ytd.feeYear + 1}`,
    }),
    what: { da: 'Koordinatorhonoraret er højst', en: 'The coordinator fee is at most' },
    data: (ytd) => ({ feeYear: `${ytd.feeYear}-04-01/${ytd.feeYear + 1}-03-31` }),
  },
};

/** A cap applied to one claim. */
export interface Capped {
  /** What the claim may get under the cap (to approve now or to hold pending). */
  readonly amount: Money;
  readonly finding?: Finding;
}

/** English display form `9000.00 kr` of a two-decimal text. */
const en = (text: string): string => `${text} kr`;

/** Cut a claim to what is left of a limit; a finding when it is cut. */
function cut(rule: EligibilityRuleId, claimed: Money, limit: Money, used: Money, intro: Bilingual, data: Record<string, unknown>): Capped {
  const remaining = limit.greaterThan(used) ? limit.minus(used) : ZERO;
  const amount = minMoney(claimed, remaining);
  if (amount.equals(claimed)) return { amount };
  const n = {
    claimed: formatAmount(claimed),
    approved: formatAmount(amount),
    cap: formatAmount(limit),
    alreadyApproved: formatAmount(used),
    remaining: formatAmount(remaining),
  };
  const message = {
    da: `${intro.da} Allerede brugt: ${formatKroner(n.alreadyApproved)}, tilbage: ${formatKroner(n.remaining)}, nu: ${formatKroner(n.approved)} af ${formatKroner(n.claimed)} søgt.`,
    en: `${intro.en} Already used: ${en(n.alreadyApproved)}, left: ${en(n.remaining)}, now: ${en(n.approved)} of ${en(n.claimed)} claimed.`,
  };
  return { amount, finding: finding(eligibilityRules[rule], 'violation', message, { ...data, ...n }) };
}

function potCap(pot: Pot, e: ParsedExpense, claimed: Money, caps: ParsedContext['caps'], ytd: Ytd, path: Path): Capped {
  const limit = limitOf(pot.option, caps, e.date, path);
  const period = pot.period(ytd);
  const limitText = formatAmount(limit);
  return cut(pot.rule, claimed, limit, pot.used(ytd), { da: `${pot.what.da} ${formatKroner(limitText)} ${period.da}.`, en: `${pot.what.en} ${en(limitText)} ${period.en}.` }, pot.data(ytd));
}

function meetingCap(e: ParsedExpense, claimed: Money, caps: ParsedContext['caps'], ytd: Ytd, path: Path): Capped {
  const meeting = e.meeting;
  // Without the meeting the cap cannot be computed: the whole claim awaits it (document `meeting-attendance`).
  if (meeting === undefined) return { amount: claimed };
  const id = echo(meeting.id);
  const known = ytd.meetings.get(meeting.id);
  const max = meetingsPerYear(caps, e.date, path);
  if (known === undefined && ytd.meetings.size >= max) {
    const message = {
      da: `Der er allerede refunderet lokale og forplejning for ${ytd.meetings.size} møder i ${ytd.year} (højst ${max}); møde ${id} får intet.`,
      en: `Venue and catering have already been reimbursed for ${ytd.meetings.size} meetings in ${ytd.year} (at most ${max}); meeting ${id} gets nothing.`,
    };
    const data = { meetingId: meeting.id, year: ytd.year, meetingsCounted: ytd.meetings.size, maxMeetings: max, claimed: formatAmount(claimed), approved: '0.00' };
    return { amount: ZERO, finding: finding(eligibilityRules['eligibility.specialist-meeting-count'], 'violation', message, data) };
  }
  // Without the attendees the cap cannot be computed either: the claim holds its meeting's place and awaits them.
  if (meeting.attendees === undefined) return { amount: claimed };
  const external = meeting.externalVenue === true;
  const rate = limitOf(external ? 'perSpecialistExternalVenue' : 'perSpecialist', caps, e.date, path);
  const limit = rate.times(meeting.attendees);
  const rateText = formatAmount(rate);
  const limitText = formatAmount(limit);
  const where = external ? { da: ' (ude i byen)', en: ' (outside venue)' } : { da: '', en: '' };
  const intro = {
    da: `Loft for lokale og forplejning til møde ${id}: ${meeting.attendees} speciallæger × ${formatKroner(rateText)}${where.da} = ${formatKroner(limitText)}`,
    en: `Cap on venue and catering for meeting ${id}: ${meeting.attendees} specialists × ${en(rateText)}${where.en} = ${en(limitText)}.`,
  };
  return cut('eligibility.specialist-meeting-cap', claimed, limit, known?.total ?? ZERO, intro, {
    meetingId: meeting.id,
    attendees: meeting.attendees,
    perSpecialist: rateText,
    externalVenue: external,
  });
}

/**
 * Internal: apply the specialist cap a category falls under to one claim,
 * against the year-to-date state rolled to the claim's date.
 *
 * @example
 * const claim = expenseSchema.parse({ category: 'shared-meeting-equipment', amount: 15000, date: '2025-02-01' });
 * capFor('other-expenses', claim, toMoney(15000), undefined, emptyYtd('2025-02-01'), []).amount.toFixed(2) // '10000.00'
 */
export function capFor(cap: SpecialistCap, e: ParsedExpense, claimed: Money, caps: ParsedContext['caps'], ytd: Ytd, path: Path): Capped {
  switch (cap) {
    case 'meeting':
      return meetingCap(e, claimed, caps, ytd, path);
    case 'other-expenses':
    case 'coordinator':
      return potCap(POTS[cap], e, claimed, caps, ytd, path);
    case 'none':
      return { amount: claimed };
  }
}
