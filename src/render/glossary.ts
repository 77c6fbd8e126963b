/** `glossaryMarkdown`: the glossary page (`docs/glossary.md`) written from the label tables. */
import { AREA_LABELS, EXPENSE_CATEGORY_LABELS, PAYEE_ROLE_LABELS, SEVERITY_LABELS, VERDICT_LABELS } from './labels.js';
import type { Bilingual } from '../core/ruleEntry.js';

function pairs(title: string, table: { readonly [id: string]: Bilingual }): string[] {
  return ['', `## ${title}`, '', '| id | Dansk | English |', '|---|---|---|', ...Object.entries(table).map(([id, l]) => `| \`${id}\` | ${l.da} | ${l.en} |`)];
}

/**
 * The glossary of ids and their Danish and English names, as Markdown;
 * `docs/glossary.md` is this text (a test keeps them equal).
 *
 * @example
 * glossaryMarkdown().split('\n')[0] // '# Glossary — ordliste'
 */
export function glossaryMarkdown(): string {
  const out = [
    '# Glossary — ordliste',
    '',
    'The ids the library uses in data and the names the reports show for them,',
    'in Danish and English. Generated from the label tables exported by',
    '`klyngeregler/render` (`EXPENSE_CATEGORY_LABELS`, `VERDICT_LABELS`,',
    '`PAYEE_ROLE_LABELS`, `SEVERITY_LABELS`, `AREA_LABELS`); do not edit by hand.',
    '',
    '## Expense categories — udgiftstyper',
    '',
    '| id | Dansk | English |',
    '|---|---|---|',
  ];
  for (const [id, c] of Object.entries(EXPENSE_CATEGORY_LABELS)) out.push(`| \`${id}\` | **${c.label.da}** — ${c.explanation.da} | **${c.label.en}** — ${c.explanation.en} |`);
  const tables = [
    pairs('Verdicts — afgørelser', VERDICT_LABELS),
    pairs('Payee roles — modtagerens rolle', PAYEE_ROLE_LABELS),
    pairs('Severities — alvor', SEVERITY_LABELS),
    pairs('Rule areas — områder', AREA_LABELS),
  ];
  return `${out.concat(...tables).join('\n')}\n`;
}
