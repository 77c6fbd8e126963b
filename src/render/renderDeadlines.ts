/** `renderDeadlines`: the AGM deadlines for people, as text. */
import type { Lang } from '../core/dateText.js';
import { redactCpr } from '../core/errors.js';
import type { AgmDeadlines } from '../rules/agm/agmDeadlines.js';
import { blockLines, findingLines, painter } from './text.js';
import { deadlineBlocks, findingItem } from './view.js';
import { WORDS } from './words.js';

/** Options of the text renderers of single results. */
export interface TextOptions {
  /** Language: 'da' (default) or 'en'. */
  readonly lang?: Lang;
  /** ANSI colours (default false). */
  readonly color?: boolean;
}

/**
 * The deadlines of `agmDeadlines` as text: long dates, the skipped days
 * in one line per deadline, then the findings.
 *
 * @example
 * renderDeadlines(agmDeadlines('2025-03-27'), { lang: 'da' }).split('\n')[2].replace(/ +/g, ' ').trim()
 * // 'Indkaldelse med dagsorden senest torsdag 13. marts 2025'
 */
export function renderDeadlines(deadlines: AgmDeadlines, options: TextOptions = {}): string {
  const lang = options.lang === 'en' ? 'en' : 'da';
  const paint = painter(options.color === true);
  const out = [paint(WORDS[lang].deadlines, 'bold')];
  for (const block of deadlineBlocks(deadlines, lang)) for (const line of blockLines(block, lang, paint)) out.push(line);
  for (const f of deadlines.findings) for (const line of findingLines(findingItem(f, WORDS[lang].agm, lang), lang, paint)) out.push(`  ${line}`);
  return redactCpr(`${out.join('\n')}\n`);
}
