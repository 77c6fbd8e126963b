/**
 * tinybench with CPU time: every timed call also records process.cpuUsage()
 * (user + system of the whole process), since other jobs share the machine
 * and inflate wall time.
 */
import { Bench } from 'tinybench';

/** One measured task: wall time from tinybench, CPU time from process.cpuUsage. */
export interface Timing {
  readonly name: string;
  /** Work items per call (claims, dates, clusters, …). */
  readonly units: number;
  readonly unit: string;
  readonly samples: number;
  readonly wallMs: { readonly median: number; readonly mean: number; readonly min: number; readonly rme: number };
  readonly cpuMs: { readonly median: number; readonly min: number };
  /** Work items per second from the median wall time and from the median CPU time. */
  readonly perSecondWall: number;
  readonly perSecondCpu: number;
}

/** A task to time: `fn` does `units` items of work per call. */
export interface TaskSpec {
  readonly name: string;
  readonly units: number;
  readonly unit: string;
  readonly fn: () => unknown;
  readonly async?: boolean;
}

/** Iteration counts of one bench (time budgets are 0: the counts decide). */
export interface MeasureOptions {
  readonly iterations: number;
  readonly warmupIterations: number;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Collect garbage left by earlier work before a task is timed, so that one
 * task's heap is not billed to the next (needs node --expose-gc, which
 * `npm run bench` passes; without it this does nothing).
 */
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

/** Run the tasks one after another and return their timings. */
export async function measure(specs: readonly TaskSpec[], o: MeasureOptions): Promise<Timing[]> {
  const bench = new Bench({ iterations: o.iterations, time: 0, warmupIterations: o.warmupIterations, warmupTime: 0, throws: true });
  const cpu = new Map<string, number[]>();
  for (const spec of specs) {
    const samples: number[] = [];
    cpu.set(spec.name, samples);
    const fn = spec.async
      ? async () => {
          const start = process.cpuUsage();
          await spec.fn();
          samples.push(cpuMsSince(start));
        }
      : () => {
          const start = process.cpuUsage();
          spec.fn();
          samples.push(cpuMsSince(start));
        };
    const beforeAll = (): void => {
      samples.length = 0;
      collectGarbage();
    };
    bench.add(spec.name, fn, { async: spec.async === true, beforeAll });
  }
  await bench.run();
  return specs.map((spec) => {
    const task = bench.getTask(spec.name);
    const r = task?.result;
    if (r === undefined || r.state !== 'completed') throw new Error(`bench task ${spec.name} did not complete (${r?.state ?? 'missing'})`);
    const samples = cpu.get(spec.name)!;
    const wall = r.latency.p50;
    const cpuMedian = median(samples);
    return {
      name: spec.name,
      units: spec.units,
      unit: spec.unit,
      samples: r.latency.samplesCount,
      wallMs: { median: wall, mean: r.latency.mean, min: r.latency.min, rme: r.latency.rme },
      cpuMs: { median: cpuMedian, min: Math.min(...samples) },
      perSecondWall: (spec.units * 1000) / wall,
      perSecondCpu: (spec.units * 1000) / cpuMedian,
    };
  });
}
