#!/usr/bin/env node
/**
 * The mutation gate of CI (`npm run mutation:ci`, decision D12):
 *
 * 1. the committed baseline must match this code and these tests
 *    (`scripts/mutation-baseline.mjs --check`);
 * 2. Stryker runs incrementally over the areas the baseline covers (an area
 *    is `src/core`, `src/params`, each `src/rules/<area>` and the files at the
 *    top of `src`); an area the baseline does not cover yet is named, not run:
 *    testing it from scratch would take CI far past its time budget;
 * 3. `scripts/check-mutation.mjs` scores the result (at least 90 for
 *    `src/core` and `src/rules`); with every area covered it also demands
 *    that no mutant was left unrun (`--complete`).
 *
 * With `--update` (`npm run mutation:update`, after a change to src/ or
 * test/) step 1 is skipped, the score is written to
 * reports/mutation-summary.json, and the input hashes are recorded afresh
 * (`mutation-baseline.mjs --write`): the same areas, only the changes
 * re-tested. (`npm run mutation` would instead mutate all of src, including
 * the areas not in the baseline, from scratch.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/** The area of a mutated file: `src/core`, `src/params`, `src/rules/<area>` or `src` (top-level files). */
function areaOf(file) {
  const parts = file.split('/');
  if (parts[1] === 'rules') return parts.slice(0, 3).join('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : 'src';
}

const GLOB = { src: 'src/*.ts' };
const globOf = (area) => GLOB[area] ?? `${area}/**/*.ts`;

const update = process.argv.includes('--update');
// Without --update this also fails when the baseline file is missing.
if (!update) run(process.execPath, ['scripts/mutation-baseline.mjs', '--check']);

const covered = new Set(Object.keys(JSON.parse(readFileSync(resolve(root, 'reports/stryker-incremental.json'), 'utf8')).files).map(areaOf));
const all = new Set(['src/core', 'src/params', 'src', ...readdirSync(resolve(root, 'src/rules')).map((name) => `src/rules/${name}`)]);
const missing = [...all].filter((area) => !covered.has(area)).sort();
if (missing.length > 0) console.log(`mutation-ci: not in the baseline yet, so not run here: ${missing.join(', ')}`);

// --mutate replaces the configuration's list, so its exclusions (src/cli, src/index.ts) are carried over.
const exclusions = JSON.parse(readFileSync(resolve(root, 'stryker.config.json'), 'utf8')).mutate.filter((glob) => glob.startsWith('!'));
const mutate = [...[...covered].sort().map(globOf), ...exclusions];
run('npx', ['stryker', 'run', '--mutate', mutate.join(','), '--reporters', 'clear-text,json']);
run(process.execPath, ['scripts/check-mutation.mjs', ...(update ? ['--survivors'] : ['--no-write']), ...(missing.length === 0 ? ['--complete'] : [])]);
if (update) run(process.execPath, ['scripts/mutation-baseline.mjs', '--write']);
