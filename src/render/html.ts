/**
 * The HTML writer: one self-contained printable page (inline CSS, no
 * scripts, no external assets) with the ledger, the claims table, the
 * findings and a bar chart of grant and spending by category (internal).
 */
import { toMoney } from '../core/money.js';
import type { Block, Bar, FindingItem, ReportView } from './view.js';
import { WORDS } from './words.js';

/** Text safe in HTML content and attribute values. */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .2rem}h2{font-size:1.15rem;margin:1.8rem 0 .6rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
.sub{color:#555;margin:0 0 .6rem}.status{font-weight:600;padding:.4rem .7rem;border-radius:4px;display:inline-block}
.status.bad{background:#fde8e8;color:#8a1111}.status.ok{background:#e6f4ea;color:#13511f}
table{border-collapse:collapse;margin:.3rem 0}td,th{padding:.2rem .7rem .2rem 0;text-align:left;vertical-align:top}
th{border-bottom:1px solid #999;font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tfoot td{border-top:1px solid #999;font-weight:600}
ul.findings{list-style:none;padding:0}ul.findings li{margin:0 0 .7rem;padding-left:.6rem;border-left:4px solid #999}
li.violation{border-color:#b3261e!important}li.warning{border-color:#c77700!important}li.info{border-color:#3a6ea5!important}
.sev{font-weight:700;font-size:.8rem;letter-spacing:.04em}.violation .sev{color:#b3261e}.warning .sev{color:#8a5300}.info .sev{color:#3a6ea5}
.src{color:#555;font-size:.85rem}.chart{display:grid;grid-template-columns:max-content 1fr max-content;gap:.25rem .7rem;align-items:center}
.chart .num{text-align:right;white-space:nowrap}.track{background:#f1f1f1;height:.9rem;position:relative}.bar{height:100%;display:inline-block;vertical-align:top}
.bar.grant{background:#3a6ea5}.bar.spent{background:#2e7d32}.bar.category{background:#66a36b}.bar.pending{background:#e0b252}
.legend{font-size:.85rem;color:#555}.legend i{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 .8rem;vertical-align:middle}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}tr,li{break-inside:avoid}.track,.bar,.status{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`.trim();

function cells(row: readonly string[], right: readonly number[], tag: 'td' | 'th'): string {
  return row.map((c, i) => `<${tag}${right.includes(i) ? ' class="num"' : ''}>${htmlText(c)}</${tag}>`).join('');
}

function finding(f: FindingItem, lang: ReportView['lang']): string {
  const W = WORDS[lang];
  const source = f.source.url === undefined ? htmlText(f.source.text) : `<a href="${htmlText(f.source.url)}">${htmlText(f.source.text)}</a>`;
  return `<li class="${f.severity}" data-rule="${htmlText(f.rule)}"><span class="sev">${htmlText(W.severity[f.severity])}</span> · ${htmlText(f.place)}<br>${htmlText(f.message)}<br><span class="src">${htmlText(W.source)}: ${source}</span></li>`;
}

function percent(part: string, whole: string): string {
  const w = toMoney(whole);
  return w.isZero() ? '0' : toMoney(part).times(100).dividedBy(w).toDecimalPlaces(1).toString();
}

function chart(bars: readonly Bar[], lang: ReportView['lang']): string {
  const W = WORDS[lang];
  let scale = '0.00';
  for (const b of bars) {
    const sum = toMoney(b.amount).plus(toMoney(b.pending));
    if (sum.greaterThan(toMoney(scale))) scale = sum.toFixed(2);
  }
  const rows = bars.map((b) => {
    const pending = b.kind === 'grant' ? '' : `<span class="bar pending" style="width:${percent(b.pending, scale)}%"></span>`;
    const value = b.pendingText === '' ? htmlText(b.amountText) : `${htmlText(b.amountText)} <span class="src">(+ ${htmlText(b.pendingText)})</span>`;
    return `<div>${htmlText(b.label)}</div><div class="track" role="img" aria-label="${htmlText(`${b.label}: ${b.amountText}`)}"><span class="bar ${b.kind}" style="width:${percent(b.amount, scale)}%"></span>${pending}</div><div class="num">${value}</div>`;
  });
  const legend = `<p class="legend"><i style="background:#3a6ea5"></i>${htmlText(W.grantBar)}<i style="background:#66a36b"></i>${htmlText(W.spendingColumns[1])}<i style="background:#e0b252"></i>${htmlText(W.spendingColumns[2])}</p>`;
  return `<div class="chart">${rows.join('')}</div>${legend}`;
}

function block(b: Block, lang: ReportView['lang']): string {
  switch (b.kind) {
    case 'pairs':
      return `<table class="pairs"><tbody>${b.rows.map((r) => `<tr><td>${htmlText(r.label)}</td><td class="num">${htmlText(r.value)}</td><td>${htmlText(r.note ?? '')}</td></tr>`).join('')}</tbody></table>`;
    case 'table': {
      const head = b.header.length > 0 ? `<thead><tr>${cells(b.header, b.right, 'th')}</tr></thead>` : '';
      const body = b.rows.map((r) => `<tr>${cells(r, b.right, 'td')}</tr>`).join('\n');
      const foot = b.footer === undefined ? '' : `<tfoot>${b.footer.map((r) => `<tr>${cells(r, b.right, 'td')}</tr>`).join('')}</tfoot>`;
      return `<table>${head}<tbody>\n${body}\n</tbody>${foot}</table>`;
    }
    case 'findings':
      return `<ul class="findings">\n${b.items.map((f) => finding(f, lang)).join('\n')}\n</ul>`;
    case 'lines':
      return b.lines.map((l) => `<p>${htmlText(l)}</p>`).join('\n');
    case 'chart':
      return chart(b.bars, lang);
  }
}

/** The whole view as one HTML page. */
export function writeHtml(view: ReportView): string {
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${view.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(view.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${htmlText(view.title)}</h1>`,
    `<p class="sub">${htmlText(view.subtitle)}</p>`,
    `<p class="status ${view.violations > 0 ? 'bad' : 'ok'}">${htmlText(view.status)}</p>`,
  ];
  for (const section of view.sections) {
    out.push(`<section>`, `<h2>${htmlText(section.title)}</h2>`);
    for (const b of section.blocks) out.push(block(b, view.lang));
    out.push('</section>');
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
