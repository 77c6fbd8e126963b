/**
 * Text renderings of the single calculations the command line offers: a
 * batch of claims, the grant, the coordinator fee and a vote.
 */
import type { Lang } from '../core/dateText.js';
import { redactCpr } from '../core/errors.js';
import type { Finding } from '../core/findings.js';
import type { ExpenseBatchResult } from '../rules/eligibility/checkExpenses.js';
import type { ExpenseCategory } from '../rules/eligibility/schema.js';
import type { ProrateFeeResult } from '../rules/fees/prorateFee.js';
import type { GrantForYearResult } from '../rules/grant/grantForYear.js';
import type { VoteResult } from '../rules/governance/countVote.js';
import { claimName } from './format.js';
import type { TextOptions } from './renderDeadlines.js';
import { blockLines, findingLines, painter, type Paint } from './text.js';
import { claimsTable, feeBlocks, findingItem, grantBlock, type Block } from './view.js';
import { WORDS } from './words.js';

function write(title: string, blocks: readonly Block[], findings: readonly { f: Finding; place: string }[], lang: Lang, paint: Paint): string {
  const out = [paint(title, 'bold')];
  for (const block of blocks) for (const line of blockLines(block, lang, paint)) out.push(line);
  for (const { f, place } of findings) for (const line of findingLines(findingItem(f, place, lang), lang, paint)) out.push(`  ${line}`);
  return redactCpr(`${out.join('\n')}\n`);
}

function langOf(options: TextOptions): Lang {
  return options.lang === 'en' ? 'en' : 'da';
}

/**
 * The result of `checkExpenses` as text: the claims table and every
 * violation and warning, each naming its claim. `claims` (the input) adds
 * dates and categories to the table.
 *
 * @example
 * const claims = [{ category: 'catering', amount: 1200, date: '2025-03-27', documentation: { receipt: true } }];
 * renderChecks(checkExpenses(claims), { lang: 'da' }, claims).split('\n')[2].replace(/ +/g, ' ').trim()
 * // 'Udgift 1 27. marts 2025 Forplejning 1.200,00 kr. 1.200,00 kr. 0,00 kr. godkendt'
 */
export function renderChecks(result: ExpenseBatchResult, options: TextOptions = {}, claims?: readonly { readonly date: string; readonly category: ExpenseCategory }[]): string {
  const lang = langOf(options);
  const findings = result.findings.map((f) => {
    const index = typeof f.data?.['index'] === 'number' ? f.data['index'] : -1;
    const id = typeof f.data?.['id'] === 'string' ? f.data['id'] : undefined;
    return { f, place: index < 0 ? WORDS[lang].claims : claimName(index, id, lang) };
  });
  return write(`${WORDS[lang].claims} (${result.decisions.length})`, [claimsTable(result, claims, lang)], findings, lang, painter(options.color === true));
}

/**
 * The result of `grantForYear` as text.
 *
 * @example
 * renderGrant(grantForYear({ year: 2024, patients: 48000 }), { lang: 'en' }).split('\n')[3].replace(/ +/g, ' ').trim()
 * // "The year's grant DKK 170,400.00 paid Friday 1 March 2024"
 */
export function renderGrant(grant: GrantForYearResult, options: TextOptions = {}): string {
  const lang = langOf(options);
  return write(`${WORDS[lang].grant} ${grant.year}`, [grantBlock(grant, lang)], grant.findings.map((f) => ({ f, place: WORDS[lang].grant })), lang, painter(options.color === true));
}

/**
 * The result of `prorateFee` as text.
 *
 * @example
 * const fee = prorateFee({ annualFee: 50000, periodStart: '2024-04-01', holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: '2024-11-01' }] });
 * renderFee(fee, { lang: 'da' }).split('\n')[2].replace(/ +/g, ' ').trim() // 'A 7 29.166,67 kr.'
 */
export function renderFee(fee: ProrateFeeResult, options: TextOptions = {}): string {
  const lang = langOf(options);
  return write(WORDS[lang].fee, feeBlocks(fee, undefined, lang), fee.findings.map((f) => ({ f, place: WORDS[lang].fee })), lang, painter(options.color === true));
}

/**
 * The result of `countVote` as text.
 *
 * @example
 * renderVote(countVote({ yes: 12, no: 8, blank: 2 }), { lang: 'da' }).split('\n')[1].trim() // 'Forslaget er vedtaget (12 for, 8 imod, 2 blanke)'
 */
export function renderVote(vote: VoteResult, options: TextOptions = {}): string {
  const lang = langOf(options);
  const W = WORDS[lang];
  const line = `${vote.passed ? W.passed : W.failed} (${W.votes(vote.yes, vote.no, vote.blank)})`;
  return write(W.vote, [{ kind: 'lines', lines: [line] }], vote.findings.map((f) => ({ f, place: W.vote })), lang, painter(options.color === true));
}
