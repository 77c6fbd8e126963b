/**
 * The whole year of one cluster in one report: the composition of the public
 * rule functions, never a second implementation of any rule.
 */
import { KlyngeInputError, withinPath as within } from '../../core/errors.js';
import { sortFindings } from '../../core/findings.js';
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
import { checkMembership } from '../membership/checkMembership.js';
import type { MembershipResult } from '../membership/checkMembership.js';
import { clusterYearSchema } from './schema.js';
import type { ClusterYear } from './schema.js';

/** A finding of the report, with where in the year it arose (`grant`, `expenses[3]`, `agm`, …). */
export interface ReportFinding extends Finding {
  readonly where: string;
}

/** The ledger of the year (activity report figures, §8.1) with what still awaits review. */
export interface ReportLedger extends CloseYearResult {
  /** What claims in review hold pending (caps applied); not counted in `spent`, which counts approved amounts only. */
  readonly pendingReview: string;
}

/** Everything `evaluateClusterYear` finds about one cluster's year. */
export interface ClusterYearReport {
  readonly year: number;
  readonly scheme: 'almen-praksis' | 'speciallaegepraksis';
  readonly cluster: { readonly id: string; readonly name?: string };
  /** The yearly grant (general practice only: the specialist scheme refunds expenses instead). */
  readonly grant?: GrantForYearResult;
  /** Opening balance + grant − documented approved expenses (general practice only). */
  readonly ledger?: ReportLedger;
  readonly expenses: ExpenseBatchResult;
  readonly coordinatorFee?: ProrateFeeResult | SpecialistCoordinatorFeeResult;
  readonly agm?: AgmCheck;
  readonly membership: MembershipResult;
  readonly calendar: CalendarEvent[];
  /** Every finding of every part, violations first. */
  readonly findings: ReportFinding[];
  readonly summary: { readonly violations: number; readonly warnings: number; readonly infos: number };
}

function tag(findings: readonly Finding[], where: string): ReportFinding[] {
  return findings.map((f) => ({ ...f, where }));
}

function count(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/**
 * Evaluate one cluster's year: grant, ledger with carry-over, each expense
 * decision, coordinator fee shares, AGM deadlines and check, membership
 * findings and the calendar of duties, with all findings sorted by severity.
 *
 * @throws {KlyngeInputError} with the path in the document of every problem.
 * @example
 * const report = evaluateClusterYear(JSON.parse(readFileSync('examples/almen-praksis-2025.json', 'utf8')));
 * report.grant?.amount          // '164250.00'
 * report.summary                // { violations: 13, warnings: 8, infos: 28 } (the example has mistakes on purpose)
 */
export function evaluateClusterYear(input: ClusterYear): ClusterYearReport {
  const doc = parseInput(clusterYearSchema, input);
  const { year } = doc;
  const scheme = doc.cluster.scheme;
  const calendarOptions = doc.calendar ?? {};
  const findings: ReportFinding[] = [];

  const membership = within(['cluster'], () => checkMembership(input.cluster, input.membership));
  findings.push(...tag(membership.findings, 'membership'));

  const expenses = checkExpenses(input.expenses ?? [], { scheme });
  expenses.decisions.forEach((d, index) => findings.push(...tag(d.findings, d.id === undefined ? `expenses[${index}]` : `expenses[${index}] ${d.id}`)));

  let grant: GrantForYearResult | undefined;
  let ledger: ReportLedger | undefined;
  if (scheme === 'almen-praksis') {
    // listedPatients is required in almen-praksis by clusterSchema
    const patients = doc.patients ?? doc.cluster.clinics.reduce((sum, c) => sum + c.listedPatients!, 0);
    grant = grantForYear(input.rate === undefined ? { year, patients } : { year, patients, rate: input.rate });
    findings.push(...tag(grant.findings, 'grant'));
    // Spending counts approved amounts only; what awaits review is shown beside it.
    const closed = closeYear({ year, openingBalance: input.openingBalance ?? 0, grant: grant.amount, spent: expenses.totals.approved });
    ledger = { ...closed, pendingReview: expenses.totals.pending };
    findings.push(...tag(closed.findings, 'ledger'));
  }

  let coordinatorFee: ProrateFeeResult | SpecialistCoordinatorFeeResult | undefined;
  const fee = input.coordinatorFee;
  if (fee !== undefined) {
    coordinatorFee = within(['coordinatorFee'], () => {
      if (scheme === 'speciallaegepraksis') {
        return specialistCoordinatorFee(fee.method === undefined ? { year, holders: fee.holders } : { year, holders: fee.holders, method: fee.method });
      }
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
  if (input.agm !== undefined) {
    const facts = input.agm;
    agm = within(['agm'], () => checkAgm(facts, calendarOptions));
    findings.push(...tag(agm.findings, 'agm'));
  }

  const calendar = annualCalendar({
    year,
    scheme,
    ...calendarOptions,
    ...(doc.agm === undefined || doc.agm.kind === 'extraordinary' ? {} : { agmDate: doc.agm.meeting }),
  });

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
    findings: sorted,
    summary: { violations: count(sorted, 'violation'), warnings: count(sorted, 'warning'), infos: count(sorted, 'info') },
  };
}
