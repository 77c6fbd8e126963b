/**
 * Scaling: each workload timed at a size and at ten times that size. Time
 * that grows linearly gives a ratio of about 10; the target allows 12
 * (targets.ts). A quadratic step shows as a ratio near 100.
 */
import { checkExpenses, checkMembership, prorateFee, restructureFunds } from '../src/index.js';
import { Rng, generateClaims, membershipCluster, prorateInput, restructureInput } from './data.js';
import { measure } from './measure.js';

/** One workload at two sizes: CPU time (median) at each, and large ÷ small. */
export interface ScalingResult {
  readonly name: string;
  readonly unit: string;
  readonly small: { readonly size: number; readonly cpuMs: number };
  readonly large: { readonly size: number; readonly cpuMs: number };
  readonly ratio: number;
}

interface Workload {
  readonly name: string;
  readonly unit: string;
  /** The call to time for `n` units (its input is made before timing). */
  readonly make: (n: number) => () => unknown;
  readonly small: number;
}

const WORKLOADS: readonly Workload[] = [
  { name: 'checkExpenses', unit: 'claims', small: 10_000, make: (n) => { const claims = generateClaims(new Rng(11), n, { year: 2025, prefix: 'K' }); return () => checkExpenses(claims); } },
  { name: 'restructureFunds, pooled', unit: 'old clusters', small: 2_000, make: (n) => { const input = restructureInput(new Rng(12), n, 'pooled'); return () => restructureFunds(input); } },
  { name: 'restructureFunds, by origin', unit: 'old clusters', small: 2_000, make: (n) => { const input = restructureInput(new Rng(13), n, 'by-origin'); return () => restructureFunds(input); } },
  { name: 'checkMembership, outside owners', unit: 'clinics', small: 1_000, make: (n) => { const cluster = membershipCluster(new Rng(14), n); return () => checkMembership(cluster); } },
  { name: 'prorateFee, distinct holders', unit: 'holders', small: 300, make: (n) => { const input = prorateInput(n); return () => prorateFee(input); } },
];

/** Time every workload at its size and ten times it (sizes divided by `shrink` for a quick run). */
export async function scaling(shrink: number, iterations: number): Promise<ScalingResult[]> {
  const results: ScalingResult[] = [];
  for (const w of WORKLOADS) {
    const small = Math.max(1, Math.round(w.small / shrink));
    const [a, b] = await measure(
      [
        { name: `${w.name} × ${small}`, units: small, unit: w.unit, fn: w.make(small) },
        { name: `${w.name} × ${small * 10}`, units: small * 10, unit: w.unit, fn: w.make(small * 10) },
      ],
      { iterations, warmupIterations: 1 },
    );
    results.push({ name: w.name, unit: w.unit, small: { size: small, cpuMs: a!.cpuMs.median }, large: { size: small * 10, cpuMs: b!.cpuMs.median }, ratio: b!.cpuMs.median / a!.cpuMs.median });
  }
  return results;
}
