/**
 * The Markdown writer: a report view for minutes or a wiki; numbers keep the
 * language's thousands separators (internal).
 */
import type { Lang } from '../core/dateText.js';
import type { Block, FindingItem, ReportView } from './view.js';
import { WORDS } from './words.js';

/** Text safe inside Markdown: characters that would start markup are escaped. */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(mdText).join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[]): string[] {
  const n = header.length > 0 ? header.length : (rows[0]?.length ?? 0);
  const head = header.length > 0 ? header : new Array<string>(n).fill('');
  const rule = `|${head.map((_, i) => (right.includes(i) ? '---:' : '---')).join('|')}|`;
  const out = [row(head), rule];
  for (const r of rows) out.push(row(r));
  return out;
}

/** A finding as one Markdown list item. */
export function mdFinding(f: FindingItem, lang: Lang): string {
  const W = WORDS[lang];
  const rule = lang === 'en' ? ` \`${f.rule}\`` : '';
  const source = f.source.url === undefined ? mdText(f.source.text) : `[${mdText(f.source.text)}](${f.source.url})`;
  return `- **${W.severity[f.severity]}**${rule} · ${mdText(f.place)}: ${mdText(f.message)} — *${W.source}: ${source}*`;
}

/** A block as Markdown lines. */
export function mdBlock(block: Block, lang: Lang): string[] {
  switch (block.kind) {
    case 'pairs': {
      const notes = block.rows.some((r) => r.note !== undefined);
      return table(notes ? ['', '', ''] : ['', ''], block.rows.map((r) => (notes ? [r.label, r.value, r.note ?? ''] : [r.label, r.value])), [1]);
    }
    case 'table':
      return table(block.header, [...block.rows, ...(block.footer ?? [])], block.right);
    case 'findings':
      return block.items.map((f) => mdFinding(f, lang));
    case 'lines':
      return block.lines.map(mdText);
    case 'chart':
      return table(WORDS[lang].spendingColumns, block.bars.map((b) => [b.label, b.amountText, b.pendingText]), [1, 2]);
  }
}

/** The whole view as Markdown. */
export function writeMarkdown(view: ReportView): string {
  const out: string[] = [`# ${mdText(view.title)}`, '', `${mdText(view.subtitle)} · ${mdText(view.status)}`];
  for (const section of view.sections) {
    out.push('', `## ${mdText(section.title)}`);
    for (const block of section.blocks) {
      out.push('');
      for (const line of mdBlock(block, view.lang)) out.push(line);
    }
  }
  return `${out.join('\n')}\n`;
}
