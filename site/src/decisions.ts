/**
 * The passages of docs/decisions*.md that name a rule id: a paragraph or list
 * item that mentions the id, or every passage under a heading that does.
 */
import { blockHtml, inlineMarkdown } from './markdown.js';
import type { DecisionBlock } from './siteData.js';

interface Passage {
  readonly heading: string;
  readonly headingIds: readonly string[];
  readonly text: string;
}

function mentions(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`).test(text);
}

function passages(markdown: string, ids: readonly string[]): Passage[] {
  const out: Passage[] = [];
  const headings: { level: number; text: string }[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const current = headings[headings.length - 1];
    out.push({
      heading: current?.text ?? '',
      headingIds: ids.filter((id) => headings.slice(1).some((h) => mentions(h.text, id))),
      text: block.join('\n'),
    });
    block = [];
  };
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      while (headings.length > 0 && headings[headings.length - 1]!.level >= level) headings.pop();
      headings.push({ level, text: heading[2]!.trim() });
    } else if (line.trim() === '') {
      if (!fenced) flush();
    } else if (!fenced && /^\s{0,1}([-*]|\d+\.)\s/.test(line)) {
      flush();
      block.push(line);
    } else {
      block.push(line);
    }
  }
  flush();
  return out;
}

/**
 * For each rule id, the passages of the given Markdown files that interpret it.
 *
 * @example
 * decisionsByRule([{ file: 'd.md', text: '# D\n\n**Q** — choice. [agm.notice-period]' }], ['agm.notice-period'])['agm.notice-period']?.length // 1
 */
export function decisionsByRule(files: readonly { file: string; text: string }[], ids: readonly string[]): Record<string, DecisionBlock[]> {
  const byRule: Record<string, DecisionBlock[]> = {};
  for (const { file, text } of files) {
    for (const passage of passages(text, ids)) {
      if (passage.text.startsWith('```')) continue;
      for (const id of ids) {
        if (!passage.headingIds.includes(id) && !mentions(passage.text, id)) continue;
        (byRule[id] ??= []).push({ file, heading: inlineMarkdown(passage.heading), html: blockHtml(passage.text) });
      }
    }
  }
  return byRule;
}
