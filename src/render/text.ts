/**
 * The text writer: a report view as plain text for a terminal, amounts
 * right-aligned, colour only when asked for (internal).
 */
import type { Severity } from '../core/findings.js';
import type { Lang } from '../core/dateText.js';
import type { Block, FindingItem, ReportView } from './view.js';
import { WORDS } from './words.js';

const SGR = { red: '31', yellow: '33', cyan: '36', bold: '1', dim: '2' } as const;
const MARK: Record<Severity, string> = { violation: '✖', warning: '▲', info: 'ℹ' };
const COLOR = { violation: 'red', warning: 'yellow', info: 'cyan' } as const;

/** Paints text with ANSI colours, or leaves it alone. */
export type Paint = (text: string, code: keyof typeof SGR) => string;

/** A painter: colours when `color` is true. */
export function painter(color: boolean): Paint {
  return (text, code) => (color ? `\u001b[${SGR[code]}m${text}\u001b[0m` : text);
}

/** A cell that is a number or an amount (right-aligned in its column; text such as a date stays left). */
const NUMERIC = /^(?:DKK )?[−-]?[\d.,]+(?: kr\.)?$/;

const ASTRAL = /[\uD800-\uDBFF]/;

/** Characters as a terminal counts them (code points, not UTF-16 units). */
function width(text: string): number {
  if (!ASTRAL.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** Rows as aligned columns (no spreading of rows into Math.max: reports can have many rows). */
export function columns(rows: readonly (readonly string[])[], right: readonly number[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, c) => {
        const gap = ' '.repeat(widths[c]! - width(cell));
        return right.includes(c) && NUMERIC.test(cell) ? gap + cell : cell + gap;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** A finding as lines of text. */
export function findingLines(f: FindingItem, lang: Lang, paint: Paint): string[] {
  const W = WORDS[lang];
  const head = paint(`${MARK[f.severity]} ${W.severity[f.severity]}`, COLOR[f.severity]);
  const rule = lang === 'en' ? ` ${f.rule}` : '';
  const source = f.source.url === undefined ? f.source.text : `${f.source.text} — ${f.source.url}`;
  return [`${head}${rule} · ${f.place}`, `    ${f.message}`, paint(`    ${W.source}: ${source}`, 'dim')];
}

/** A block as lines of text, indented by two spaces. */
export function blockLines(block: Block, lang: Lang, paint: Paint): string[] {
  const indent = (lines: readonly string[]): string[] => lines.map((l) => `  ${l}`);
  switch (block.kind) {
    case 'pairs':
      return indent(columns(block.rows.map((r) => (r.note === undefined ? [r.label, r.value] : [r.label, r.value, r.note])), [1]));
    case 'table': {
      const all = [...(block.header.length > 0 ? [block.header] : []), ...block.rows, ...(block.footer ?? [])];
      return indent(columns(all, block.right));
    }
    case 'findings': {
      const out: string[] = [];
      for (const item of block.items) for (const line of findingLines(item, lang, paint)) out.push(`  ${line}`);
      return out;
    }
    case 'lines':
      return indent(block.lines);
    case 'chart': {
      const W = WORDS[lang];
      return indent(columns([[...W.spendingColumns], ...block.bars.map((b) => [b.label, b.amountText, b.pendingText])], [1, 2]));
    }
  }
}

function heading(text: string, paint: Paint): string[] {
  return ['', paint(text, 'bold'), paint('─'.repeat(width(text)), 'dim')];
}

/** The whole view as text. */
export function writeText(view: ReportView, paint: Paint): string {
  const out: string[] = [paint(view.title, 'bold'), paint('═'.repeat(width(view.title)), 'dim'), view.subtitle];
  out.push(view.violations > 0 ? paint(`${MARK.violation} ${view.status}`, 'red') : paint(`✔ ${view.status}`, 'bold'));
  for (const section of view.sections) {
    for (const line of heading(section.title, paint)) out.push(line);
    for (const block of section.blocks) for (const line of blockLines(block, view.lang, paint)) out.push(line);
  }
  return `${out.join('\n')}\n`;
}
