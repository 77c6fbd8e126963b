/**
 * klyngeregler/render — the presentation of the library's results for
 * people: the year report as text, Markdown or HTML in Danish and English,
 * the AGM deadlines, the calendar and a division of funds as text, and the
 * Danish and English names of every id. The command line prints exactly
 * what these functions return.
 *
 * @packageDocumentation
 */
export { renderReport, renderOptionsSchema } from './renderReport.js';
export type { RenderOptions } from './renderReport.js';
export { renderDeadlines } from './renderDeadlines.js';
export { renderStatus } from './renderStatus.js';
export type { TextOptions } from './renderDeadlines.js';
export type { Lang } from '../core/dateText.js';
export { renderCalendar } from './renderCalendar.js';
export { renderRestructure } from './renderRestructure.js';
export { glossaryMarkdown } from './glossary.js';
export {
  EXPENSE_CATEGORY_LABELS,
  VERDICT_LABELS,
  PAYEE_ROLE_LABELS,
  SEVERITY_LABELS,
  AREA_LABELS,
  REPORT_PART_LABELS,
  SCHEME_LABELS,
} from './labels.js';
export type { ExplainedLabel } from './labels.js';
export { renderChecks, renderGrant, renderFee, renderVote } from './renderResults.js';
