/** `renderRestructure`: the division of savings on a merger or split, as text. */
import { echo, redactCpr } from '../core/errors.js';
import type { RestructureFundsResult } from '../rules/restructuring/restructureFunds.js';
import { money, wholeNumber } from './format.js';
import type { TextOptions } from './renderDeadlines.js';
import { blockLines, findingLines, painter } from './text.js';
import { findingItem } from './view.js';
import { WORDS } from './words.js';

/**
 * The result of `restructureFunds` as text: one line per new cluster
 * with its patients and share, the total, then the findings.
 *
 * @example
 * const r = restructureFunds({ clusters: [{ id: 'A', balance: 100 }], moves: [{ from: 'A', to: 'B', patients: 1 }] });
 * renderRestructure(r, { lang: 'da' }).split('\n')[2].replace(/ +/g, ' ').trim() // 'B 1 100,00 kr.'
 */
export function renderRestructure(result: RestructureFundsResult, options: TextOptions = {}): string {
  const lang = options.lang === 'en' ? 'en' : 'da';
  const W = WORDS[lang];
  const paint = painter(options.color === true);
  const rows = result.clusters.map((c) => [echo(c.id), wholeNumber(c.patients, lang), money(c.amount, lang)]);
  rows.push(['', '', money(result.balance, lang)]);
  const out = [paint(`${W.restructure} (${W.restructureMethod[result.method] ?? result.method})`, 'bold')];
  for (const line of blockLines({ kind: 'table', header: [...W.restructureColumns], rows, right: [1, 2] }, lang, paint)) out.push(line);
  for (const f of result.findings) for (const line of findingLines(findingItem(f, W.restructure, lang), lang, paint)) out.push(`  ${line}`);
  return redactCpr(`${out.join('\n')}\n`);
}
