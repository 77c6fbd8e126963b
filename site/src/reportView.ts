/**
 * The year report as HTML: exactly the page `klyngeregler report --format
 * html` writes, from the library's `renderReport`. The page keeps the body
 * and its styles.
 */
import { renderReport } from '../../src/render/index.js';
import type { ClusterYear, ClusterYearReport } from '../../src/index.js';
import type { Lang } from './i18n.js';

/**
 * The report of one cluster year as one HTML page in the given language; the
 * document adds the claims' dates and categories and the coordinators' names.
 *
 * @example
 * reportHtml(evaluateClusterYear(doc), 'da', doc).startsWith('<!DOCTYPE html>')
 */
export function reportHtml(report: ClusterYearReport, lang: Lang, document: unknown): string {
  return renderReport(report, { lang, format: 'html', document: document as ClusterYear });
}
