#!/usr/bin/env node
/**
 * Reads Stryker's JSON report (reports/mutation/mutation.json), computes the
 * mutation score per directory, writes the small committed summary
 * reports/mutation-summary.json, and fails when src/core or src/rules scores
 * below its threshold. Stryker's own `thresholds.break` is global only, so the
 * per-directory gate lives here.
 *
 *   node scripts/check-mutation.mjs              check + write the summary
 *   node scripts/check-mutation.mjs --survivors  also list every surviving mutant
 *   node scripts/check-mutation.mjs --no-write   do not touch the summary file
 *   node scripts/check-mutation.mjs --complete   (CI) also fail when src/core or src/rules is
 *                                                missing from the report or has mutants that were
 *                                                not run (static ones under --ignoreStatic; mutants
 *                                                disabled by a `// Stryker disable` comment do not count)
 *   node scripts/check-mutation.mjs --report a.json --report b.json
 *                                                merge several runs (later runs win; a file whose
 *                                                code changed is taken whole from the later run)
 *
 * A directory that has no mutant in the report (a run with --mutate on another
 * area) is reported as "not in this run" and does not fail the check.
 * Score = (killed + timeout) / (killed + timeout + survived + no coverage),
 * the same "mutation score" Stryker prints; compile errors and ignored
 * mutants do not count. Ignored mutants (static ones under --ignoreStatic)
 * are printed per directory, so a score of the run mutants only cannot be
 * mistaken for a score of all of them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, isAbsolute } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reportPath = resolve(root, 'reports/mutation/mutation.json');
const summaryPath = resolve(root, 'reports/mutation-summary.json');
const THRESHOLDS = { 'src/core': 90, 'src/rules': 90 };
const GROUPS = ['src/core', 'src/rules', 'src/params', 'src'];

const argv = process.argv.slice(2);
const args = new Set(argv);
// --report <file> (repeatable): read these Stryker JSON reports instead of the default one, in order.
const reportPaths = argv.flatMap((arg, i) => (arg === '--report' && argv[i + 1] ? [resolve(argv[i + 1])] : []));
if (reportPaths.length === 0) reportPaths.push(reportPath);
for (const path of reportPaths) {
  if (!existsSync(path)) {
    console.error(`check-mutation: no report at ${relative(root, path)}; run \`npm run mutation\` first`);
    process.exit(2);
  }
}
const report = mergeReports(reportPaths.map((path) => JSON.parse(readFileSync(path, 'utf8'))));

/**
 * Later reports win. A file whose source differs from the earlier report's
 * (the code changed between runs) is taken whole from the later report; for
 * the same source, mutants are merged one by one (a later run of some lines).
 */
function mergeReports(reports) {
  const merged = { files: {} };
  const keyOf = (m) => `${m.location.start.line}:${m.location.start.column}:${m.mutatorName}:${m.replacement ?? ''}`;
  for (const r of reports) {
    for (const [name, file] of Object.entries(r.files)) {
      const path = (isAbsolute(name) ? relative(root, name) : name).split('\\').join('/');
      const before = merged.files[path];
      if (!before || before.source !== file.source) {
        merged.files[path] = { source: file.source, mutants: [...file.mutants] };
        continue;
      }
      const byKey = new Map(before.mutants.map((m) => [keyOf(m), m]));
      for (const m of file.mutants) byKey.set(keyOf(m), m);
      before.mutants = [...byKey.values()];
    }
  }
  return merged;
}

const empty = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, compileError: 0, runtimeError: 0, ignored: 0, disabled: 0 });
const KEY = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage', CompileError: 'compileError', RuntimeError: 'runtimeError', Ignored: 'ignored' };
const score = (c) => {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? null : Math.round((detected / valid) * 10000) / 100;
};

const files = {};
const survivors = [];
for (const [name, file] of Object.entries(report.files)) {
  const path = (isAbsolute(name) ? relative(root, name) : name).split('\\').join('/');
  const counts = empty();
  for (const m of file.mutants) {
    // Ignored covers two cases: a `// Stryker disable` comment (an equivalent mutant, with its reason)
    // and a static mutant under --ignoreStatic, which was simply not run.
    const key = m.status === 'Ignored' && !/ignoreStatic/.test(m.statusReason ?? '') ? 'disabled' : KEY[m.status];
    if (key) counts[key] += 1;
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      survivors.push({ file: path, line: m.location.start.line, column: m.location.start.column, mutator: m.mutatorName, status: m.status, replacement: m.replacement ?? '' });
    }
  }
  files[path] = counts;
}

const groups = {};
for (const group of GROUPS) {
  const counts = empty();
  let n = 0;
  for (const [path, c] of Object.entries(files)) {
    if (path === group || path.startsWith(`${group}/`)) {
      n += 1;
      for (const k of Object.keys(counts)) counts[k] += c[k];
    }
  }
  groups[group] = n === 0 ? null : { files: n, ...counts, score: score(counts), threshold: THRESHOLDS[group] ?? null };
}

let failed = 0;
let passed = 0;
console.log('mutation score by directory');
for (const [group, g] of Object.entries(groups)) {
  if (!g) {
    const required = args.has('--complete') && THRESHOLDS[group] !== undefined;
    if (required) failed += 1;
    console.log(`  ${group.padEnd(11)} not in this run${required ? '  FAIL (--complete)' : ''}`);
    continue;
  }
  const below = g.threshold !== null && g.score !== null && g.score < g.threshold;
  // With --complete, a gated directory must have had every mutant run: an ignored mutant is not a tested one.
  const incomplete = args.has('--complete') && g.threshold !== null && g.ignored > 0;
  if (below || incomplete) failed += 1;
  else if (g.threshold !== null) passed += 1;
  const gate = g.threshold === null ? '' : below ? `  FAIL (break at ${g.threshold})` : incomplete ? '  FAIL (mutants not run)' : `  ok (break at ${g.threshold})`;
  // Ignored mutants (e.g. static ones under --ignoreStatic) were not run: the score says nothing about them.
  const ignored = g.ignored > 0 ? `, not run (ignored) ${g.ignored}` : '';
  console.log(`  ${group.padEnd(11)} ${String(g.score ?? '-').padStart(6)}%  killed ${g.killed + g.timeout}, survived ${g.survived}, no coverage ${g.noCoverage}${ignored}${gate}`);
}

survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
if (args.has('--survivors')) {
  console.log(`\nsurviving mutants (${survivors.length})`);
  for (const s of survivors) console.log(`  ${s.file}:${s.line}:${s.column}  ${s.mutator}${s.status === 'NoCoverage' ? ' (no coverage)' : ''}  → ${s.replacement.replace(/\s+/g, ' ').slice(0, 80)}`);
}

if (!args.has('--no-write')) {
  const perFile = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)).map(([p, c]) => [p, { score: score(c), killed: c.killed + c.timeout, survived: c.survived, noCoverage: c.noCoverage }]));
  const summary = {
    note: 'Written by scripts/check-mutation.mjs from the last Stryker run (reports/mutation/, not committed), or from the runs given with --report (later runs win). Survivors: `npm run mutation:check -- --survivors`.',
    reports: reportPaths.map((path) => relative(root, path)),
    thresholds: THRESHOLDS,
    groups,
    files: perFile,
    survivors: survivors.map((s) => `${s.file}:${s.line} ${s.mutator}${s.status === 'NoCoverage' ? ' (no coverage)' : ''}`),
  };
  writeFileSync(summaryPath, `${JSON.stringify(summary, null, 2)}\n`);
}

console.log(`\nmutation: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
