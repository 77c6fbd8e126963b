/**
 * The year report as HTML. ADAPTER: when `renderReport` (src/render) is
 * merged, replace the body of `reportHtml` with
 *   return renderReport(report, { lang, format: 'html' });
 * The page accepts a fragment or a whole HTML document (it keeps the body and
 * its styles).
 */
import { formatKroner } from '../../src/index.js';
import type { ClusterYearReport } from '../../src/index.js';
import { longDate } from '../../src/core/dateText.js';
import { esc } from './html.js';
import type { Lang } from './i18n.js';

const WORDS = {
  da: {
    report: 'Årsrapport', grant: 'Tilskud', patients: 'Tilmeldte gruppe 1-patienter', rate: 'Takst pr. patient', amount: 'Tilskud', paid: 'Udbetales',
    ledger: 'Regnskab', opening: 'Formue primo', plusGrant: '+ tilskud', minusSpent: '− forbrug', closing: '= formue ultimo', pending: 'Afventer gennemgang',
    expenses: 'Udgifter', columns: ['#', 'Id', 'Ansøgt', 'Godkendt', 'Afgørelse'], verdict: { eligible: 'godkendt', ineligible: 'afvist', 'needs-review': 'gennemgås' },
    fee: 'Koordinatorhonorar', feeColumns: ['Koordinator', 'Måneder', 'Beløb'], vacant: 'ubesat / ikke udbetalt',
    agm: 'Årsmøde', meeting: 'Mødedato', noticeBy: 'Indkaldelse senest', proposalsBy: 'Forslag senest', minutesBy: 'Referat senest',
    findings: 'Fund', where: 'Hvor', rule: 'Regel', calendar: 'Årshjul', none: 'Ingen',
    severity: { violation: 'Overtrædelse', warning: 'Advarsel', info: 'Oplysning' }, totals: 'I alt',
  },
  en: {
    report: 'Year report', grant: 'Grant', patients: 'Listed group-1 patients', rate: 'Rate per patient', amount: 'Grant', paid: 'Paid',
    ledger: 'Ledger', opening: 'Opening balance', plusGrant: '+ grant', minusSpent: '− spent', closing: '= closing balance', pending: 'Awaiting review',
    expenses: 'Expenses', columns: ['#', 'Id', 'Claimed', 'Approved', 'Verdict'], verdict: { eligible: 'eligible', ineligible: 'ineligible', 'needs-review': 'needs review' },
    fee: 'Coordinator fee', feeColumns: ['Coordinator', 'Months', 'Amount'], vacant: 'vacant / unpaid',
    agm: 'Annual general meeting', meeting: 'Meeting', noticeBy: 'Notice by', proposalsBy: 'Proposals by', minutesBy: 'Minutes by',
    findings: 'Findings', where: 'Where', rule: 'Rule', calendar: 'The year', none: 'None',
    severity: { violation: 'Violation', warning: 'Warning', info: 'Info' }, totals: 'Total',
  },
} as const;

function row(label: string, value: string): string {
  return `<tr><th scope="row">${esc(label)}</th><td>${esc(value)}</td></tr>`;
}

/**
 * The report of one cluster year as an HTML fragment in the given language.
 *
 * @example
 * reportHtml(evaluateClusterYear(doc), 'da').startsWith('<section') // true
 */
export function reportHtml(report: ClusterYearReport, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [`<section class="report" lang="${lang}"><h2>${esc(w.report)} ${report.year}: ${esc(report.cluster.name ?? report.cluster.id)}</h2>`];
  parts.push(`<h3>${esc(w.findings)}</h3>`);
  if (report.findings.length === 0) parts.push(`<p>${esc(w.none)}</p>`);
  else {
    const items = report.findings.map(
      (f) => `<li class="finding ${f.severity}"><span class="sev">${esc(w.severity[f.severity])}</span> <a href="#/regel/${esc(f.rule)}"><code>${esc(f.rule)}</code></a> <span class="where">(${esc(f.where)})</span><br>${esc(f.message[lang])}</li>`,
    );
    parts.push(`<ul class="findings">${items.join('')}</ul>`);
  }
  if (report.grant) {
    const g = report.grant;
    parts.push(`<h3>${esc(w.grant)}</h3><table>${row(w.patients, String(g.patients))}${row(w.rate, `${g.rate} kr.`)}${row(w.amount, formatKroner(g.amount))}${row(w.paid, longDate(g.paymentDate, lang))}</table>`);
  }
  if (report.ledger) {
    const l = report.ledger;
    parts.push(`<h3>${esc(w.ledger)}</h3><table>${row(w.opening, formatKroner(l.openingBalance))}${row(w.plusGrant, formatKroner(l.grant))}${row(w.minusSpent, formatKroner(l.spent))}${row(w.closing, formatKroner(l.closingBalance))}${row(w.pending, formatKroner(l.pendingReview))}</table>`);
  }
  const decisions = report.expenses.decisions;
  if (decisions.length > 0) {
    const rows = decisions.map((d, i) => `<tr><td>${i}</td><td>${esc(d.id ?? '')}</td><td class="num">${esc(formatKroner(d.claimed))}</td><td class="num">${esc(formatKroner(d.approved))}</td><td>${esc(w.verdict[d.verdict])}</td></tr>`);
    const t = report.expenses.totals;
    parts.push(
      `<h3>${esc(w.expenses)}</h3><div class="scroll"><table><thead><tr>${w.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody>` +
        `<tfoot><tr><th scope="row" colspan="2">${esc(w.totals)}</th><td class="num">${esc(formatKroner(t.claimed))}</td><td class="num">${esc(formatKroner(t.approved))}</td><td></td></tr></tfoot></table></div>`,
    );
  }
  if (report.coordinatorFee) {
    const f = report.coordinatorFee;
    const rows = f.shares.map((s) => `<tr><td>${esc(s.id)}</td><td class="num">${s.months}</td><td class="num">${esc(formatKroner(s.amount))}</td></tr>`);
    if (f.unallocated.months > 0) rows.push(`<tr><td>${esc(w.vacant)}</td><td class="num">${f.unallocated.months}</td><td class="num">${esc(formatKroner(f.unallocated.amount))}</td></tr>`);
    parts.push(`<h3>${esc(w.fee)}</h3><table><thead><tr>${w.feeColumns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`);
  }
  if (report.agm) {
    const d = report.agm.deadlines;
    parts.push(`<h3>${esc(w.agm)}</h3><table>${row(w.meeting, longDate(d.meeting, lang))}${row(w.noticeBy, longDate(d.noticeBy, lang))}${row(w.proposalsBy, longDate(d.proposalsBy, lang))}${row(w.minutesBy, longDate(d.minutesBy, lang))}</table>`);
  }
  parts.push(`<h3>${esc(w.calendar)}</h3><ul class="calendar">${report.calendar.map((e) => `<li><time datetime="${e.date}">${esc(longDate(e.date, lang))}</time>: ${esc(e.title[lang])}</li>`).join('')}</ul>`);
  parts.push('</section>');
  return parts.join('');
}
