/**
 * Reads what the page needs from the repository at build time: the
 * conformance cases, the decision passages per rule and the cluster-year
 * examples. The catalogue, parameters and sources come from the library
 * itself, bundled into the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterYearSchema, listRules } from '../src/index.js';
import { decisionsByRule } from './src/decisions.js';
import type { ExampleDocument, SiteData } from './src/siteData.js';
import { conformanceCases } from '../test/conformance/cases.js';

const ROOT = join(import.meta.dirname, '..');

function jsonFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .sort();
}


function decisionFiles(): { file: string; text: string }[] {
  const files = ['docs/decisions.md', ...readdirSync(join(ROOT, 'docs/decisions')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/decisions/${f}`)];
  return files.map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
}

/** The cluster-year documents in examples/ (other example inputs, such as a restructuring, are left out). */
function clusterYearExamples(): ExampleDocument[] {
  return jsonFiles('examples')
    .map((file) => ({ file, text: readFileSync(join(ROOT, 'examples', file), 'utf8') }))
    .filter(({ text }) => clusterYearSchema.safeParse(JSON.parse(text)).success);
}

/** Everything the page inlines. */
export function collectSiteData(): SiteData {
  const ids = listRules().map((r) => r.id);
  return { cases: conformanceCases(), decisions: decisionsByRule(decisionFiles(), ids), examples: clusterYearExamples() };
}
