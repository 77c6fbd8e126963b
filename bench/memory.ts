/**
 * Peak heap for one checkExpenses batch, measured in a child process run
 * with --expose-gc: heap used after the claims are generated and garbage is
 * collected, the highest heap used seen by any GC during the call (v8
 * GCProfiler) or at its end, and what the result keeps after a full GC.
 *
 * Child: `node --expose-gc --import tsx bench/memory.ts <claims>` prints JSON.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GCProfiler } from 'node:v8';
import { checkExpenses } from '../src/index.js';
import { Rng, generateClaims } from './data.js';

export interface MemoryResult {
  readonly claims: number;
  /** Heap used with the input in memory, after a full GC. */
  readonly beforeBytes: number;
  /** Highest heap used during the call. */
  readonly peakBytes: number;
  /** Heap used right after the call, before any GC. */
  readonly afterBytes: number;
  /** Heap used after a full GC with the result still referenced. */
  readonly retainedBytes: number;
  /** (peak − before) ÷ claims. */
  readonly peakPerClaim: number;
  /** (retained − before) ÷ claims: the result's own size. */
  readonly retainedPerClaim: number;
  readonly gcCount: number;
  /** Peak resident set size of the child (whole process). */
  readonly maxRssBytes: number;
  readonly ms: number;
}

function child(n: number): MemoryResult {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with --expose-gc');
  const claims = generateClaims(new Rng(7), n, { year: 2025, prefix: 'K001' });
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  const t0 = performance.now();
  const result = checkExpenses(claims);
  const ms = performance.now() - t0;
  const after = process.memoryUsage().heapUsed;
  const stats = profiler.stop();
  const peak = Math.max(after, ...stats.statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  gc();
  gc();
  const retained = process.memoryUsage().heapUsed;
  if (result.decisions.length !== n) throw new Error('lost decisions');
  return {
    claims: n,
    beforeBytes: before,
    peakBytes: peak,
    afterBytes: after,
    retainedBytes: retained,
    peakPerClaim: (peak - before) / n,
    retainedPerClaim: (retained - before) / n,
    gcCount: stats.statistics.length,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    ms,
  };
}

/** Spawn the child for `n` claims and return its figures. */
export function measureMemory(root: string, n: number): MemoryResult {
  const script = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', script, String(n)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`memory child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as MemoryResult;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(child(Number(process.argv[2] ?? 1_000_000))));
}
