/** The targets (docs/performance.md), judged on the measured figures, and the printed tables. */
import type { ColdStartResult } from './coldStart.js';
import type { Timing } from './measure.js';
import type { MemoryResult } from './memory.js';
import type { ScalingResult } from './scaling.js';

export interface EligibilityResult {
  readonly claims: number;
  readonly sampleAgreement: { readonly claims: number; readonly verdicts: Record<string, number> };
  /** checkExpenses, json-rules-engine, the fair plain loop, zod validation only. */
  readonly timings: Timing[];
  readonly ratios: { readonly libOverJreCpu: number; readonly libOverJreWall: number; readonly plainOverLibCpu: number; readonly plainOverLibWall: number };
}

export interface NationResult {
  readonly clusters: number;
  readonly doctors: number;
  readonly patients: number;
  readonly expensesPerCluster: number;
  readonly violations: number;
  readonly timing: Timing;
}

/** agmDeadlines and addWorkingDays (information, no target), allocate. */
export interface CalendarResult {
  readonly timings: Timing[];
}

/** Everything measured (sections may be skipped with --only). */
export interface Results {
  eligibility?: EligibilityResult;
  nation?: NationResult;
  scaling?: ScalingResult[];
  calendar?: CalendarResult;
  coldStart?: ColdStartResult;
  memory?: MemoryResult;
}

export interface Target {
  readonly target: string;
  readonly limit: string;
  /** Judged on CPU time (or the only figure there is). */
  readonly measured: string;
  readonly pass: boolean;
  /** The same judged on wall time, where that differs. */
  readonly measuredWall?: string;
  readonly passWall?: boolean;
}

const f = (x: number, digits = 1): string => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (x: number): string => (x < 10 ? `${f(x, 3)} ms` : `${f(x, 0)} ms`);
const rate = (x: number): string => `${f(x, 0)}/s`;

/** Largest time ratio allowed for ten times the input (linear growth gives about 10). */
const SCALING_LIMIT = 12;

export function evaluateTargets(r: Results): Target[] {
  const t: Target[] = [];
  const e = r.eligibility;
  if (e) {
    const q = e.ratios;
    t.push({ target: 'checkExpenses vs json-rules-engine', limit: '≥ 15× faster', measured: `${f(q.libOverJreCpu)}×`, pass: q.libOverJreCpu >= 15, measuredWall: `${f(q.libOverJreWall)}×`, passWall: q.libOverJreWall >= 15 });
    t.push({ target: 'checkExpenses vs fair plain loop', limit: '≤ 2× slower', measured: `${f(q.plainOverLibCpu)}×`, pass: q.plainOverLibCpu <= 2, measuredWall: `${f(q.plainOverLibWall)}×`, passWall: q.plainOverLibWall <= 2 });
  }
  if (r.nation) {
    const n = r.nation.timing;
    t.push({ target: `synthetic nation (${r.nation.clusters} clusters)`, limit: '< 0.75 s', measured: ms(n.cpuMs.median), pass: n.cpuMs.median < 750, measuredWall: ms(n.wallMs.median), passWall: n.wallMs.median < 750 });
  }
  for (const s of r.scaling ?? []) {
    t.push({ target: `${s.name}: ${s.small.size.toLocaleString('en-US')} → ${s.large.size.toLocaleString('en-US')} ${s.unit}`, limit: `≤ ${SCALING_LIMIT}× the time`, measured: `${f(s.ratio)}×`, pass: s.ratio <= SCALING_LIMIT });
  }
  if (r.calendar) {
    const a = r.calendar.timings[2]!;
    t.push({ target: a.name, limit: '< 1 ms', measured: ms(a.cpuMs.median), pass: a.cpuMs.median < 1, measuredWall: ms(a.wallMs.median), passWall: a.wallMs.median < 1 });
  }
  if (r.coldStart) {
    const c = r.coldStart;
    const [lib, deps] = c.variants as [ColdStartResult['variants'][number], ColdStartResult['variants'][number]];
    const cpu = lib.importCpuMs / deps.importCpuMs;
    t.push({ target: 'cold import vs zod + decimal.js + date-fns', limit: '≤ 1.5×', measured: `${f(cpu, 2)}×`, pass: cpu <= 1.5, measuredWall: `${f(c.ratio, 2)}×`, passWall: c.ratio <= 1.5 });
  }
  if (r.memory) {
    const m = r.memory;
    t.push({ target: `peak heap, ${m.claims.toLocaleString('en-US')} claims`, limit: '< 1024 B/claim', measured: `${f(m.peakPerClaim, 0)} B/claim`, pass: m.peakPerClaim < 1024 });
  }
  return t;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printFigures(r: Results, meta: { readonly node: string; readonly cpu: string; readonly loadAverage: { readonly before: number[]; readonly after: number[] }; readonly quick: boolean }): void {
  const timings = [...(r.eligibility?.timings ?? []), ...(r.nation ? [r.nation.timing] : []), ...(r.calendar?.timings ?? [])];
  console.log(`\nklyngeregler benchmarks${meta.quick ? ' (QUICK: tiny sizes, figures meaningless)' : ''} — Node ${meta.node}, ${meta.cpu}`);
  console.log(`load average before ${meta.loadAverage.before.map((x) => f(x)).join(' ')}, after ${meta.loadAverage.after.map((x) => f(x)).join(' ')} (a shared machine inflates wall times; targets use CPU time)\n`);
  console.log(
    table(
      ['task', 'units/call', 'samples', 'wall p50', 'cpu p50', 'per s (wall)', 'per s (cpu)'],
      timings.map((t) => [t.name, `${t.units.toLocaleString('en-US')} ${t.unit}`, String(t.samples), ms(t.wallMs.median), ms(t.cpuMs.median), rate(t.perSecondWall), rate(t.perSecondCpu)]),
    ),
  );
  if (r.scaling) {
    console.log('\nscaling (CPU time, median):');
    console.log(table(['workload', 'size', 'cpu', '10× size', 'cpu', 'ratio'], r.scaling.map((s) => [s.name, s.small.size.toLocaleString('en-US'), ms(s.small.cpuMs), s.large.size.toLocaleString('en-US'), ms(s.large.cpuMs), `${f(s.ratio)}×`])));
  }
  if (r.nation) console.log(`\nnation: ${ms(r.nation.timing.cpuMs.median / r.nation.clusters)} CPU (${ms(r.nation.timing.wallMs.median / r.nation.clusters)} wall) per cluster`);
  if (r.coldStart) {
    console.log(`\ncold start (median of ${r.coldStart.repeats} fresh processes; dist/index.js built ${r.coldStart.distBuiltAt}${r.coldStart.builtNow ? ' by this run' : ''}):`);
    console.log(table(['imports', 'import wall', 'import cpu', 'process wall'], r.coldStart.variants.map((v) => [v.name, ms(v.importMs), ms(v.importCpuMs), ms(v.processMs)])));
  }
  if (r.memory) {
    const m = r.memory;
    const mb = (b: number) => `${f(b / 2 ** 20, 0)} MiB`;
    console.log(
      `\nmemory, ${m.claims.toLocaleString('en-US')} claims: heap before ${mb(m.beforeBytes)}, peak ${mb(m.peakBytes)}, after ${mb(m.afterBytes)}, retained ${mb(m.retainedBytes)}; ` +
        `${f(m.peakPerClaim, 0)} B/claim at peak, ${f(m.retainedPerClaim, 0)} B/claim retained by the result; max RSS ${mb(m.maxRssBytes)}; ${m.gcCount} GCs`,
    );
  }
}

export function printTargets(targets: readonly Target[]): void {
  console.log('\ntargets (judged on CPU time; wall time alongside):');
  console.log(
    table(
      ['target', 'limit', 'measured', 'result', 'wall', 'result (wall)'],
      targets.map((t) => [t.target, t.limit, t.measured, t.pass ? 'PASS' : 'MISS', t.measuredWall ?? '', t.passWall === undefined ? '' : t.passWall ? 'PASS' : 'MISS']),
    ),
  );
}
