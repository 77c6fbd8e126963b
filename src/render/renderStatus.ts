/** `renderStatus`: what is overdue, unknown and due soon in a cluster year as of a date, as text. */
import type { Lang } from '../core/dateText.js';
import { echo, redactCpr } from '../core/errors.js';
import type { ClusterYearStatus } from '../rules/report/clusterYearStatus.js';
import type { DutyStatus } from '../rules/duties/state.js';
import type { TextOptions } from './renderDeadlines.js';
import { day } from './format.js';
import { painter } from './text.js';

const STATUS_WORDS = {
  da: {
    title: (cluster: string, asOf: string) => `Status for ${cluster} pr. ${asOf}`,
    overdue: 'Overskredet',
    unknown: 'Ukendt (fristen er passeret, og dokumentet siger intet om det)',
    dueSoon: (days: number) => `Forfalder inden for ${days} dage`,
    none: 'intet',
    due: 'frist',
    violations: (n: number) => (n === 1 ? '1 overtrædelse i året indtil nu' : `${n} overtrædelser i året indtil nu`),
  },
  en: {
    title: (cluster: string, asOf: string) => `Status of ${cluster} as of ${asOf}`,
    overdue: 'Overdue',
    unknown: 'Unknown (the day has passed and the document says nothing about it)',
    dueSoon: (days: number) => `Due within ${days} days`,
    none: 'nothing',
    due: 'due',
    violations: (n: number) => (n === 1 ? '1 violation in the year so far' : `${n} violations in the year so far`),
  },
} as const;

function dutyLine(d: DutyStatus, lang: Lang): string {
  return `  - ${d.title[lang]} (${STATUS_WORDS[lang].due} ${day(d.due, lang)})`;
}

/**
 * The status of {@link clusterYearStatus} as text: the duties overdue,
 * unknown and due within `days` after `asOf`, with long dates.
 *
 * @example
 * const doc = { year: 2025, cluster: { id: 'K1', coordinatorId: 'D1', clinics: [{ id: 'C1', listedPatients: 31000, owners: ['D1'] }], doctors: [{ id: 'D1', role: 'owner', clinicId: 'C1' }] } };
 * renderStatus(clusterYearStatus(doc, { asOf: '2025-04-15' }), { lang: 'en' }).split('\n')[0]
 * // 'Status of K1 as of Tuesday 15 April 2025'
 */
export function renderStatus(status: ClusterYearStatus, options: TextOptions & { readonly days?: number } = {}): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'da';
  const W = STATUS_WORDS[lang];
  const paint = painter(options.color === true);
  const out = [paint(W.title(echo(status.report.cluster.id), day(status.asOf, lang)), 'bold')];
  const section = (title: string, duties: readonly DutyStatus[]): void => {
    out.push('', paint(title, 'bold'));
    if (duties.length === 0) out.push(`  ${W.none}`);
    for (const d of duties) out.push(dutyLine(d, lang));
  };
  section(W.overdue, status.overdue);
  section(W.unknown, status.unknown);
  section(W.dueSoon(options.days ?? 30), status.dueSoon);
  out.push('', W.violations(status.report.summary.violations));
  return redactCpr(`${out.join('\n')}\n`);
}
