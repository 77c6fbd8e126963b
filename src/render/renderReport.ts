/**
 * `renderReport`: the year report for people, in Danish or English, as text,
 * Markdown or one self-contained HTML page. The command line prints exactly
 * this.
 */
import { z } from 'zod';
import { redactCpr } from '../core/errors.js';
import { echo } from '../core/errors.js';
import { isoDateSchema } from '../core/dates.js';
import { parseInput } from '../core/validate.js';
import type { ClusterYearReport } from '../rules/report/evaluateClusterYear.js';
import { clusterYearSchema, type ClusterYear } from '../rules/report/schema.js';
import { writeHtml } from './html.js';
import { writeMarkdown } from './markdown.js';
import { painter, writeText } from './text.js';
import { reportView, type ClaimFacts } from './view.js';

/**
 * zod schema of the options of {@link renderReport}.
 *
 * @example
 * renderOptionsSchema.safeParse({ lang: 'da', format: 'html' }).success // true
 * renderOptionsSchema.safeParse({ lang: 'de' }).success // false
 */
export const renderOptionsSchema = z.strictObject({
  lang: z.enum(['da', 'en'], { message: "lang must be 'da' or 'en'" }).optional().describe("Language of the report: 'da' (default) or 'en'"),
  format: z
    .enum(['text', 'markdown', 'html'], { message: "format must be 'text', 'markdown' or 'html'" })
    .optional()
    .describe("'text' (default) for a terminal, 'markdown' for minutes or a wiki, 'html' for one printable page"),
  verbose: z.boolean({ message: 'verbose must be true or false' }).optional().describe('List every information finding instead of a summary (default false)'),
  color: z.boolean({ message: 'color must be true or false' }).optional().describe('Text format only: colour with ANSI escapes (default false)'),
  document: z
    .unknown()
    .optional()
    .describe("The cluster-year document the report was made from: gives the claims table its dates and categories and the fee table the coordinators' names"),
});

/** Options of {@link renderReport}. */
export type RenderOptions = z.input<typeof renderOptionsSchema> & { readonly document?: ClusterYear };

const SEVERITIES: readonly unknown[] = ['violation', 'warning', 'info'];
const isText = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A finding's shape, checked without copying (reports can hold hundreds of thousands). */
function isFinding(value: unknown): boolean {
  if (!isRecord(value) || !isText(value['rule']) || !SEVERITIES.includes(value['severity'])) return false;
  const { message, source } = value;
  return isRecord(message) && isText(message['da']) && isText(message['en']) && isRecord(source) && isText(source['document']) && isText(source['section']);
}

const finding = z.custom<unknown>(isFinding, { message: 'not a finding (rule, severity, message { da, en }, source { document, section })' });
const decision = z.custom<unknown>(
  (d) =>
    isRecord(d) &&
    ['eligible', 'ineligible', 'needs-review'].includes(d['verdict'] as string) &&
    isText(d['claimed']) &&
    isText(d['approved']) &&
    isText(d['pending']) &&
    Array.isArray(d['findings']) &&
    d['findings'].every(isFinding),
  { message: 'not an expense decision (verdict, claimed, approved, pending, findings)' },
);

/** The parts of a report the renderer reads; other fields pass through. */
const reportSchema = z.looseObject({
  year: z.number(),
  scheme: z.enum(['almen-praksis', 'speciallaegepraksis']),
  cluster: z.looseObject({ id: z.string(), name: z.string().optional() }),
  expenses: z.looseObject({
    decisions: z.array(decision),
    totals: z.looseObject({ claimed: z.string(), approved: z.string(), pending: z.string(), rejected: z.string() }),
  }),
  findings: z.array(finding.refine((f) => isText((f as { where?: unknown }).where), { message: 'a report finding needs `where`' })),
  summary: z.looseObject({ violations: z.number(), warnings: z.number(), infos: z.number() }),
  calendar: z.array(z.looseObject({ date: z.string(), title: z.looseObject({ da: z.string(), en: z.string() }) })),
  asOf: isoDateSchema,
  duties: z.array(
    z.looseObject({
      due: isoDateSchema,
      title: z.looseObject({ da: z.string(), en: z.string() }),
      state: z.enum(['done', 'overdue', 'upcoming', 'unknown']),
    }),
  ),
});

function factsOf(document: unknown): ClaimFacts {
  const doc = parseInput(clusterYearSchema, document, ['document']);
  const claims = (doc.expenses ?? []).map((e) => (e.meeting === undefined ? { date: e.date, category: e.category } : { date: e.date, category: e.category, meetingId: e.meeting.id }));
  const names = new Map<string, string>();
  for (const d of doc.cluster.doctors) names.set(d.id, d.name === undefined ? echo(d.id) : `${echo(d.name)} (${echo(d.id)})`);
  return { claims, names };
}

/**
 * The year report of `evaluateClusterYear` for people: Danish (default)
 * or English labels, long dates, amounts in the language's form, claims by
 * number and id ("Udgift 10 (E10)"), sources by title with section and link,
 * one warning per meeting, the duties as of the report's `asOf` (overdue,
 * unknown, upcoming, with long dates), information findings summarised unless `verbose`.
 * Pass the input `document` too for claim dates, categories and names. No
 * output contains a CPR-shaped number.
 *
 * @throws {KlyngeInputError} when `report` is not a year report, the options
 * are malformed (an unknown key included) or `document` is not a valid
 * cluster-year document.
 * @example
 * const doc = JSON.parse(readFileSync('examples/almen-praksis-2025.json', 'utf8'));
 * const text = renderReport(evaluateClusterYear(doc), { lang: 'da', format: 'text', document: doc });
 * text.split('\n')[0] // 'Årsrapport 2025 — Klynge Vestegnen (K-VESTEGNEN)'
 */
export function renderReport(report: ClusterYearReport, options: RenderOptions = {}): string {
  const opts = parseInput(renderOptionsSchema, options, ['options']);
  const checked = parseInput(reportSchema, report, ['report']) as unknown as ClusterYearReport;
  const lang = opts.lang ?? 'da';
  const facts = opts.document === undefined ? undefined : factsOf(opts.document);
  const view = reportView(checked, lang, opts.verbose ?? false, facts);
  const format = opts.format ?? 'text';
  const out = format === 'html' ? writeHtml(view) : format === 'markdown' ? writeMarkdown(view) : writeText(view, painter(opts.color ?? false));
  return redactCpr(out);
}
