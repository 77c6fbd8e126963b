/**
 * The engine shared by `checkExpense`, `checkExpenses` and
 * `advanceYearToDate`: one validated claim, the validated context and the
 * year-to-date state in, one decision out. Nothing here validates input
 * shapes (the public functions do that once, and pass only zod's copy);
 * money is Decimal throughout.
 */
import { ZERO, formatAmount, validMoney, type Money } from '../../core/money.js';
import type { Finding } from '../../core/findings.js';
import { consultantHourlyRateTable } from '../../params/fees.js';
import { judgeHourlyRate } from '../fees/checkHourlyRate.js';
import { adviceFor, fromNote } from './advice.js';
import { capFor } from './caps.js';
import { CATEGORIES, DOCUMENTS, SPECIALIST_SCOPE, TIME_RECORDS, type RoleOutcome } from './categories.js';
import type { DocumentKind, DocumentRequirement, ExpenseDecision, ParsedContext, ParsedExpense } from './schema.js';
import type { Ytd } from './yearToDate.js';

type Path = readonly (string | number)[];

/** A decision with its amounts as money; `placed` is what takes its place under the caps (approved + pending). */
export interface Decided {
  readonly decision: ExpenseDecision;
  readonly claimed: Money;
  readonly approved: Money;
  readonly pending: Money;
  readonly placed: Money;
}

/** True when the claim carries the document or fact. */
function present(kind: DocumentKind, e: ParsedExpense): boolean {
  const doc = e.documentation;
  switch (kind) {
    case 'receipt':
      return doc?.receipt === true;
    case 'contract':
      return doc?.contract === true;
    case 'hourly-rate':
      // Only a fee paid by the hour needs its rate; a fixed-sum contract does not.
      return doc?.feeBasis !== 'hourly' || doc.hourlyRate !== undefined;
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

function refuse(e: ParsedExpense, claimed: Money, claimedText: string, findings: Finding[]): Decided {
  const decision: ExpenseDecision = { ...(e.id === undefined ? {} : { id: e.id }), verdict: 'ineligible', claimed: claimedText, approved: '0.00', pending: '0.00', findings, requiredDocuments: [] };
  return { decision, claimed, approved: ZERO, pending: ZERO, placed: ZERO };
}

/** The finding of a payee role that changes the verdict (a violation when refused, else a warning). */
function roleFinding(role: RoleOutcome, severity: 'violation' | 'warning', e: ParsedExpense): Finding {
  return fromNote({ rule: role.rule, severity, message: role.message }, { category: e.category, role: e.payee?.role });
}

/** What a fee's papers say beyond the missing items: a rate above PLO's, a contract without time records. */
function feeNotes(documents: readonly DocumentKind[], e: ParsedExpense): Finding[] {
  if (!documents.includes('contract')) return [];
  const notes: Finding[] = [];
  const rate = e.documentation?.hourlyRate;
  if (rate !== undefined) notes.push(...judgeHourlyRate(rate, e.date, consultantHourlyRateTable).findings);
  if (e.documentation?.contract === true && e.documentation.timeStatement !== true) notes.push(fromNote(TIME_RECORDS));
  return notes;
}

/**
 * Internal: decide one validated claim against the state rolled to its date.
 * Pure apart from reading `ytd` (the caller folds `placed` in with `advance`).
 *
 * @example
 * const claim = expenseSchema.parse({ category: 'other', amount: 700, date: '2025-03-27', documentation: { receipt: true } });
 * const { decision } = decide(claim, {}, emptyYtd('2025-03-27'), []);
 * [decision.verdict, decision.approved, decision.pending] // ['needs-review', '0.00', '700.00']
 */
export function decide(e: ParsedExpense, context: ParsedContext, ytd: Ytd, path: Path): Decided {
  const row = CATEGORIES[e.category];
  const specialist = context.scheme === 'speciallaegepraksis';
  const claimed = validMoney(e.amount);
  const claimedText = formatAmount(claimed);
  if (row.verdict === 'ineligible') return refuse(e, claimed, claimedText, [fromNote(row.opening)]);
  const role = e.payee === undefined ? undefined : row.roles?.[e.payee.role];
  if (role?.verdict === 'ineligible') return refuse(e, claimed, claimedText, [roleFinding(role, 'violation', e)]);

  const findings: Finding[] = [fromNote(row.opening)];
  let verdict: ExpenseDecision['verdict'] = row.verdict;
  if (role !== undefined) {
    findings.push(roleFinding(role, 'warning', e));
    verdict = 'needs-review';
  }
  if (specialist && !row.namedByEkvis) {
    findings.push(fromNote(SPECIALIST_SCOPE));
    verdict = 'needs-review';
  }

  let capped = claimed;
  if (specialist) {
    const cap = capFor(row.specialistCap, e, claimed, context.caps, ytd, path);
    capped = cap.amount;
    if (cap.finding) findings.push(cap.finding);
    if (capped.isZero() && cap.finding !== undefined) return refuse(e, claimed, claimedText, findings);
  }

  const requiredDocuments: DocumentRequirement[] = [];
  const documents = specialist && row.namedByEkvis ? row.specialistDocuments : row.documents;
  for (const kind of documents) {
    if (!present(kind, e)) {
      const note = DOCUMENTS[kind];
      requiredDocuments.push({ kind, message: { ...note.message } });
      findings.push(fromNote(note));
    }
  }
  if (requiredDocuments.length > 0) verdict = 'needs-review';
  findings.push(...feeNotes(documents, e));
  if (!specialist) findings.push(...adviceFor(row, e, claimed, context, ytd));

  const cappedText = capped === claimed ? claimedText : formatAmount(capped);
  const eligible = verdict === 'eligible';
  const decision: ExpenseDecision = {
    ...(e.id === undefined ? {} : { id: e.id }),
    verdict,
    claimed: claimedText,
    approved: eligible ? cappedText : '0.00',
    pending: eligible ? '0.00' : cappedText,
    findings,
    requiredDocuments,
  };
  return { decision, claimed, approved: eligible ? capped : ZERO, pending: eligible ? ZERO : capped, placed: capped };
}
