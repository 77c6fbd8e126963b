#!/usr/bin/env node
/**
 * Re-test the surviving mutants of the baseline (`npm run mutation:survivors`).
 *
 * Stryker's incremental mode re-tests a survivor only when its code changed
 * or a test that *covers* it changed. A static mutant (module-level tables,
 * schemas, texts) has no per-test coverage, so a new test written to kill it
 * is never tried against it: the survivor is carried forward unchanged. This
 * script finds the lines of every survivor (and every mutant without
 * coverage) in the current sources and runs Stryker with `--force` on those
 * lines only; the results go into the incremental file like any other run.
 * Run `npm run mutation:update` afterwards to score and record the hashes.
 *
 * `--print` prints the `--mutate` list instead of running Stryker.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const baseline = JSON.parse(readFileSync(resolve(root, 'reports/stryker-incremental.json'), 'utf8'));

/** The line in `current` with the same text as line `line` of `old`, nearest to where it was; undefined when gone. */
function currentLine(old, current, line) {
  const text = old[line - 1];
  let best;
  current.forEach((candidate, index) => {
    if (candidate === text && (best === undefined || Math.abs(index + 1 - line) < Math.abs(best - line))) best = index + 1;
  });
  return best;
}

const ranges = [];
for (const [file, result] of Object.entries(baseline.files).sort(([a], [b]) => a.localeCompare(b))) {
  const open = result.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
  if (open.length === 0) continue;
  const old = result.source.split('\n');
  const current = readFileSync(resolve(root, file), 'utf8').split('\n');
  const lines = [...new Set(open.map((m) => currentLine(old, current, m.location.start.line)).filter((l) => l !== undefined))].sort((a, b) => a - b);
  for (const line of lines) ranges.push(`${file}:${line}-${line}`);
}

if (ranges.length === 0) {
  console.log('mutation-retest-survivors: no survivors in the baseline');
} else if (process.argv.includes('--print')) {
  console.log(ranges.join(','));
} else {
  const result = spawnSync('npx', ['stryker', 'run', '--force', '--mutate', ranges.join(','), '--reporters', 'clear-text,json,progress'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(result.status ?? 1);
}
