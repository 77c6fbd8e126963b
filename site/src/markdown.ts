/** A very small Markdown-to-HTML step for the decision passages: escaping, `code`, **bold**, *emphasis* and links. */
import { esc } from './html.js';

/**
 * Inline Markdown of one passage as HTML (everything escaped first).
 *
 * @example
 * inlineMarkdown('**Q** — `x` < 2') // '<strong>Q</strong> — <code>x</code> &lt; 2'
 */
export function inlineMarkdown(text: string): string {
  return esc(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" rel="noreferrer">$1</a>');
}

/**
 * One passage (a paragraph, a list item, a quote) as HTML.
 *
 * @example
 * blockHtml('- one\n  two') // '<p>one two</p>'
 */
export function blockHtml(block: string): string {
  const lines = block.split('\n').map((line) => line.trim());
  const first = lines[0] ?? '';
  const stripped = [first.replace(/^([-*]|\d+\.|>)\s+/, ''), ...lines.slice(1).map((l) => l.replace(/^>\s?/, ''))];
  return `<p>${inlineMarkdown(stripped.join(' ').trim())}</p>`;
}
