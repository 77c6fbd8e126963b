/**
 * The whole year of one cluster in one report: the composition of the public
 * rule functions, never a second implementation of any rule.
 */
import { KlyngeInputError, echo, isKlyngeInputError, withinPath as within } from '../../core/errors.js';
import { finding, sortFindings } from '../../core/findings.js';
import type { Finding, Severity } from '../../core/findings.js';
import { formatAmount, toMoney } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import { checkAgm } from '../agm/checkAgm.js';
import type { AgmCheck } from '../agm/checkAgm.js';
import { annualCalendar } from '../calendar/annualCalendar.js';
import type { CalendarEvent } from '../calendar/event.js';
import { checkExpenses } from '../eligibility/checkExpenses.js';
import type { ExpenseBatchResult } from '../eligibility/checkExpenses.js';
import { prorateFee } from '../fees/prorateFee.js';
import type { ProrateFeeResult } from '../fees/prorateFee.js';
import { specialistCoordinatorFee } from '../fees/specialistCoordinatorFee.js';
import type { SpecialistCoordinatorFeeResult } from '../fees/specialistCoordinatorFee.js';
import { closeYear } from '../grant/closeYear.js';
import type { CloseYearResult } from '../grant/closeYear.js';
import { grantForYear } from '../grant/grantForYear.js';
import type { GrantForYearResult } from '../grant/grantForYear.js';
import { rateForYear } from '../grant/rateForYear.js';
import { grantRules } from '../grant/grantRules.js';
import { checkAgmRecord } from '../duties/checkAgmRecord.js';
import { checkAnnualMeeting } from '../duties/checkAnnualMeeting.js';
import { checkCalendarDuties } from '../duties/checkCalendarDuties.js';
import { checkSpecialistDuties } from '../duties/checkSpecialistDuties.js';
import type { DutyStatus } from '../duties/state.js';
import type { IsoDate } from '../../core/dates.js';
import { checkMembership } from '../membership/checkMembership.js';
import type { MembershipResult } from '../membership/checkMembership.js';
import { clusterYearOptionsSchema, clusterYearSchema } from './schema.js';
import type { ClusterYear, ClusterYearOptions, ParsedClusterYear } from './schema.js';

/** A finding of the report, with where in the year it arose (`grant`, `expenses[3]`, `agm`, …). */
export interface ReportFinding extends Finding {
  readonly where: string;
}

/**
 * The ledger of the year (activity report figures, §8.1) with what still
 * awaits review. For a year without a published grant rate and no `rate` in
 * the document, `grant` and `closingBalance` are `null` (unknown, never 0).
 */
export interface ReportLedger extends Omit<CloseYearResult, 'grant' | 'closingBalance'> {
  /** The year's grant; `null` when unknown (no published rate and no `rate` given). */
  readonly grant: string | null;
  /** Opening balance + grant − spent; `null` when the grant is unknown. */
  readonly closingBalance: string | null;
  /** What claims in review hold pending (caps applied); not counted in `spent`, which counts approved amounts only. */
  readonly pendingReview: string;
}

/** Everything `evaluateClusterYear` finds about one cluster's year. */
export interface ClusterYearReport {
  readonly year: number;
  readonly scheme: 'almen-praksis' | 'speciallaegepraksis';
  readonly cluster: { readonly id: string; readonly name?: string };
  /**
   * The yearly grant (general practice only: the specialist scheme refunds
   * expenses instead); `null` when the year has no published rate and the
   * document gives no `rate` (a warning then says where to put one).
   */
  readonly grant?: GrantForYearResult | null;
  /** Opening balance + grant − documented approved expenses (general practice only). */
  readonly ledger?: ReportLedger;
  readonly expenses: ExpenseBatchResult;
  readonly coordinatorFee?: ProrateFeeResult | SpecialistCoordinatorFeeResult;
  readonly agm?: AgmCheck;
  readonly membership: MembershipResult;
  readonly calendar: CalendarEvent[];
  /** The day at whose end the year is judged (`options.asOf`, default 31 December of the year). */
  readonly asOf: IsoDate;
  /**
   * Every dated duty of the year with its state as of `asOf`, in date order:
   * the calendar's duties, the annual meeting, the duties of the meeting's
   * record and the specialist scheme's duties.
   */
  readonly duties: DutyStatus[];
  /** Every finding of every part, violations first. */
  readonly findings: ReportFinding[];
  readonly summary: { readonly violations: number; readonly warnings: number; readonly infos: number };
}

function tag(findings: readonly Finding[], where: string): ReportFinding[] {
  return findings.map((f) => ({ ...f, where }));
}

/** Validate the document: every object of it is strict, so zod names any unknown key with its path. */
function parseDocument(input: unknown): ParsedClusterYear {
  return parseInput(clusterYearSchema, input);
}

/** grant.rate-per-patient — the report goes on without the grant and says where to put the rate. */
function unknownRate(year: number, patients: number): Finding {
  return finding(
    grantRules['grant.rate-per-patient'],
    'warning',
    {
      da: `Der er endnu ikke offentliggjort en sats for klyngemidlerne i ${String(year)}, så årets tilskud og formuen ultimo er ukendte. Skriv satsen (kroner pr. patient) i feltet \`rate\` i dokumentet.`,
      en: `No grant rate is published yet for ${String(year)}, so the year's grant and the closing balance are unknown. Put the rate (kroner per patient) in the field \`rate\` of the document.`,
    },
    { year, patients, field: 'rate' },
  );
}

/** The ledger through closeYear; with an unknown grant, the known figures only. */
function ledgerOf(year: number, openingBalance: string | number, grant: GrantForYearResult | null, spent: string, pendingReview: string): ReportLedger {
  if (grant !== null) return { ...closeYear({ year, openingBalance, grant: grant.amount, spent }), pendingReview };
  return { year, openingBalance: formatAmount(toMoney(openingBalance, ['openingBalance'])), grant: null, spent, closingBalance: null, pendingReview, findings: [] };
}

/** The day a finding of checkAgm is due: a violation of a duty due after `asOf` is not reported (duties.as-of). */
function dueOf(f: Finding, agm: AgmCheck): IsoDate {
  if (f.rule === 'agm.notice-period') return agm.deadlines.noticeBy;
  if (f.rule === 'agm.minutes-deadline' || f.rule === 'agm.election-record') return agm.deadlines.minutesBy;
  return agm.deadlines.meeting;
}

const SCHEME_FACTS = {
  'almen-praksis': ['ydernumreRegistered', 'activityReportSent', 'meetingDatesAnnounced'],
  speciallaegepraksis: ['ekvisStatusSent', 'meetings', 'coordinatorsMeetingAttended', 'coordinatorTerm', 'coordinatorChange'],
} as const;

/** Facts of the other scheme, and specialist meetings or a coordinator change outside the year, are input errors (never silently ignored). */
function checkFactsFitScheme(doc: ParsedClusterYear): void {
  const facts = doc.duties;
  if (facts === undefined) return;
  const scheme = doc.cluster.scheme;
  const other = scheme === 'almen-praksis' ? 'speciallaegepraksis' : 'almen-praksis';
  const issues: { path: (string | number)[]; message: string }[] = [];
  for (const key of SCHEME_FACTS[other]) {
    if (facts[key] !== undefined) issues.push({ path: ['duties', key], message: `${key} is a fact of the ${other} scheme; this cluster's scheme is ${scheme}` });
  }
  (facts.meetings ?? []).forEach((m, i) => {
    if (!m.date.startsWith(`${doc.year}-`)) issues.push({ path: ['duties', 'meetings', i, 'date'], message: `the meeting ${m.date} is not in ${doc.year}` });
  });
  if (facts.coordinatorChange !== undefined && !facts.coordinatorChange.on.startsWith(`${doc.year}-`)) {
    issues.push({ path: ['duties', 'coordinatorChange', 'on'], message: `the change ${facts.coordinatorChange.on} is not in ${doc.year}` });
  }
  if (issues.length > 0) throw new KlyngeInputError(issues);
}

function count(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/**
 * Evaluate one cluster's year: grant, ledger with carry-over, each expense
 * decision, coordinator fee shares, AGM deadlines and check, membership
 * findings, the calendar, and every dated duty with its state as of
 * `options.asOf` (the end of that day; default 31 December of the year, so a
 * closed year is judged whole), with all findings sorted by severity. A duty
 * not yet due as of `asOf` is never a violation. Without a published rate
 * and no `rate` in the document, the grant and the closing balance are
 * `null` and a warning names the field `rate`.
 *
 * @param options - `asOf`: judge the year at the end of this ISO date
 * @throws {KlyngeInputError} with the path in the document of every problem (options under `['options']`).
 * @example
 * const report = evaluateClusterYear(JSON.parse(readFileSync('examples/almen-praksis-2025.json', 'utf8')));
 * report.grant?.amount          // '164250.00'
 * report.summary                // { violations: 13, warnings: 10, infos: 28 } (the example has mistakes on purpose)
 * const spring = evaluateClusterYear({ year: 2025, cluster: { id: 'K1', clinics: [{ id: 'C1', listedPatients: 31000, owners: [] }], doctors: [] } }, { asOf: '2025-04-15' });
 * spring.duties.filter((d) => d.state === 'overdue').map((d) => d.id) // ['2025-agm'] (no AGM recorded by the end of March)
 * spring.findings.filter((f) => f.where === 'agm').map((f) => `${f.severity} ${f.rule}`) // ['warning agm.meeting-first-quarter'] (a violation only when the year ends)
 */
export function evaluateClusterYear(input: ClusterYear, options?: ClusterYearOptions): ClusterYearReport {
  const doc = parseDocument(input);
  const { year } = doc;
  const asOf = parseInput(clusterYearOptionsSchema, options ?? {}, ['options']).asOf ?? `${year}-12-31`;
  checkFactsFitScheme(doc);
  const scheme = doc.cluster.scheme;
  const calendarOptions = doc.calendar ?? {};
  const findings: ReportFinding[] = [];

  const membership = within(['cluster'], () => checkMembership(input.cluster, input.membership));
  findings.push(...tag(membership.findings, 'membership'));

  const expenses = checkExpenses(input.expenses ?? [], { scheme });
  expenses.decisions.forEach((d, index) => findings.push(...tag(d.findings, d.id === undefined ? `expenses[${index}]` : `expenses[${index}] ${echo(d.id)}`)));

  let grant: GrantForYearResult | null | undefined;
  let ledger: ReportLedger | undefined;
  if (scheme === 'almen-praksis') {
    // listedPatients is required in almen-praksis by clusterSchema
    const patients = doc.patients ?? doc.cluster.clinics.reduce((sum, c) => sum + c.listedPatients!, 0);
    const rateKnown = input.rate !== undefined || rateForYear(year) !== undefined;
    grant = rateKnown ? grantForYear(input.rate === undefined ? { year, patients } : { year, patients, rate: input.rate }) : null;
    findings.push(...tag(grant === null ? [unknownRate(year, patients)] : grant.findings, 'grant'));
    // Spending counts approved amounts only; what awaits review is shown beside it.
    ledger = ledgerOf(year, input.openingBalance ?? 0, grant, expenses.totals.approved, expenses.totals.pending);
    findings.push(...tag(ledger.findings, 'ledger'));
  }

  let coordinatorFee: ProrateFeeResult | SpecialistCoordinatorFeeResult | undefined;
  const fee = input.coordinatorFee;
  if (fee !== undefined) {
    coordinatorFee = within(['coordinatorFee'], () => {
      if (scheme === 'speciallaegepraksis') {
        return specialistCoordinatorFee(fee.method === undefined ? { year, holders: fee.holders } : { year, holders: fee.holders, method: fee.method });
      }
      // `fees.agm-sets-fee`: the fee is the one the AGM agreed, so the document must state it
      if (fee.annualFee === undefined) throw new KlyngeInputError([{ path: ['annualFee'], message: 'annualFee (the fee agreed at the AGM) is needed in the almen-praksis scheme' }]);
      return prorateFee({
        annualFee: fee.annualFee,
        periodStart: fee.periodStart ?? `${year}-01-01`,
        holders: fee.holders,
        ...(fee.months === undefined ? {} : { months: fee.months }),
        ...(fee.method === undefined ? {} : { method: fee.method }),
      });
    });
    findings.push(...tag(coordinatorFee.findings, 'coordinatorFee'));
  }

  let agm: AgmCheck | undefined;
  const duties: DutyStatus[] = [];
  if (input.agm !== undefined) {
    const { record: _record, ...facts } = input.agm;
    const checked = within(['agm'], () => checkAgm(facts, calendarOptions));
    agm = checked;
    // duties.as-of: a violation of a duty due after asOf is not reported
    findings.push(...tag(checked.findings.filter((f) => f.severity !== 'violation' || dueOf(f, checked) <= asOf), 'agm'));
  }
  const ordinaryMeeting = doc.agm === undefined || doc.agm.kind === 'extraordinary' ? undefined : doc.agm.meeting;
  // klyngeregler-2023 is the general-practice rulebook; eKVIS's text for specialist clusters has no AGM
  if (scheme === 'almen-praksis') {
    const annual = checkAnnualMeeting(year, ordinaryMeeting, asOf);
    duties.push(...annual.duties);
    findings.push(...tag(annual.findings, 'agm'));
  }

  if (doc.agm?.record !== undefined && agm !== undefined) {
    const electedPosts = (doc.agm.elections ?? []).map((e) => e.post);
    const meeting = { year, meeting: doc.agm.meeting, kind: doc.agm.kind ?? 'ordinary', minutesBy: agm.deadlines.minutesBy, electedPosts } as const;
    const record = checkAgmRecord(meeting, doc.agm.record, asOf);
    duties.push(...record.duties);
    findings.push(...tag(record.findings, 'agm record'));
  }
  const calendar = annualCalendar({
    year,
    scheme,
    ...calendarOptions,
    ...(ordinaryMeeting === undefined ? {} : { agmDate: ordinaryMeeting }),
  });
  const facts = doc.duties ?? {};
  const calendarDuties = checkCalendarDuties(
    calendar,
    { ...facts, ...(doc.agm === undefined || doc.agm.kind === 'extraordinary' ? {} : { noticeSentOn: doc.agm.noticeSentOn, minutesSentOn: doc.agm.minutesSentOn }) },
    asOf,
  );
  duties.push(...calendarDuties.duties);
  findings.push(...tag(calendarDuties.findings, 'duties'));
  if (scheme === 'speciallaegepraksis') {
    const specialist = checkSpecialistDuties(year, facts, asOf);
    duties.push(...specialist.duties);
    findings.push(...tag(specialist.findings, 'duties'));
  }

  const sorted = sortFindings(findings) as ReportFinding[];
  return {
    year,
    scheme,
    cluster: doc.cluster.name === undefined ? { id: doc.cluster.id } : { id: doc.cluster.id, name: doc.cluster.name },
    ...(grant === undefined ? {} : { grant }),
    ...(ledger === undefined ? {} : { ledger }),
    expenses,
    ...(coordinatorFee === undefined ? {} : { coordinatorFee }),
    ...(agm === undefined ? {} : { agm }),
    membership,
    calendar,
    asOf,
    duties: duties.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)),
    findings: sorted,
    summary: { violations: count(sorted, 'violation'), warnings: count(sorted, 'warning'), infos: count(sorted, 'info') },
  };
}
