/**
 * Renders docs/rules.md from the rule catalogue, the conformance cases and the
 * tests that name each rule. Used by scripts/generate-rules-doc.ts and by the
 * staleness test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listRules, SOURCES } from '../src/index.js';
import type { ParameterTable, RuleEntry } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');

/** All files under a folder, recursively, relative to the repository root, sorted. */
export function filesUnder(dir: string, suffix: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(suffix)) out.push(relative(ROOT, path).split('\\').join('/'));
    }
  };
  walk(join(ROOT, dir));
  return out.sort();
}

/** Test files that mention each rule id literally. */
export function testsNamingRules(): Map<string, string[]> {
  const files = filesUnder('test', '.ts').map((f) => ({ f, text: readFileSync(join(ROOT, f), 'utf8') }));
  const json = filesUnder('test/conformance', '.json').map((f) => ({ f, text: readFileSync(join(ROOT, f), 'utf8') }));
  const map = new Map<string, string[]>();
  for (const rule of listRules()) {
    const needle = new RegExp(`['"\`]${rule.id.replace(/[.]/g, '\\.')}['"\`]`);
    map.set(rule.id, [...files, ...json].filter(({ text }) => needle.test(text)).map(({ f }) => f));
  }
  return map;
}

/** A rule id as a quoted or back-ticked token: `'fees.whole-months'`, `Rules['fees.whole-months']`, a doc comment's `` `fees.whole-months` ``. */
const idToken = (id: string): RegExp => new RegExp(`['"\`]${id.replace(/[.]/g, '\\.')}['"\`]`);
/** The catalogue entry that defines a rule: `id: 'fees.whole-months'`. */
const idDefinition = (id: string): RegExp => new RegExp(`\\bid:\\s*['"\`]${id.replace(/[.]/g, '\\.')}['"\`]`);

/**
 * For each rule id, the files of `src/` that define its catalogue entry and
 * the files that implement it: every other file naming the id (emitting a
 * finding with it, reading `<area>Rules['<id>']`, or documenting it).
 */
export function codeNamingRules(): Map<string, { catalogue: string[]; code: string[] }> {
  const files = filesUnder('src', '.ts').map((f) => ({ f, text: readFileSync(join(ROOT, f), 'utf8') }));
  const map = new Map<string, { catalogue: string[]; code: string[] }>();
  for (const rule of listRules()) {
    const catalogue = files.filter(({ text }) => idDefinition(rule.id).test(text)).map(({ f }) => f);
    // The catalogue's own lookup (`ruleCatalogue['<id>']`, e.g. in its doc example) does not implement a rule.
    const lookup = `ruleCatalogue['${rule.id}']`;
    const code = files.filter(({ f, text }) => !catalogue.includes(f) && idToken(rule.id).test(text.replaceAll(lookup, ''))).map(({ f }) => f);
    map.set(rule.id, { catalogue, code });
  }
  return map;
}

interface ConformanceCase {
  name: string;
  rule?: string;
  fn: string;
  input: unknown[];
  expected?: unknown;
  throws?: unknown;
}

function conformanceByRule(): Map<string, (ConformanceCase & { file: string })[]> {
  const map = new Map<string, (ConformanceCase & { file: string })[]>();
  for (const file of filesUnder('test/conformance', '.json')) {
    const { cases } = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { cases: ConformanceCase[] };
    for (const c of cases) {
      if (!c.rule) continue;
      const list = map.get(c.rule) ?? [];
      list.push({ ...c, file });
      map.set(c.rule, list);
    }
  }
  return map;
}

const KIND: Record<RuleEntry['kind'], string> = {
  requirement: 'requirement (skal) — breaking it is a violation',
  recommendation: 'recommendation (bør) — not following it is a warning',
  interpretation: 'interpretation — a reading this library makes; see docs/decisions.md',
};

const links = (files: readonly string[]): string => files.map((f) => `[${f}](../${f})`).join(', ');

function short(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function renderParameters(tables: readonly ParameterTable<unknown>[]): string[] {
  const lines: string[] = [];
  for (const table of tables) {
    lines.push(`- Parameter \`${table.name}\` (${table.unit}) — ${table.description.en} / ${table.description.da}:`, '');
    lines.push('  | from | until | value | source |', '  |---|---|---|---|');
    for (const v of table.values) {
      lines.push(`  | ${v.from} | ${v.until ?? ''} | ${short(v.value)} | ${v.source.document} ${v.source.section} |`);
    }
    lines.push('');
  }
  return lines;
}

/**
 * The full Markdown text of docs/rules.md.
 */
export function renderRulesDoc(): string {
  const tests = testsNamingRules();
  const implementations = codeNamingRules();
  const examples = conformanceByRule();
  const rules = listRules();
  const areas = [...new Set(rules.map((r) => r.id.split('.')[0]!))];
  const lines: string[] = [
    '# Rule catalogue',
    '',
    '<!-- Generated by `npm run docs:rules` from the rule catalogue, the code and the tests that name each rule. Do not edit by hand; `npm test` fails when it is stale. -->',
    '',
    `${rules.length} rules. Each has a stable id, a kind, the sections of the sources it comes from, a summary in Danish and English written in our own words, its dated parameters, worked examples (the language-neutral cases in \`test/conformance/\`), the code that implements it (the files of \`src/\` that name its id) and the tests that show it.`,
    '',
    '## Sources',
    '',
    '| key | document |',
    '|---|---|',
    ...Object.entries(SOURCES).map(([key, title]) => `| \`${key}\` | ${title} |`),
    '',
    '## Rules by area',
    '',
    ...areas.map((a) => `- [${a}](#area-${a})`),
    '',
  ];
  for (const area of areas) {
    lines.push(`<a id="area-${area}"></a>`, '', `## ${area}`, '');
    for (const rule of rules.filter((r) => r.id.startsWith(`${area}.`))) {
      lines.push(`### \`${rule.id}\``, '');
      lines.push(`- Kind: ${KIND[rule.kind]}`);
      lines.push(`- Sources: ${rule.sources.map((s) => `\`${s.document}\` ${s.section}`).join('; ')}`);
      lines.push(`- da: ${rule.summary.da}`);
      lines.push(`- en: ${rule.summary.en}`);
      if (rule.parameters?.length) lines.push(...renderParameters(rule.parameters));
      const cases = examples.get(rule.id) ?? [];
      if (cases.length) {
        lines.push('- Examples:');
        for (const c of cases) {
          const outcome = c.throws ? 'rejected with `KlyngeInputError`' : `→ \`${short(c.expected)}\``;
          lines.push(`  - ${c.name}: \`${c.fn}(${short(c.input).slice(1, -1)})\` ${outcome}`);
        }
      }
      const { catalogue, code } = implementations.get(rule.id) ?? { catalogue: [], code: [] };
      lines.push(`- Code: ${code.length ? links(code) : '**none names this id**'}${catalogue.length ? ` (catalogue entry: ${links(catalogue)})` : ''}`);
      const named = tests.get(rule.id) ?? [];
      lines.push(`- Tests: ${named.length ? links(named) : '**none**'}`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
