/**
 * `npm run bench` — throughput, scaling, cold start and memory of the
 * library on seeded, realistic data, against json-rules-engine and a fair
 * plain loop. Prints a table and PASS/MISS per target (docs/performance.md)
 * and writes reports/bench.json (git-ignored). A tool run by hand, not a
 * CI gate.
 *
 *   npm run bench                     full sizes (minutes; run it on an idle machine)
 *   npm run bench -- --quick          small sizes, figures not meaningful, no report written; or BENCH_QUICK=1
 *   npm run bench -- --only eligibility,nation,scaling,calendar,cold,memory
 *   npm run bench -- --out path.json  write the report elsewhere (also in quick mode)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { addWorkingDays, agmDeadlines, allocate, checkExpenses, evaluateClusterYear, expenseSchema, type ExpenseBatchResult } from '../src/index.js';
import { coldStart, type ColdStartResult } from './coldStart.js';
import { Rng, everyDate, generateClaims, generateNation, patientWeights } from './data.js';
import { measure, type Timing } from './measure.js';
import { measureMemory, type MemoryResult } from './memory.js';
import { createEngine, jsonRulesEngine } from './peers/jsonRulesEngine.js';
import { plainLoop, type PeerResult, type PlainLoopResult } from './peers/plainLoop.js';
import { scaling } from './scaling.js';
import { evaluateTargets, printFigures, printTargets, type CalendarResult, type EligibilityResult, type NationResult, type Results } from './targets.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const only = new Set((flag('only') ?? 'eligibility,nation,scaling,calendar,cold,memory').split(','));
const out = flag('out') ?? (quick ? undefined : resolve(ROOT, 'reports/bench.json'));

const SIZES = quick
  ? { claims: 2_000, sample: 2_000, nation: { clusters: 3, doctors: 80, patients: 140_000, expensesPerCluster: 30 }, years: [2024, 2025], weights: 1000, coldRepeats: 2, memoryClaims: 10_000, it: 2, scalingShrink: 10 }
  : { claims: 100_000, sample: 2_000, nation: { clusters: 120, doctors: 3300, patients: 5_500_000, expensesPerCluster: 300 }, years: [1950, 2149], weights: 1000, coldRepeats: 10, memoryClaims: 1_000_000, it: 5, scalingShrink: 1 };

const log = (s: string): void => void process.stderr.write(`${s}\n`);

function sameOutcome(name: string, lib: ExpenseBatchResult, peer: PeerResult): void {
  const bad = lib.decisions.flatMap((d, i) => (d.verdict === peer.verdicts[i] ? [] : [`#${i}: library ${d.verdict}, ${name} ${peer.verdicts[i]}`]));
  const t = lib.totals;
  if (t.claimed !== peer.claimed || t.approved !== peer.approved || t.pending !== peer.pending) bad.push(`totals differ: ${JSON.stringify(t)} vs ${JSON.stringify(peer)}`);
  if (bad.length > 0) throw new Error(`${name} disagrees with checkExpenses on ${bad.length} claims:\n${bad.slice(0, 10).join('\n')}`);
}

/** The plain loop must give the same decisions (verdict, id, claimed, approved and pending as text) and the same totals. */
function sameAsPlainLoop(lib: ExpenseBatchResult, plain: PlainLoopResult): void {
  const bad = lib.decisions.flatMap((d, i) => {
    const p = plain.decisions[i]!;
    const same = d.verdict === p.verdict && d.id === p.id && d.claimed === p.claimed && d.approved === p.approved && d.pending === p.pending;
    return same ? [] : [`#${i}: library ${JSON.stringify([d.id, d.verdict, d.claimed, d.approved, d.pending])}, plain loop ${JSON.stringify(p)}`];
  });
  if (JSON.stringify(lib.totals) !== JSON.stringify(plain.totals)) bad.push(`totals differ: ${JSON.stringify(lib.totals)} vs ${JSON.stringify(plain.totals)}`);
  if (bad.length > 0) throw new Error(`the plain loop disagrees with checkExpenses on ${bad.length} claims:\n${bad.slice(0, 10).join('\n')}`);
}

async function eligibility(): Promise<EligibilityResult> {
  const claims = generateClaims(new Rng(1), SIZES.claims, { year: 2025, prefix: 'K001' });
  const engine = createEngine();
  const sample = claims.slice(0, SIZES.sample);
  const sampleLib = checkExpenses(sample);
  sameAsPlainLoop(sampleLib, plainLoop(sample));
  sameOutcome('json-rules-engine', sampleLib, await jsonRulesEngine(engine, sample));
  const verdicts: Record<string, number> = {};
  for (const d of sampleLib.decisions) verdicts[d.verdict] = (verdicts[d.verdict] ?? 0) + 1;
  log(`eligibility: ${sample.length} sample claims agree across all three (${JSON.stringify(verdicts)}); timing ${claims.length} claims …`);

  const n = claims.length;
  const last: { lib?: ExpenseBatchResult; plain?: PlainLoopResult; jre?: PeerResult } = {};
  const batch = z.array(expenseSchema);
  const fast = await measure(
    [
      { name: 'checkExpenses', units: n, unit: 'claims', fn: () => (last.lib = checkExpenses(claims)) },
      { name: 'plain loop (zod-validated, same output)', units: n, unit: 'claims', fn: () => (last.plain = plainLoop(claims)) },
      { name: 'zod validation only (diagnostic)', units: n, unit: 'claims', fn: () => batch.safeParse(claims) },
    ],
    { iterations: SIZES.it, warmupIterations: 1 },
  );
  const slow = await measure([{ name: 'json-rules-engine', units: n, unit: 'claims', async: true, fn: async () => (last.jre = await jsonRulesEngine(engine, claims)) }], {
    iterations: quick ? 2 : 3,
    warmupIterations: 1,
  });
  sameAsPlainLoop(last.lib!, last.plain!);
  sameOutcome('json-rules-engine', last.lib!, last.jre!);
  const [lib, plain, validation] = fast as [Timing, Timing, Timing];
  const jre = slow[0]!;
  return {
    claims: n,
    sampleAgreement: { claims: sample.length, verdicts },
    timings: [lib, jre, plain, validation],
    ratios: {
      libOverJreCpu: lib.perSecondCpu / jre.perSecondCpu,
      libOverJreWall: lib.perSecondWall / jre.perSecondWall,
      plainOverLibCpu: plain.perSecondCpu / lib.perSecondCpu,
      plainOverLibWall: plain.perSecondWall / lib.perSecondWall,
    },
  };
}

async function nation(): Promise<NationResult> {
  const o = { ...SIZES.nation, year: 2025 };
  const docs = generateNation(new Rng(2), o);
  let violations = 0;
  const [t] = await measure(
    [{ name: `evaluateClusterYear × ${o.clusters}`, units: o.clusters, unit: 'clusters', fn: () => (violations = docs.reduce((s, d) => s + evaluateClusterYear(d).summary.violations, 0)) }],
    { iterations: SIZES.it, warmupIterations: 1 },
  );
  return { ...o, violations, timing: t! };
}

async function calendar(): Promise<CalendarResult> {
  const [from, to] = SIZES.years as [number, number];
  const dates = everyDate(from, to);
  const weights = patientWeights(new Rng(3), SIZES.weights);
  let sink = 0;
  const timings = await measure(
    [
      { name: `agmDeadlines ${from}–${to}`, units: dates.length, unit: 'calls', fn: () => dates.forEach((d) => (sink += agmDeadlines(d).findings.length)) },
      { name: `addWorkingDays ${from}–${to}, n −15…15`, units: dates.length, unit: 'calls', fn: () => dates.forEach((d, i) => (sink += addWorkingDays(d, (i % 31) - 15).length)) },
    ],
    { iterations: quick ? 2 : 3, warmupIterations: 1 },
  );
  const [alloc] = await measure([{ name: `allocate, ${SIZES.weights} weights`, units: 1, unit: 'calls', fn: () => (sink += allocate('1234567.89', weights).length) }], {
    iterations: quick ? 5 : 200,
    warmupIterations: quick ? 2 : 20,
  });
  if (sink === 0) throw new Error('nothing computed');
  return { timings: [...timings, alloc!] };
}

function gitCommit(): string | undefined {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

async function main(): Promise<void> {
  const started = new Date().toISOString();
  const loadBefore = loadavg();
  const results: Results = {};
  if (only.has('eligibility')) results.eligibility = await eligibility();
  if (only.has('nation')) {
    log('nation …');
    results.nation = await nation();
  }
  if (only.has('scaling')) {
    log('scaling (each workload at a size and ten times it) …');
    results.scaling = await scaling(SIZES.scalingShrink, quick ? 2 : 3);
  }
  if (only.has('calendar')) {
    log('calendar and allocate …');
    results.calendar = await calendar();
  }
  if (only.has('cold')) {
    log('cold start …');
    results.coldStart = coldStart(ROOT, SIZES.coldRepeats) satisfies ColdStartResult;
  }
  if (only.has('memory')) {
    log(`memory (${SIZES.memoryClaims} claims, child process) …`);
    results.memory = measureMemory(ROOT, SIZES.memoryClaims) satisfies MemoryResult;
  }
  const targets = evaluateTargets(results);
  const meta = {
    started,
    finished: new Date().toISOString(),
    quick,
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    loadAverage: { before: loadBefore, after: loadavg() },
    commit: gitCommit(),
    note: 'CPU time is process.cpuUsage() (user+system, all threads incl. GC helpers); wall time is tinybench median latency. The machine may be shared with other jobs (see loadAverage), which inflates wall times; targets are judged on CPU time, wall shown alongside. Garbage is collected before each timed task (node --expose-gc).',
  };
  printFigures(results, meta);
  printTargets(targets);
  if (out !== undefined) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ meta, sizes: SIZES, results, targets }, null, 2)}\n`);
    log(`wrote ${out}`);
  } else {
    log('quick mode: no report written (pass --out <file> to write one)');
  }
}

await main();
