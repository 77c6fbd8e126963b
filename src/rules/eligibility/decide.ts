/**
 * The engine shared by `checkExpense`, `checkExpenses` and
 * `advanceYearToDate`: one validated claim, the resolved context and the
 * year-to-date state in, one decision out. Nothing here validates input
 * shapes (the public functions do that once); money is Decimal throughout.
 */
import { valueOn, type ParameterTable } from '../../core/catalogue.js';
import { toDayNumber, weekday } from '../../core/dates.js';
import { inputError } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { ZERO, entryAmount, formatAmount, formatGivenAmount, formatKroner, minMoney, toMoney, validMoney, type Money } from '../../core/money.js';
import { consultantHourlyRateTable, specialistCoordinatorFeeTable } from '../../params/fees.js';
import {
  specialistExternalVenuePerSpecialistTable,
  specialistMeetingPerSpecialistTable,
  specialistMeetingsPerYearTable,
  specialistPresentersPerYearTable,
} from '../../params/specialist.js';
import { judgeHourlyRate } from '../fees/checkHourlyRate.js';
import { CATEGORIES, DOCUMENTS, PLO_E_VENUES, SPECIALIST_SCOPE, type CategoryRule } from './categories.js';
import { costlyVenuePerAttendeeTable } from '../../params/eligibility.js';
import { eligibilityRules } from './rules.js';
import type { DocumentKind, DocumentRequirement, ExpenseDecision, ParsedExpense, Scheme, YearToDateState } from './schema.js';

type Path = readonly (string | number)[];

/** The context after validation, with overrides parsed to money. */
export interface Env {
  readonly specialist: boolean;
  /** `null` → switched off; `undefined` → the dated default. */
  readonly costly: Money | null | undefined;
  readonly perSpecialist?: Money;
  readonly perSpecialistExternalVenue?: Money;
  readonly meetingsPerYear?: number;
  readonly presentersPerYear?: Money;
  readonly coordinatorFeePerYear?: Money;
}

/** Year-to-date state inside the engine. */
export interface Ytd {
  readonly year: number;
  presenterFees: Money;
  coordinatorFees: Money;
  /** Counted meetings by id, in the order counted. */
  readonly meetings: Map<string, { readonly date: string; total: Money }>;
}

/** The parsed context as zod returns it. */
export interface ParsedContext {
  scheme?: Scheme | undefined;
  yearToDate?: ParsedYtd | undefined;
  costlyVenuePerAttendee?: string | number | false | undefined;
  caps?:
    | {
        perSpecialist?: string | number | undefined;
        perSpecialistExternalVenue?: string | number | undefined;
        meetingsPerYear?: number | undefined;
        presentersPerYear?: string | number | undefined;
        coordinatorFeePerYear?: string | number | undefined;
      }
    | undefined;
}

/** Parsed public year-to-date state. */
export interface ParsedYtd {
  year?: number | undefined;
  presenterFees?: string | number | undefined;
  coordinatorFees?: string | number | undefined;
  meetings?: { id: string; date: string; venueAndCatering: string | number }[] | undefined;
}

function optionalMoney(value: string | number | undefined): Money | undefined {
  return value === undefined ? undefined : toMoney(value);
}

// A Map reads faster than a 20-key object with dashed keys on every claim.
const CATEGORY_RULES: ReadonlyMap<string, CategoryRule> = new Map(Object.entries(CATEGORIES));

/** The table row of a (validated) category. */
function categoryRule(category: ParsedExpense['category']): CategoryRule {
  return CATEGORY_RULES.get(category)!;
}

/** Resolve a validated context into the engine's environment. */
export function resolveEnv(context: ParsedContext): Env {
  const caps = context.caps ?? {};
  const costly = context.costlyVenuePerAttendee;
  const env: {
    -readonly [K in keyof Env]: Env[K];
  } = {
    specialist: context.scheme === 'speciallaegepraksis',
    costly: costly === false ? null : optionalMoney(costly),
  };
  const perSpecialist = optionalMoney(caps.perSpecialist);
  if (perSpecialist) env.perSpecialist = perSpecialist;
  const external = optionalMoney(caps.perSpecialistExternalVenue);
  if (external) env.perSpecialistExternalVenue = external;
  if (caps.meetingsPerYear !== undefined) env.meetingsPerYear = caps.meetingsPerYear;
  const presenters = optionalMoney(caps.presentersPerYear);
  if (presenters) env.presentersPerYear = presenters;
  const coordinator = optionalMoney(caps.coordinatorFeePerYear);
  if (coordinator) env.coordinatorFeePerYear = coordinator;
  return env;
}

/** An empty state for a year. */
export function emptyYtd(year: number): Ytd {
  return { year, presenterFees: ZERO, coordinatorFees: ZERO, meetings: new Map() };
}

/** Turn validated public state into engine state for the given year (state for another year is ignored). */
export function toYtd(state: ParsedYtd | undefined, year: number): Ytd {
  const ytd = emptyYtd(year);
  if (state === undefined || (state.year !== undefined && state.year !== year)) return ytd;
  ytd.presenterFees = optionalMoney(state.presenterFees) ?? ZERO;
  ytd.coordinatorFees = optionalMoney(state.coordinatorFees) ?? ZERO;
  const prefix = String(year);
  for (const m of state.meetings ?? []) {
    if (m.date.startsWith(prefix)) ytd.meetings.set(m.id, { date: m.date, total: toMoney(m.venueAndCatering) });
  }
  return ytd;
}

/** Engine state back to the public shape. */
export function fromYtd(ytd: Ytd): YearToDateState {
  return {
    year: ytd.year,
    presenterFees: formatAmount(ytd.presenterFees),
    coordinatorFees: formatAmount(ytd.coordinatorFees),
    meetings: [...ytd.meetings].map(([id, m]) => ({ id, date: m.date, venueAndCatering: formatAmount(m.total) })),
  };
}

/** The calendar year of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Fold an approved amount into the state (the state must be for the claim's year). */
export function advance(ytd: Ytd, expense: ParsedExpense, approved: Money): void {
  const rule = categoryRule(expense.category);
  if (rule.specialist === 'presenters') ytd.presenterFees = ytd.presenterFees.plus(approved);
  else if (rule.specialist === 'coordinator') ytd.coordinatorFees = ytd.coordinatorFees.plus(approved);
  else if (rule.meetingCost && expense.meeting !== undefined) {
    const known = ytd.meetings.get(expense.meeting.id);
    if (known) known.total = known.total.plus(approved);
    else if (approved.greaterThan(0)) ytd.meetings.set(expense.meeting.id, { date: expense.date, total: approved });
  }
}

function tableMoney(table: ParameterTable<string>, date: string, path: Path, option: string): Money {
  const entry = valueOn(table, date);
  if (entry === undefined) throw inputError([...path, 'date'], `no ${table.name} is published for ${date}; pass context.caps.${option}`);
  // Stryker disable next-line ArrayDeclaration,StringLiteral: unreachable — the entries of the built-in tables are valid amounts, so this path is never reported
  return entryAmount(entry, ['context', 'caps', option]).money;
}

function present(kind: DocumentKind, e: ParsedExpense): boolean {
  const doc = e.documentation;
  switch (kind) {
    case 'receipt':
      return doc?.receipt === true;
    case 'contract-or-time-statement':
      return doc?.contract === true || doc?.timeStatement === true;
    case 'hourly-rate':
      return doc?.hourlyRate !== undefined;
    case 'payee-tax-id':
      return e.payee?.cvr !== undefined || e.payee?.cpr !== undefined;
    case 'agm-approval':
      return doc?.approvedInMinutes === true;
    case 'payee-role':
      return e.payee !== undefined;
    case 'meeting-attendance':
      return e.meeting?.attendees !== undefined;
  }
}

interface Cap {
  readonly approved: Money;
  readonly finding?: Finding;
  /** The cap cannot be computed (missing facts): approve nothing until they are given. */
  readonly unknown?: boolean;
}

/** Danish display form `9.000,00 kr.` of a two-decimal text. */
const kr = (text: string): string => formatKroner(text);
/** English display form `9000.00 kr` of a two-decimal text. */
const en = (text: string): string => `${text} kr`;

function cut(rule: keyof typeof eligibilityRules, claimed: Money, limit: Money, used: Money, da: string, enText: string, data: Record<string, unknown>): Cap {
  const remaining = limit.greaterThan(used) ? limit.minus(used) : ZERO;
  const approved = minMoney(claimed, remaining);
  if (approved.equals(claimed)) return { approved };
  const numbers = {
    claimed: formatAmount(claimed),
    approved: formatAmount(approved),
    cap: formatAmount(limit),
    alreadyApproved: formatAmount(used),
    remaining: formatAmount(remaining),
  };
  const tail = {
    da: ` Allerede godkendt: ${kr(numbers.alreadyApproved)}, tilbage: ${kr(numbers.remaining)}, godkendt nu: ${kr(numbers.approved)} af ${kr(numbers.claimed)} søgt.`,
    en: ` Already approved: ${numbers.alreadyApproved} kr, left: ${numbers.remaining} kr, approved now: ${numbers.approved} kr of ${numbers.claimed} kr claimed.`,
  };
  return { approved, finding: finding(eligibilityRules[rule], 'violation', { da: da + tail.da, en: enText + tail.en }, { ...data, ...numbers }) };
}

function meetingCap(e: ParsedExpense, claimed: Money, env: Env, ytd: Ytd, path: Path): Cap {
  const meeting = e.meeting;
  if (meeting === undefined || meeting.attendees === undefined) return { approved: ZERO, unknown: true };
  const known = ytd.meetings.get(meeting.id);
  const max = env.meetingsPerYear ?? meetingsPerYear(e.date, path);
  if (known === undefined && ytd.meetings.size >= max) {
    return {
      approved: ZERO,
      finding: finding(
        eligibilityRules['eligibility.specialist-meeting-count'],
        'violation',
        {
          da: `Der er allerede refunderet lokale og forplejning for ${ytd.meetings.size} møder i ${ytd.year} (højst ${max}); møde ${meeting.id} får intet.`,
          en: `Venue and catering have already been reimbursed for ${ytd.meetings.size} meetings in ${ytd.year} (at most ${max}); meeting ${meeting.id} gets nothing.`,
        },
        { meetingId: meeting.id, year: ytd.year, meetingsCounted: ytd.meetings.size, maxMeetings: max, claimed: formatAmount(claimed), approved: '0.00' },
      ),
    };
  }
  const external = meeting.externalVenue === true;
  const rate = external
    ? (env.perSpecialistExternalVenue ?? tableMoney(specialistExternalVenuePerSpecialistTable, e.date, path, 'perSpecialistExternalVenue'))
    : (env.perSpecialist ?? tableMoney(specialistMeetingPerSpecialistTable, e.date, path, 'perSpecialist'));
  const limit = rate.times(meeting.attendees);
  const rateText = formatAmount(rate);
  const limitText = formatAmount(limit);
  const where = external ? { da: ' (ude i byen)', en: ' (outside venue)' } : { da: '', en: '' };
  return cut(
    'eligibility.specialist-meeting-cap',
    claimed,
    limit,
    known?.total ?? ZERO,
    `Loft for lokale og forplejning til møde ${meeting.id}: ${meeting.attendees} speciallæger × ${kr(rateText)}${where.da} = ${kr(limitText)}`,
    `Cap on venue and catering for meeting ${meeting.id}: ${meeting.attendees} specialists × ${en(rateText)}${where.en} = ${en(limitText)}.`,
    { meetingId: meeting.id, attendees: meeting.attendees, perSpecialist: rateText, externalVenue: external },
  );
}

function meetingsPerYear(date: string, path: Path): number {
  const entry = valueOn(specialistMeetingsPerYearTable, date);
  if (entry === undefined) throw inputError([...path, 'date'], `no ${specialistMeetingsPerYearTable.name} is published for ${date}; pass context.caps.meetingsPerYear`);
  return entry.value;
}

function specialistCap(rule: CategoryRule, e: ParsedExpense, claimed: Money, env: Env, ytd: Ytd, path: Path): Cap {
  switch (rule.specialist) {
    case 'meeting':
      return meetingCap(e, claimed, env, ytd, path);
    case 'presenters': {
      const limit = env.presentersPerYear ?? tableMoney(specialistPresentersPerYearTable, e.date, path, 'presentersPerYear');
      return cut(
        'eligibility.specialist-presenter-cap',
        claimed,
        limit,
        ytd.presenterFees,
        `Eksterne oplæg refunderes med højst ${kr(formatAmount(limit))} pr. år (${ytd.year}).`,
        `External presentations are reimbursed with at most ${en(formatAmount(limit))} a year (${ytd.year}).`,
        { year: ytd.year },
      );
    }
    case 'coordinator': {
      // Stryker disable next-line StringLiteral: unreachable — the table starts 1900-01-01, the earliest date a claim may have, so no "pass …" error names it
      const limit = env.coordinatorFeePerYear ?? tableMoney(specialistCoordinatorFeeTable, e.date, path, 'coordinatorFeePerYear');
      return cut(
        'eligibility.specialist-coordinator-fee-cap',
        claimed,
        limit,
        ytd.coordinatorFees,
        `Koordinatorhonoraret er højst ${kr(formatAmount(limit))} pr. år (${ytd.year}).`,
        `The coordinator fee is at most ${en(formatAmount(limit))} a year (${ytd.year}).`,
        { year: ytd.year },
      );
    }
    default:
      return { approved: claimed };
  }
}

// Weekdays next to a weekend: Friday (5), Saturday (6), Sunday (0), Monday (1).
const NEAR_WEEKEND = new Set([5, 6, 0, 1]);
const WEEKDAY_NAMES = {
  da: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

function advice(rule: CategoryRule, e: ParsedExpense, claimed: Money, env: Env, ytd: Ytd, findings: Finding[]): void {
  const meeting = e.meeting;
  if (rule.meetingCost) {
    if (e.category === 'venue-rent') findings.push(PLO_E_VENUES);
    // Stryker disable next-line ArrayDeclaration,StringLiteral: unreachable — the table starts 1900-01-01, the earliest date a claim may have, so no error names it
    const threshold = env.costly === undefined ? tableMoney(costlyVenuePerAttendeeTable, e.date, [], 'costlyVenuePerAttendee') : env.costly;
    if (threshold !== null && meeting?.attendees !== undefined) {
      const total = (ytd.meetings.get(meeting.id)?.total ?? ZERO).plus(claimed);
      if (total.greaterThan(threshold.times(meeting.attendees))) {
        const texts = { total: formatAmount(total), perAttendee: formatAmount(total.dividedBy(meeting.attendees)), threshold: formatAmount(threshold) };
        findings.push(
          finding(
            eligibilityRules['eligibility.costly-venue'],
            'warning',
            {
              da: `Lokale og forplejning til møde ${meeting.id} koster ${kr(texts.total)} for ${meeting.attendees} deltagere, dvs. ${kr(texts.perAttendee)} pr. deltager (grænse ${kr(texts.threshold)}). PLO beder klyngerne undgå dyre restauranter og konferencesteder.`,
              en: `Venue and catering for meeting ${meeting.id} cost ${en(texts.total)} for ${meeting.attendees} attendees, i.e. ${en(texts.perAttendee)} per attendee (limit ${en(texts.threshold)}). PLO asks clusters to avoid expensive restaurants and conference venues.`,
            },
            { meetingId: meeting.id, attendees: meeting.attendees, ...texts },
          ),
        );
      }
    }
  }
  if (meeting?.overnight === true) {
    const day = weekday(toDayNumber(e.date));
    if (!NEAR_WEEKEND.has(day)) {
      findings.push(
        finding(
          eligibilityRules['eligibility.overnight-near-weekend'],
          'warning',
          {
            da: `Mødet med overnatning ${e.date} ligger en ${WEEKDAY_NAMES.da[day]}; læg det op ad en weekend (fredag–mandag) af hensyn til lægedækningen.`,
            en: `The overnight meeting on ${e.date} falls on a ${WEEKDAY_NAMES.en[day]}; hold it next to a weekend (Friday–Monday) to keep clinics staffed.`,
          },
          { date: e.date, weekday: WEEKDAY_NAMES.en[day] },
        ),
      );
    }
  }
}

function decision(
  id: string | undefined,
  verdict: ExpenseDecision['verdict'],
  claimed: string,
  approved: string,
  findings: Finding[],
  requiredDocuments: DocumentRequirement[],
): ExpenseDecision {
  return id === undefined ? { verdict, claimed, approved, findings, requiredDocuments } : { id, verdict, claimed, approved, findings, requiredDocuments };
}

function refuse(e: ParsedExpense, claimed: Money, claimedText: string, findings: Finding[]): Decided {
  return { decision: decision(e.id, 'ineligible', claimedText, '0.00', findings, []), claimed, approved: ZERO };
}

/** A decision with the claimed and approved amounts as money. */
export interface Decided {
  readonly decision: ExpenseDecision;
  readonly claimed: Money;
  readonly approved: Money;
}

function roleFinding(outcome: { rule: keyof typeof eligibilityRules; message: { da: string; en: string } }, severity: 'violation' | 'warning', e: ParsedExpense): Finding {
  return finding(eligibilityRules[outcome.rule], severity, outcome.message, { category: e.category, role: e.payee?.role });
}

/**
 * Decide one validated claim against the state for its year. Pure apart from
 * reading `ytd` (the caller folds the result in with {@link advance}).
 * Returns the decision and the approved amount as money.
 */
export function decide(e: ParsedExpense, env: Env, ytd: Ytd, path: Path): Decided {
  const rule = categoryRule(e.category);
  const claimed = validMoney(e.amount);
  const claimedText = formatGivenAmount(e.amount, claimed);
  if (rule.verdict === 'ineligible') return refuse(e, claimed, claimedText, [rule.finding]);
  const role = e.payee === undefined ? undefined : rule.roles?.[e.payee.role];
  if (role?.verdict === 'ineligible') return refuse(e, claimed, claimedText, [roleFinding(role, 'violation', e)]);

  const findings: Finding[] = [rule.finding];
  let verdict: ExpenseDecision['verdict'] = rule.verdict;
  if (role !== undefined) {
    findings.push(roleFinding(role, 'warning', e));
    verdict = 'needs-review';
  }
  const inScope = rule.specialist !== 'out-of-scope';
  if (env.specialist && !inScope) {
    findings.push(SPECIALIST_SCOPE);
    verdict = 'needs-review';
  }

  let approved = claimed;
  if (env.specialist) {
    const cap = specialistCap(rule, e, claimed, env, ytd, path);
    approved = cap.approved;
    if (cap.finding) findings.push(cap.finding);
    if (approved.isZero() && cap.finding !== undefined) return refuse(e, claimed, claimedText, findings);
  }

  const requiredDocuments: DocumentRequirement[] = [];
  const documents = env.specialist && inScope ? rule.specialistDocuments : rule.documents;
  for (const kind of documents) {
    if (!present(kind, e)) {
      requiredDocuments.push(DOCUMENTS[kind].requirement);
      findings.push(DOCUMENTS[kind].finding);
    }
  }
  if (requiredDocuments.length > 0) verdict = 'needs-review';

  const hourlyRate = e.documentation?.hourlyRate;
  if (hourlyRate !== undefined && documents.includes('hourly-rate')) {
    findings.push(...judgeHourlyRate(hourlyRate, e.date, consultantHourlyRateTable).findings);
  }
  if (!env.specialist) advice(rule, e, claimed, env, ytd, findings);

  const approvedText = approved === claimed ? claimedText : formatAmount(approved);
  return { decision: decision(e.id, verdict, claimedText, approvedText, findings, requiredDocuments), claimed, approved };
}
