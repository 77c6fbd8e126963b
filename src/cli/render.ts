/**
 * Text and Markdown renderings of reports for the command line. Amounts are
 * shown in Danish form and right-aligned; colour only when asked for.
 */
import { formatKroner } from '../core/money.js';
import type { Finding } from '../core/findings.js';
import type { AgmDeadlines } from '../rules/agm/agmDeadlines.js';
import type { CalendarEvent } from '../rules/calendar/event.js';
import type { RestructureFundsResult } from '../rules/restructuring/restructureFunds.js';
import type { ClusterYearReport, ReportFinding } from '../rules/report/evaluateClusterYear.js';
import { LABELS } from './labels.js';
import type { Lang } from './labels.js';

/** The facts of a claim the report tables show beside each decision. */
export interface Claim {
  readonly date: string;
  readonly category: string;
}

/** How to render. */
export interface RenderOptions {
  readonly lang: Lang;
  readonly color: boolean;
}

const SGR = { red: '31', yellow: '33', cyan: '36', bold: '1', dim: '2' } as const;

function paint(text: string, code: keyof typeof SGR, options: RenderOptions): string {
  return options.color ? `\u001b[${SGR[code]}m${text}\u001b[0m` : text;
}

const MARK = { violation: '✖', warning: '▲', info: 'ℹ' } as const;
const COLOR = { violation: 'red', warning: 'yellow', info: 'cyan' } as const;

function table(rows: readonly (readonly string[])[], rightAligned: readonly number[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (rightAligned.includes(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

function heading(text: string, options: RenderOptions): string[] {
  return ['', paint(text, 'bold', options), paint('─'.repeat([...text].length), 'dim', options)];
}

function findingLine(f: Finding | ReportFinding, options: RenderOptions): string[] {
  const L = LABELS[options.lang];
  const where = 'where' in f ? ` · ${f.where}` : '';
  const head = paint(`${MARK[f.severity]} ${L.severity[f.severity]}`, COLOR[f.severity], options);
  return [`${head} ${f.rule}${where}`, `    ${f.message[options.lang]}`, paint(`    ${L.source}: ${f.source.document} ${f.source.section}`, 'dim', options)];
}

function deadlineLines(d: AgmDeadlines, options: RenderOptions): string[] {
  const L = LABELS[options.lang];
  const lines = table(
    [
      [L.meeting, d.meeting],
      [L.noticeBy, d.noticeBy],
      [L.proposalsBy, d.proposalsBy],
      [L.minutesBy, d.minutesBy],
    ],
    [],
  ).map((l) => `  ${l}`);
  for (const key of ['noticeBy', 'proposalsBy', 'minutesBy'] as const) {
    const e = d.explanation[key];
    if (e.skipped.length === 0) continue;
    lines.push(paint(`  ${L[key]}: ${L.skipped} ${e.skipped.map((s) => `${s.date} ${s.name[options.lang]}`).join(', ')}`, 'dim', options));
  }
  return lines;
}

function calendarLines(events: readonly CalendarEvent[], options: RenderOptions): string[] {
  const L = LABELS[options.lang];
  return table(
    events.map((e) => [e.date, e.title[options.lang], e.movedFrom ? `(${L.moved} ${e.movedFrom})` : '']),
    [],
  ).map((l) => `  ${l}`);
}

/**
 * The whole-year report as text for a terminal.
 */
export function renderReportText(report: ClusterYearReport, claims: readonly Claim[], options: RenderOptions, names: ReadonlyMap<string, string> = new Map()): string {
  const L = LABELS[options.lang];
  const { violations, warnings, infos } = report.summary;
  const title = `${L.report} ${report.year} — ${report.cluster.name ?? report.cluster.id} (${report.cluster.id}) · ${L.scheme[report.scheme]}`;
  const out: string[] = [paint(title, 'bold', options), paint('═'.repeat([...title].length), 'dim', options)];
  const status = L.counts(violations, warnings, infos);
  out.push(violations > 0 ? paint(`${MARK.violation} ${status}`, 'red', options) : paint(`✔ ${L.verdictOk} · ${status}`, 'bold', options));

  if (report.grant) {
    const g = report.grant;
    out.push(...heading(L.grant, options));
    out.push(
      ...table(
        [
          [L.patients, g.patients.toLocaleString('da-DK').replace(/\u00a0/g, '.'), ''],
          [L.rate, formatKroner(g.rate), ''],
          [L.grantAmount, formatKroner(g.amount), `${L.paid} ${g.paymentDate}`],
          [L.registration, g.registrationDeadline, ''],
        ],
        [1],
      ).map((l) => `  ${l}`),
    );
  }
  if (report.ledger) {
    const l = report.ledger;
    out.push(...heading(L.ledger, options));
    out.push(
      ...table(
        [
          [L.opening, formatKroner(l.openingBalance)],
          [L.plusGrant, (l.grant === null ? '?' : formatKroner(l.grant))],
          [L.minusSpent, formatKroner(l.spent)],
          [L.closing, (l.closingBalance === null ? '?' : formatKroner(l.closingBalance))],
          [L.pending, formatKroner(l.pendingReview)],
        ],
        [1],
      ).map((x) => `  ${x}`),
    );
  }

  const e = report.expenses;
  out.push(...heading(`${L.expenses} (${e.decisions.length})`, options));
  if (e.decisions.length > 0) {
    const rows: string[][] = [[...L.columns]];
    e.decisions.forEach((d, i) => {
      rows.push([String(i + 1), claims[i]?.date ?? '', claims[i]?.category ?? '', formatKroner(d.claimed), formatKroner(d.approved), `${L.verdict[d.verdict]}${d.id ? ` (${d.id})` : ''}`]);
    });
    out.push(...table(rows, [0, 3, 4]).map((x) => `  ${x}`));
  }
  out.push(
    ...table(
      [
        [L.claimed, formatKroner(e.totals.claimed)],
        [L.approved, formatKroner(e.totals.approved)],
        [L.rejected, formatKroner(e.totals.rejected)],
      ],
      [1],
    ).map((x) => `  ${x}`),
  );

  if (report.coordinatorFee) {
    const f = report.coordinatorFee;
    out.push(...heading(L.fee, options));
    const rows: string[][] = [[...L.feeColumns], ...f.shares.map((s) => [names.get(s.id) ?? s.id, String(s.months), formatKroner(s.amount)])];
    if (f.unallocated.months > 0) rows.push([L.vacant, String(f.unallocated.months), formatKroner(f.unallocated.amount)]);
    out.push(...table(rows, [1, 2]).map((x) => `  ${x}`));
    if ('paymentDate' in f) out.push(`  ${L.feePaid} ${f.paymentDate} (B-indkomst)`);
  }

  if (report.agm) {
    out.push(...heading(L.agm, options), ...deadlineLines(report.agm.deadlines, options));
  }

  const serious = report.findings.filter((f) => f.severity !== 'info');
  out.push(...heading(`${L.findings} (${serious.length})`, options));
  if (serious.length === 0) out.push(`  ${L.none}`);
  for (const f of serious) out.push(...findingLine(f, options).map((x) => `  ${x}`));
  const infoFindings = report.findings.filter((f) => f.severity === 'info');
  if (infoFindings.length > 0) {
    out.push(...heading(`${L.infos} (${infoFindings.length})`, options));
    for (const f of infoFindings) out.push(paint(`  ${MARK.info} ${f.where}: ${f.message[options.lang]}`, 'dim', options));
  }

  out.push(...heading(L.calendar, options), ...calendarLines(report.calendar, options));
  return `${out.join('\n')}\n`;
}

function mdEscape(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function mdTable(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string[] {
  return [
    `| ${header.map(mdEscape).join(' | ')} |`,
    `|${header.map((_, i) => (right.includes(i) ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(mdEscape).join(' | ')} |`),
  ];
}

/**
 * The whole-year report as Markdown, to paste into minutes or a wiki.
 */
export function renderReportMarkdown(
  report: ClusterYearReport,
  claims: readonly Claim[],
  options: Pick<RenderOptions, 'lang'>,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const L = LABELS[options.lang];
  const { violations, warnings, infos } = report.summary;
  const out: string[] = [`# ${L.report} ${report.year} — ${report.cluster.name ?? report.cluster.id}`, '', `${L.scheme[report.scheme]} · ${L.counts(violations, warnings, infos)}`];
  if (report.grant) {
    const g = report.grant;
    out.push('', `## ${L.grant}`, '', ...mdTable(['', ''], [[L.patients, String(g.patients)], [L.rate, formatKroner(g.rate)], [L.grantAmount, `${formatKroner(g.amount)} (${L.paid} ${g.paymentDate})`]], [1]));
  }
  if (report.ledger) {
    const l = report.ledger;
    out.push('', `## ${L.ledger}`, '', ...mdTable(['', ''], [[L.opening, formatKroner(l.openingBalance)], [L.plusGrant, (l.grant === null ? '?' : formatKroner(l.grant))], [L.minusSpent, formatKroner(l.spent)], [L.closing, (l.closingBalance === null ? '?' : formatKroner(l.closingBalance))], [L.pending, formatKroner(l.pendingReview)]], [1]));
  }
  const e = report.expenses;
  out.push('', `## ${L.expenses}`, '');
  out.push(
    ...mdTable(
      L.columns,
      e.decisions.map((d, i) => [String(i + 1), claims[i]?.date ?? '', claims[i]?.category ?? '', formatKroner(d.claimed), formatKroner(d.approved), L.verdict[d.verdict]]),
      [0, 3, 4],
    ),
    '',
    `${L.claimed}: ${formatKroner(e.totals.claimed)} · ${L.approved}: ${formatKroner(e.totals.approved)} · ${L.rejected}: ${formatKroner(e.totals.rejected)}`,
  );
  if (report.coordinatorFee) {
    const f = report.coordinatorFee;
    const rows = f.shares.map((s) => [names.get(s.id) ?? s.id, String(s.months), formatKroner(s.amount)]);
    if (f.unallocated.months > 0) rows.push([L.vacant, String(f.unallocated.months), formatKroner(f.unallocated.amount)]);
    out.push('', `## ${L.fee}`, '', ...mdTable(L.feeColumns, rows, [1, 2]));
  }
  if (report.agm) {
    const d = report.agm.deadlines;
    out.push('', `## ${L.agm}`, '', ...mdTable(['', ''], [[L.meeting, d.meeting], [L.noticeBy, d.noticeBy], [L.proposalsBy, d.proposalsBy], [L.minutesBy, d.minutesBy]]));
  }
  out.push('', `## ${L.findings}`, '');
  if (report.findings.length === 0) out.push(L.none);
  for (const f of report.findings) out.push(`- **${L.severity[f.severity]}** \`${f.rule}\` (${f.where}): ${f.message[options.lang]} — *${f.source.document} ${f.source.section}*`);
  out.push('', `## ${L.calendar}`, '', ...mdTable(['', ''], report.calendar.map((c) => [c.date, c.title[options.lang]])));
  return `${out.join('\n')}\n`;
}

/**
 * AGM deadlines as text.
 */
export function renderDeadlinesText(d: AgmDeadlines, options: RenderOptions): string {
  const L = LABELS[options.lang];
  const out = [paint(L.deadlines, 'bold', options), ...deadlineLines(d, options)];
  for (const f of d.findings) out.push(...findingLine(f, options).map((x) => `  ${x}`));
  return `${out.join('\n')}\n`;
}

/**
 * The calendar of duties as text.
 */
export function renderCalendarText(events: readonly CalendarEvent[], options: RenderOptions): string {
  return `${calendarLines(events, options).join('\n')}\n`;
}

/**
 * The division of savings on a merger or split, as text.
 */
export function renderRestructureText(result: RestructureFundsResult, options: RenderOptions): string {
  const L = LABELS[options.lang];
  const rows: string[][] = [[...L.restructureColumns], ...result.clusters.map((c) => [c.id, c.patients.toLocaleString('da-DK').replace(/\u00a0/g, '.'), formatKroner(c.amount)])];
  rows.push(['', '', formatKroner(result.balance)]);
  const out = [paint(`${L.restructure} (${result.method})`, 'bold', options), ...table(rows, [1, 2]).map((l) => `  ${l}`)];
  for (const f of result.findings) out.push(...findingLine(f, options).map((x) => `  ${x}`));
  return `${out.join('\n')}\n`;
}
