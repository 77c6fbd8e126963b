/**
 * Writes docs/rules.md from the catalogue; with --check, fails when the file is stale.
 * Usage: tsx scripts/generate-rules-doc.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesDoc } from './rules-doc.js';

const target = join(import.meta.dirname, '..', 'docs', 'rules.md');
const text = renderRulesDoc();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = '';
  }
  if (current !== text) {
    console.error('docs/rules.md is stale: run `npm run docs:rules` and commit the result.');
    process.exit(1);
  }
  console.log('docs/rules.md is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
