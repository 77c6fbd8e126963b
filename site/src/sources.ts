/** A source document's title and public link, from the library's SOURCES (whatever shape its entries have), falling back to the key. */
import { SOURCES } from '../../src/index.js';
import type { Lang } from './i18n.js';

/** How the page shows one source document. */
export interface SourceInfo {
  readonly key: string;
  readonly title: string;
  readonly url?: string;
}

function text(value: unknown, lang: Lang): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const bilingual = value as Record<string, unknown>;
    const picked = bilingual[lang] ?? bilingual.da;
    if (typeof picked === 'string') return picked;
  }
  return undefined;
}

/**
 * Title and link of a source by its key: a string entry is the title; an
 * object entry may carry `title` (string or `{ da, en }`) and `url`/`link`/`href`.
 *
 * @example
 * sourceInfo('no-such-key', 'da').title // 'no-such-key'
 */
export function sourceInfo(key: string, lang: Lang): SourceInfo {
  const entry: unknown = Object.prototype.hasOwnProperty.call(SOURCES, key) ? (SOURCES as Record<string, unknown>)[key] : undefined;
  const title = text(entry, lang) ?? (typeof entry === 'object' && entry !== null ? text((entry as Record<string, unknown>).title, lang) : undefined) ?? key;
  let url: string | undefined;
  if (typeof entry === 'object' && entry !== null) {
    const o = entry as Record<string, unknown>;
    const candidate = o.url ?? o.link ?? o.href;
    if (typeof candidate === 'string' && /^https?:\/\//.test(candidate)) url = candidate;
  }
  return url === undefined ? { key, title } : { key, title, url };
}
