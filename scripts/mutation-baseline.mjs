#!/usr/bin/env node
/**
 * Ties the committed mutation baseline (reports/stryker-incremental.json,
 * Stryker's incremental file) to the exact code and tests it was made from,
 * so that CI can run Stryker incrementally within its time budget and still
 * trust the result.
 *
 *   node scripts/mutation-baseline.mjs --write   after a complete `npm run mutation`:
 *                                                record a hash of every input
 *   node scripts/mutation-baseline.mjs --check   (CI) fail, naming the files, when any
 *                                                input differs from the recorded one
 *
 * Inputs are every file under src/ and test/ (less test/cli, which the
 * Stryker configuration does not run), the Stryker, vitest and TypeScript
 * configurations it uses, package-lock.json (tool versions) and the baseline
 * itself. A stale baseline fails fast here with the command that mends it,
 * instead of making CI re-test thousands of mutants for an hour.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const baseline = 'reports/stryker-incremental.json';
const manifestPath = resolve(root, 'reports/mutation-baseline.json');
const CONFIGS = ['stryker.config.json', 'vitest.stryker.config.ts', 'tsconfig.src.json', 'tsconfig.json', 'package-lock.json', baseline];

/** Every file below `dir` (relative to the root, '/'-separated), sorted. */
function filesUnder(dir) {
  const out = [];
  const walk = (abs) => {
    for (const name of readdirSync(abs)) {
      const path = join(abs, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(resolve(root, dir));
  return out;
}

function inputs() {
  const tracked = [...filesUnder('src'), ...filesUnder('test').filter((f) => !f.startsWith('test/cli/')), ...CONFIGS];
  return Object.fromEntries(
    tracked.sort().map((file) => {
      const path = resolve(root, file);
      return [file, existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'missing'];
    }),
  );
}

const mode = process.argv[2];
if (mode === '--write') {
  if (!existsSync(resolve(root, baseline))) {
    console.error(`mutation-baseline: no ${baseline}; run \`npm run mutation\` first`);
    process.exit(2);
  }
  const manifest = {
    note: `Hashes of what ${baseline} was made from (scripts/mutation-baseline.mjs --write). CI checks them before its incremental Stryker run.`,
    files: inputs(),
  };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`mutation-baseline: recorded ${Object.keys(manifest.files).length} inputs`);
} else if (mode === '--check') {
  if (!existsSync(manifestPath)) {
    console.error('mutation-baseline: no reports/mutation-baseline.json; run `npm run mutation` and then `npm run mutation:baseline`');
    process.exit(1);
  }
  const recorded = JSON.parse(readFileSync(manifestPath, 'utf8')).files;
  const current = inputs();
  const names = [...new Set([...Object.keys(recorded), ...Object.keys(current)])].sort();
  const changed = names.filter((name) => recorded[name] !== current[name]);
  if (changed.length > 0) {
    console.error(`mutation-baseline: ${baseline} is stale; changed since it was made:`);
    for (const name of changed) console.error(`  ${name}${recorded[name] === undefined ? ' (new)' : current[name] === undefined ? ' (removed)' : ''}`);
    console.error('mend: `npm run mutation` (incremental: only the changes are re-tested), `npm run mutation:baseline`, and commit both files');
    process.exit(1);
  }
  console.log(`mutation-baseline: ${baseline} matches all ${names.length} inputs`);
} else {
  console.error('usage: node scripts/mutation-baseline.mjs --write | --check');
  process.exit(2);
}
