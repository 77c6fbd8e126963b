/** Escaping for the HTML the page writes. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe to put inside HTML (element content or a quoted attribute).
 *
 * @example
 * esc('<a href="x">') // '&lt;a href=&quot;x&quot;&gt;'
 */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
