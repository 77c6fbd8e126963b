/**
 * The content of a rendered report, built once per language from a report
 * and written out by the text, Markdown and HTML writers, so the three
 * formats say the same thing (internal).
 */
import type { Bilingual } from '../core/ruleEntry.js';
import type { Lang } from '../core/dateText.js';
import { echo } from '../core/errors.js';
import type { Finding, Severity } from '../core/findings.js';
import { formatAmount, toMoney, ZERO, type Money } from '../core/money.js';
import type { AgmDeadlines } from '../rules/agm/agmDeadlines.js';
import type { CalendarEvent } from '../rules/calendar/event.js';
import type { DutyStatus } from '../rules/duties/state.js';
import type { ExpenseBatchResult } from '../rules/eligibility/checkExpenses.js';
import type { ExpenseDecision } from '../rules/eligibility/schema.js';
import type { ProrateFeeResult } from '../rules/fees/prorateFee.js';
import type { SpecialistCoordinatorFeeResult } from '../rules/fees/specialistCoordinatorFee.js';
import type { GrantForYearResult } from '../rules/grant/grantForYear.js';
import type { ClusterYearReport, ReportFinding } from '../rules/report/evaluateClusterYear.js';
import { claimName, day, dayShort, money, place, sourceText, wholeNumber, type SourceText } from './format.js';
import { AREA_LABELS, EXPENSE_CATEGORY_LABELS, REPORT_PART_LABELS, SCHEME_LABELS, VERDICT_LABELS } from './labels.js';
import { WORDS } from './words.js';

/** Label, value and an optional note: one line of a list of figures. */
export interface Pair {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

/** A block of a section. */
export type Block =
  | { readonly kind: 'pairs'; readonly rows: readonly Pair[] }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly right: readonly number[]; readonly footer?: readonly (readonly string[])[] }
  | { readonly kind: 'findings'; readonly items: readonly FindingItem[] }
  | { readonly kind: 'lines'; readonly lines: readonly string[] }
  | { readonly kind: 'chart'; readonly bars: readonly Bar[] };

/** One bar of the grant-and-spending chart. */
export interface Bar {
  readonly label: string;
  readonly amount: string;
  readonly pending: string;
  /** `amount` and `pending` as the language writes them (`pendingText` is empty for the grant). */
  readonly amountText: string;
  readonly pendingText: string;
  readonly kind: 'grant' | 'spent' | 'category';
}

/** A finding as shown. */
export interface FindingItem {
  readonly severity: Severity;
  readonly rule: string;
  readonly place: string;
  readonly message: string;
  readonly source: SourceText;
}

/** A titled part of the report. */
export interface Section {
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** Everything a writer needs. */
export interface ReportView {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly violations: number;
  readonly status: string;
  readonly sections: readonly Section[];
}

/** The facts of the claims and people that the report itself does not carry (from the input document). */
export interface ClaimFacts {
  readonly claims: readonly { readonly date: string; readonly category: keyof typeof EXPENSE_CATEGORY_LABELS; readonly meetingId?: string }[];
  readonly names: ReadonlyMap<string, string>;
}

/** The cap finding behind a cut claim (its data names the cap), if any. */
function capOf(d: ExpenseDecision): { rule: string; cap: string } | undefined {
  for (const f of d.findings) {
    const cap = f.data?.['cap'];
    if (typeof cap === 'string') return { rule: f.rule, cap };
  }
  return undefined;
}

function verdictText(d: ExpenseDecision, lang: Lang): string {
  const W = WORDS[lang];
  if (d.verdict === 'eligible' && toMoney(d.approved).lessThan(toMoney(d.claimed))) {
    const cap = capOf(d);
    const label = VERDICT_LABELS.partly[lang];
    return cap === undefined ? label : `${label} (${W.caps[cap.rule] ?? W.cap}: ${money(cap.cap, lang)})`;
  }
  return VERDICT_LABELS[d.verdict][lang];
}

function join(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** The skipped days of one deadline in one line: the explanation's summary when it has one, else counted here. */
function skippedLine(explanation: AgmDeadlines['explanation']['proposalsBy'], lang: Lang): string | undefined {
  const summary = (explanation as { summary?: Bilingual }).summary;
  if (summary !== undefined && typeof summary[lang] === 'string') return summary[lang];
  if (explanation.skipped.length === 0) return undefined;
  let weekend = 0;
  const named: string[] = [];
  for (const s of explanation.skipped) {
    if (s.kind === 'weekend') weekend += 1;
    else named.push(`${s.name[lang]} (${dayShort(s.date, lang)})`);
  }
  const parts = weekend > 0 ? [WORDS[lang].weekendDays(weekend), ...named] : named;
  return join(parts, WORDS[lang].and);
}

/** The AGM deadlines as figures and one line per deadline that skipped days. */
export function deadlineBlocks(d: AgmDeadlines, lang: Lang): Block[] {
  const W = WORDS[lang];
  const rows: Pair[] = [
    { label: W.meeting, value: day(d.meeting, lang) },
    { label: W.noticeBy, value: day(d.noticeBy, lang) },
    { label: W.proposalsBy, value: day(d.proposalsBy, lang) },
    { label: W.minutesBy, value: day(d.minutesBy, lang) },
  ];
  const lines: string[] = [];
  for (const key of ['noticeBy', 'proposalsBy', 'minutesBy'] as const) {
    const line = skippedLine(d.explanation[key], lang);
    if (line !== undefined) lines.push(`${W[key]}: ${W.skipped} ${line}.`);
  }
  return lines.length === 0 ? [{ kind: 'pairs', rows }] : [{ kind: 'pairs', rows }, { kind: 'lines', lines }];
}

/** The calendar of duties as a table. */
export function calendarBlock(events: readonly CalendarEvent[], lang: Lang): Block {
  const W = WORDS[lang];
  return {
    kind: 'table',
    header: [],
    rows: events.map((e) => [day(e.date, lang), e.movedFrom === undefined ? e.title[lang] : `${e.title[lang]} (${W.moved} ${dayShort(e.movedFrom, lang)})`]),
    right: [],
  };
}

const DUTY_ORDER = { overdue: 0, unknown: 1, upcoming: 2 } as const;

/**
 * The duties as of the report's `asOf`: those overdue, unknown and upcoming
 * (in that order, each by date) with long dates, and how many are done.
 */
export function dutiesBlocks(duties: readonly DutyStatus[], lang: Lang): Block[] {
  const W = WORDS[lang];
  const open = duties.filter((d): d is DutyStatus & { state: keyof typeof DUTY_ORDER } => d.state !== 'done');
  const shown = open.map((d, i) => ({ d, i })).sort((a, b) => DUTY_ORDER[a.d.state] - DUTY_ORDER[b.d.state] || a.i - b.i);
  const blocks: Block[] = [];
  if (shown.length > 0) {
    blocks.push({ kind: 'table', header: [...W.dutyColumns], rows: shown.map(({ d }) => [day(d.due, lang), d.title[lang], W.dutyStates[d.state]]), right: [] });
  }
  blocks.push({ kind: 'lines', lines: [W.dutiesDone(duties.length - open.length, duties.length)] });
  return blocks;
}

/** A finding as shown (the report's `where`, or a given place). */
export function findingItem(f: Finding, placeText: string, lang: Lang): FindingItem {
  return { severity: f.severity, rule: f.rule, place: placeText, message: f.message[lang], source: sourceText(f.source, lang) };
}

/**
 * Where a finding arose, for people: the claim or the part of the report;
 * for a `where` the labels do not know, the name of the rule's area (never
 * the raw id).
 */
function findingPlace(f: ReportFinding, lang: Lang): string {
  if (CLAIM_WHERE.test(f.where) || Object.prototype.hasOwnProperty.call(REPORT_PART_LABELS, f.where)) return place(f.where, lang);
  const area = f.rule.split('.')[0]!;
  return Object.prototype.hasOwnProperty.call(AREA_LABELS, area) ? AREA_LABELS[area]![lang] : place(f.where, lang);
}

const PER_MEETING = new Set(['eligibility.costly-venue', 'eligibility.overnight-near-weekend']);
const CLAIM_WHERE = /^expenses\[(\d+)\]/;

/** Findings to show: a meeting-level finding given on several claims of one meeting is shown once, with the largest total and every claim named. */
function shownFindings(findings: readonly ReportFinding[], report: ClusterYearReport, facts: ClaimFacts | undefined, lang: Lang): FindingItem[] {
  const groups = new Map<string, { best: ReportFinding; indices: number[] }>();
  const order: (ReportFinding | string)[] = [];
  for (const f of findings) {
    const index = CLAIM_WHERE.exec(f.where);
    if (index === null || !PER_MEETING.has(f.rule)) {
      order.push(f);
      continue;
    }
    const i = Number(index[1]);
    const meeting = f.data?.['meetingId'] ?? facts?.claims[i]?.meetingId ?? f.data?.['date'];
    if (typeof meeting !== 'string') {
      order.push(f);
      continue;
    }
    const key = `${f.rule}\u0000${meeting}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { best: f, indices: [i] });
      order.push(key);
    } else {
      group.indices.push(i);
      const total = f.data?.['total'];
      const bestTotal = group.best.data?.['total'];
      if (typeof total === 'string' && (typeof bestTotal !== 'string' || toMoney(total).greaterThan(toMoney(bestTotal)))) group.best = f;
    }
  }
  const decisions = report.expenses.decisions;
  return order.map((entry) => {
    if (typeof entry !== 'string') return findingItem(entry, findingPlace(entry, lang), lang);
    const group = groups.get(entry)!;
    if (group.indices.length === 1) return findingItem(group.best, findingPlace(group.best, lang), lang);
    const [first, ...rest] = group.indices.map((i) => claimName(i, decisions[i]?.id, lang));
    const word = lang === 'da' ? 'Udgift ' : 'Expense ';
    const names = [first!, ...rest.map((n) => n.slice(word.length))];
    return findingItem(group.best, join(names, WORDS[lang].and), lang);
  });
}

function infoBlocks(infos: readonly ReportFinding[], lang: Lang, verbose: boolean): Block[] {
  const W = WORDS[lang];
  if (verbose) return [{ kind: 'findings', items: infos.map((f) => findingItem(f, findingPlace(f, lang), lang)) }];
  let claimInfos = 0;
  const others: FindingItem[] = [];
  for (const f of infos) {
    if (CLAIM_WHERE.test(f.where)) claimInfos += 1;
    else others.push(findingItem(f, findingPlace(f, lang), lang));
  }
  const blocks: Block[] = [];
  if (others.length > 0) blocks.push({ kind: 'findings', items: others });
  if (claimInfos > 0) blocks.push({ kind: 'lines', lines: [`${W.infoSummary(claimInfos, W.expensesLower)}. ${W.infoHint}`] });
  return blocks;
}

function spendingChart(report: ClusterYearReport, facts: ClaimFacts, lang: Lang): Block {
  const W = WORDS[lang];
  const byCategory = new Map<string, { approved: Money; pending: Money }>();
  const decisions = report.expenses.decisions;
  for (let i = 0; i < decisions.length; i += 1) {
    const claim = facts.claims[i];
    if (claim === undefined) continue;
    const d = decisions[i]!;
    const entry = byCategory.get(claim.category) ?? { approved: ZERO, pending: ZERO };
    byCategory.set(claim.category, { approved: entry.approved.plus(toMoney(d.approved)), pending: entry.pending.plus(toMoney(d.pending)) });
  }
  const bars: Bar[] = [];
  const bar = (label: string, amount: string, pending: string, kind: Bar['kind']): Bar => ({
    label,
    amount,
    pending,
    amountText: money(amount, lang),
    pendingText: kind === 'grant' ? '' : money(pending, lang),
    kind,
  });
  if (report.grant !== undefined && report.grant !== null) bars.push(bar(W.grantBar, report.grant.amount, '0.00', 'grant'));
  bars.push(bar(W.spentBar, report.expenses.totals.approved, report.expenses.totals.pending, 'spent'));
  for (const category of Object.keys(EXPENSE_CATEGORY_LABELS) as (keyof typeof EXPENSE_CATEGORY_LABELS)[]) {
    const entry = byCategory.get(category);
    if (entry === undefined || (entry.approved.isZero() && entry.pending.isZero())) continue;
    bars.push(bar(EXPENSE_CATEGORY_LABELS[category].label[lang], formatAmount(entry.approved), formatAmount(entry.pending), 'category'));
  }
  return { kind: 'chart', bars };
}

/** The grant as figures. */
export function grantBlock(g: GrantForYearResult, lang: Lang): Block {
  const W = WORDS[lang];
  return {
    kind: 'pairs',
    rows: [
      { label: W.patients, value: wholeNumber(g.patients, lang) },
      { label: W.rate, value: money(g.rate, lang) },
      { label: W.grantAmount, value: money(g.amount, lang), note: `${W.paid} ${day(g.paymentDate, lang)}` },
      { label: W.registration, value: day(g.registrationDeadline, lang) },
    ],
  };
}

/** The claims table: one row per decision, the totals below. `claims` (from the input) adds dates and categories. */
export function claimsTable(e: ExpenseBatchResult, claims: ClaimFacts['claims'] | undefined, lang: Lang): Block {
  const W = WORDS[lang];
  const withFacts = claims !== undefined;
  const dates = new Map<string, string>();
  const dateText = (date: string): string => {
    let text = dates.get(date);
    if (text === undefined) dates.set(date, (text = dayShort(date, lang)));
    return text;
  };
  const rows: string[][] = [];
  for (let i = 0; i < e.decisions.length; i += 1) {
    const d = e.decisions[i]!;
    const claim = claims?.[i];
    const facts = withFacts ? [claim ? dateText(claim.date) : '', claim ? EXPENSE_CATEGORY_LABELS[claim.category].label[lang] : ''] : [];
    rows.push([claimName(i, d.id, lang), ...facts, money(d.claimed, lang), money(d.approved, lang), money(d.pending, lang), verdictText(d, lang)]);
  }
  const header = withFacts ? [...W.expenseColumns] : W.expenseColumns.filter((_, i) => i !== 1 && i !== 2);
  const pad = withFacts ? ['', ''] : [];
  const footer = [
    [W.total, ...pad, money(e.totals.claimed, lang), money(e.totals.approved, lang), money(e.totals.pending, lang), ''],
    [W.rejected, ...pad, money(e.totals.rejected, lang), '', '', ''],
  ];
  const first = withFacts ? 3 : 1;
  return { kind: 'table', header, rows, right: [first, first + 1, first + 2], footer };
}

/** The coordinator fee shares (names from the input when given), the vacant months and the payment date. */
export function feeBlocks(f: ProrateFeeResult | SpecialistCoordinatorFeeResult, names: ReadonlyMap<string, string> | undefined, lang: Lang): Block[] {
  const W = WORDS[lang];
  const feeRows = f.shares.map((s) => [names?.get(s.id) ?? echo(s.id), wholeNumber(s.months, lang), money(s.amount, lang)]);
  if (f.unallocated.months > 0) feeRows.push([W.vacant, wholeNumber(f.unallocated.months, lang), money(f.unallocated.amount, lang)]);
  const blocks: Block[] = [{ kind: 'table', header: [...W.feeColumns], rows: feeRows, right: [1, 2] }];
  if ('paymentDate' in f) blocks.push({ kind: 'lines', lines: [`${W.feePaid} ${day(f.paymentDate, lang)} (${W.feePaidNote}).`] });
  return blocks;
}

/** Build the content of the year report in one language. */
export function reportView(report: ClusterYearReport, lang: Lang, verbose: boolean, facts: ClaimFacts | undefined): ReportView {
  const W = WORDS[lang];
  const { violations, warnings, infos } = report.summary;
  const sections: Section[] = [];
  const counts = W.counts(violations, warnings, infos);

  if (report.grant === null) sections.push({ title: W.grant, blocks: [{ kind: 'lines', lines: [W.grantUnknown] }] });
  else if (report.grant !== undefined) sections.push({ title: W.grant, blocks: [grantBlock(report.grant, lang)] });
  if (report.ledger !== undefined) {
    const l = report.ledger;
    sections.push({
      title: W.ledger,
      blocks: [
        {
          kind: 'pairs',
          rows: [
            { label: W.opening, value: money(l.openingBalance, lang) },
            { label: W.plusGrant, value: l.grant === null ? W.unknownAmount : money(l.grant, lang) },
            { label: W.minusSpent, value: money(l.spent, lang) },
            { label: W.closing, value: l.closingBalance === null ? W.unknownAmount : money(l.closingBalance, lang) },
            { label: W.pendingReview, value: money(l.pendingReview, lang) },
          ],
        },
      ],
    });
  }
  if (facts !== undefined && report.expenses.decisions.length > 0) sections.push({ title: report.grant === undefined || report.grant === null ? W.spendingOnly : W.spending, blocks: [spendingChart(report, facts, lang)] });

  const e = report.expenses;
  sections.push({ title: `${W.expenses} (${e.decisions.length})`, blocks: [claimsTable(e, facts?.claims, lang)] });

  if (report.coordinatorFee !== undefined) sections.push({ title: W.fee, blocks: feeBlocks(report.coordinatorFee, facts?.names, lang) });
  if (report.agm !== undefined) sections.push({ title: W.agm, blocks: deadlineBlocks(report.agm.deadlines, lang) });
  if (report.duties.length > 0) sections.push({ title: W.duties(day(report.asOf, lang)), blocks: dutiesBlocks(report.duties, lang) });

  const serious: ReportFinding[] = [];
  const notes: ReportFinding[] = [];
  for (const f of report.findings) (f.severity === 'info' ? notes : serious).push(f);
  const shown = shownFindings(serious, report, facts, lang);
  sections.push({ title: `${W.findings} (${shown.length})`, blocks: shown.length === 0 ? [{ kind: 'lines', lines: [W.none] }] : [{ kind: 'findings', items: shown }] });
  if (notes.length > 0) sections.push({ title: `${W.infos} (${notes.length})`, blocks: infoBlocks(notes, lang, verbose) });
  sections.push({ title: W.calendar, blocks: [calendarBlock(report.calendar, lang)] });

  const name = report.cluster.name === undefined ? echo(report.cluster.id) : `${echo(report.cluster.name)} (${echo(report.cluster.id)})`;
  return {
    lang,
    title: `${W.report} ${report.year} — ${name}`,
    subtitle: report.asOf === `${report.year}-12-31` ? SCHEME_LABELS[report.scheme][lang] : `${SCHEME_LABELS[report.scheme][lang]} · ${W.asOf} ${day(report.asOf, lang)}`,
    violations,
    status: counts,
    sections,
  };
}
